import Foundation
import ReformPlan

/// Reads a CSV of an indicator's values by division: 代码, 数值 and
/// optionally 名称, found by their header words in any order.
public enum ValuesCSV {
    public static let noHeader = "第1行应为表头，含“代码”和“数值”两列 (the first line must name the 代码 and 数值 columns)"
    static let codeWords = ["区划代码", "统计用区划代码", "代码", "code"]
    static let valueWords = ["数值", "本月数值", "完成值", "实际值", "value"]
    static let nameWords = ["名称", "区划名称", "name"]

    public static func rows(_ data: Data) throws -> [ValueRow] {
        let table = try CSVTable(data)
        guard let code = table.column(codeWords), let value = table.column(valueWords) else {
            throw ImportProblem(noHeader)
        }
        let name = table.column(nameWords)
        return table.rows.map { line, cells in
            ValueRow(place: "第\(line)行", code: CSVTable.cell(cells, code), name: name.map { CSVTable.cell(cells, $0) },
                     valueText: CSVTable.cell(cells, value))
        }
    }
}

/// A file that cannot be read at all, with the message to show.
public struct ImportProblem: Error, CustomStringConvertible, Equatable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
