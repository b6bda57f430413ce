import Foundation

/// The table as RFC 4180 CSV: one header line, then one line per project, the
/// category in its own column (a flat file has no heading rows to carry it).
enum CSVRenderer {
    /// Excel reads a CSV without a byte-order mark in the machine's ANSI code
    /// page (GBK on Chinese Windows), which turns UTF-8 Chinese into mojibake;
    /// the UTF-8 BOM is what makes it pick UTF-8. LibreOffice and most parsers
    /// accept the BOM, so it costs the others nothing.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    static func data(_ table: ResponsibilityTable) -> Data {
        Data(byteOrderMark) + Data(text(table).utf8)
    }

    /// The text after the BOM. Lines end in CRLF as RFC 4180 §2.1 asks; line
    /// breaks inside a cell (the steps) stay LF inside the quotes.
    static func text(_ table: ResponsibilityTable) -> String {
        var lines = [table.columns.map(\.heading)]
        lines += table.rows.map(\.cells)
        return lines.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    /// A field is quoted when it holds a comma, quote or line break (RFC 4180
    /// §2.6), and quotes inside are doubled (§2.7). Leading spaces are data.
    static func field(_ value: String) -> String {
        let needsQuotes = value.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
