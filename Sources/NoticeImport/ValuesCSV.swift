import Foundation
import ReformPlan

/// Reads values by division from sheets of cells (the pre-filled XLSX
/// template a district fills in, or a CSV as one sheet): on each sheet the
/// header row is the first with a code column (代码) and a value column
/// (数值); the rows below it are values until the sheet ends. Title rows
/// above the header and notes below are left alone.
public enum ValueSheets {
    public static let noHeader = "找不到表头：应有“代码”和“数值”两列 (no header row naming 代码 and 数值)"
    static let codeWords = ["区划代码", "统计用区划代码", "代码", "code"]
    public static let valueWords = ["数值", "本月数值", "完成值", "实际值", "value"]
    /// Header words of a column of targets handed down.
    public static let targetWords = ["目标值", "分解目标", "目标", "任务数", "target"]
    static let nameWords = ["名称", "区划名称", "name"]

    /// `sheets` are (name, rows of cell texts); a CSV is one sheet with an
    /// empty name. Places read "江岸区 第5行" (or "第5行" for a CSV).
    public static func rows(_ sheets: [(name: String, rows: [[String]])], valueWords: [String] = valueWords) throws -> [ValueRow] {
        var found: [ValueRow] = []
        var anyHeader = false
        for sheet in sheets {
            guard let (headerIndex, code, value, name) = header(sheet.rows, valueWords: valueWords) else { continue }
            anyHeader = true
            let prefix = sheet.name.isEmpty ? "" : sheet.name + " "
            for (offset, cells) in sheet.rows.enumerated().dropFirst(headerIndex + 1) {
                func cell(_ i: Int?) -> String { i.flatMap { $0 < cells.count ? cells[$0] : nil } ?? "" }
                // A row with no value and no digit where the code goes is a blank line or a
                // note below the table ("注：…"); one with a value is checked like any other.
                if !cell(code).contains(where: \.isNumber) && cell(value).trimmingCharacters(in: .whitespaces).isEmpty {
                    continue
                }
                found.append(ValueRow(place: "\(prefix)第\(offset + 1)行", code: cell(code), name: name.map(cell),
                                      valueText: cell(value)))
            }
        }
        guard anyHeader else {
            throw ImportProblem(valueWords == Self.valueWords ? noHeader
                                : "找不到表头：应有“代码”和“\(valueWords[0])”两列 (no header row naming 代码 and \(valueWords[0]))")
        }
        return found
    }

    static func header(_ rows: [[String]], valueWords: [String]) -> (row: Int, code: Int, value: Int, name: Int?)? {
        for (index, cells) in rows.prefix(20).enumerated() {
            let words = cells.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            if let code = words.firstIndex(where: codeWords.contains), let value = words.firstIndex(where: valueWords.contains) {
                return (index, code, value, words.firstIndex(where: nameWords.contains))
            }
        }
        return nil
    }
}

/// A file of values: an XLSX workbook (the template, filled in) or a CSV.
public enum ValuesFile {
    public static func rows(_ data: Data) throws -> [ValueRow] {
        try ValueSheets.rows(try SheetFiles.sheets(data))
    }
}

/// A file that cannot be read at all, with the message to show.
public struct ImportProblem: Error, CustomStringConvertible, Equatable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
