import Foundation
import ReformPlan

/// Reads a CSV of values by division (代码,名称,数值 — the columns found by
/// their header words, in any order), UTF-8 or GB18030 as Excel saves it.
public enum ValuesCSV {
    public enum Problem: Error, Equatable, CustomStringConvertible {
        case noHeader
        case notText

        public var description: String {
            switch self {
            case .noHeader: "第1行应为表头，含“代码”和“数值”两列 (the first line must name the 代码 and 数值 columns)"
            case .notText: "文件不是UTF-8或GB18030文本 (the file is not UTF-8 or GB18030 text)"
            }
        }
    }

    static let codeWords = ["区划代码", "统计用区划代码", "代码", "code"]
    static let valueWords = ["数值", "本月数值", "完成值", "实际值", "value"]
    static let nameWords = ["名称", "区划名称", "name"]

    public static func rows(_ data: Data) throws(Problem) -> [ValueRow] {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let text = String(data: bytes, encoding: .utf8)
                ?? String(data: bytes, encoding: String.Encoding(rawValue: 0x8000_0632)) else { throw .notText }
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        if lines.last?.isEmpty == true { lines.removeLast() }
        guard let header = lines.first.map(fields) else { throw .noHeader }
        func column(_ words: [String]) -> Int? {
            header.firstIndex { cell in words.contains { cell.lowercased() == $0 } }
        }
        guard let code = column(codeWords), let value = column(valueWords) else { throw .noHeader }
        let name = column(nameWords)
        var rows: [ValueRow] = []
        rows.reserveCapacity(lines.count)
        for (index, line) in lines.enumerated().dropFirst() where !line.allSatisfy({ $0 == "," || $0 == " " }) {
            let cells = fields(line)
            func cell(_ i: Int?) -> String? { i.flatMap { $0 < cells.count ? cells[$0] : nil } }
            rows.append(ValueRow(place: "第\(index + 1)行", code: cell(code) ?? "", name: cell(name),
                                 valueText: cell(value) ?? ""))
        }
        return rows
    }

    /// One line's fields; double quotes protect commas, "" is a quote.
    static func fields(_ line: Substring) -> [String] {
        guard line.contains("\"") else { return line.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        var fields: [String] = [], current = "", quoted = false
        var chars = line.makeIterator()
        while let c = chars.next() {
            switch (c, quoted) {
            case ("\"", true): quoted = false
            case ("\"", false) where current.isEmpty: quoted = true
            case ("\"", false): current.append(c)
            case (",", false): fields.append(current); current = ""
            default: current.append(c)
            }
        }
        fields.append(current)
        return fields
    }
}
