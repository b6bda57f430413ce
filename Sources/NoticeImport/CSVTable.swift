import Foundation

/// A CSV file as Excel and WPS save it (UTF-8 with or without a byte-order
/// mark, or GB18030), read into a header and numbered rows, with columns
/// found by their header words in any order.
public struct CSVTable: Sendable {
    public var header: [String]
    /// Each row's line number (1-based, the header is line 1) and its cells.
    public var rows: [(line: Int, cells: [String])]

    public enum Problem: Error, Equatable, CustomStringConvertible {
        case notText
        case empty

        public var description: String {
            switch self {
            case .notText: "文件不是UTF-8或GB18030文本 (the file is not UTF-8 or GB18030 text)"
            case .empty: "文件是空的 (the file is empty)"
            }
        }
    }

    public init(header: [String], rows: [(line: Int, cells: [String])]) {
        self.header = header
        self.rows = rows
    }

    public init(_ data: Data) throws(Problem) {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let text = String(data: bytes, encoding: .utf8)
                ?? String(data: bytes, encoding: String.Encoding(rawValue: 0x8000_0632)) else { throw .notText }
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        if lines.last?.isEmpty == true { lines.removeLast() }
        guard let first = lines.first else { throw .empty }
        header = Self.fields(first).map { $0.trimmingCharacters(in: .whitespaces) }
        rows = []
        rows.reserveCapacity(lines.count)
        for (index, line) in lines.enumerated().dropFirst() where !line.allSatisfy({ $0 == "," || $0 == " " }) {
            rows.append((index + 1, Self.fields(line)))
        }
    }

    /// The first column whose header is one of `words` (case ignored).
    public func column(_ words: [String]) -> Int? {
        header.firstIndex { cell in words.contains { cell.lowercased() == $0.lowercased() } }
    }

    /// The cell of `row` in `column`, empty when the row is short.
    public static func cell(_ cells: [String], _ column: Int?) -> String {
        guard let column, column < cells.count else { return "" }
        return cells[column]
    }

    /// One line's fields; double quotes protect commas, and "" inside them is a quote.
    static func fields(_ line: Substring) -> [String] {
        guard line.contains("\"") else { return line.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        var fields: [String] = [], current = "", quoted = false, previousWasQuote = false
        for c in line {
            if quoted {
                if c == "\"" { quoted = false; previousWasQuote = true } else { current.append(c) }
                continue
            }
            switch c {
            case "\"": if previousWasQuote { current.append("\"") }; quoted = true
            case ",": fields.append(current); current = ""
            default: current.append(c)
            }
            previousWasQuote = false
        }
        fields.append(current)
        return fields
    }
}
