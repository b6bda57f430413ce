/// One worksheet as the XLSX writer takes it: a title (and subtitle) above a
/// header row, the body rows, column widths. Every table the program writes as
/// XLSX (the responsibility table, a project's budget) becomes one of these,
/// so the workbook, view and print settings are written in one place.
struct XlsxGrid {
    struct Column {
        var heading: String
        /// In Excel's unit, one "0" of the default font; a Chinese character takes about two.
        var width: Int
    }

    enum Cell {
        case text(String, Int)
        case number(Int, Int)
        /// An exact decimal written as its digits ("12345.67"), never through a Double.
        case decimal(String, Int)
    }

    struct Row {
        var cells: [Cell]
        var height: Double
    }

    var name: String
    var title: String
    var subtitle: String?
    var columns: [Column]
    var rows: [Row]

    /// Title on row 1, subtitle on row 2 when there is one, header after them.
    var headerRow: Int { subtitle == nil ? 2 : 3 }

    /// 0 → A, 25 → Z, 26 → AA.
    static func columnName(_ index: Int) -> String {
        let letter = String(UnicodeScalar(UInt8(65 + index % 26)))
        return index < 26 ? letter : columnName(index / 26 - 1) + letter
    }

    /// Excel does not fit row heights to wrapped text when it opens a file, so
    /// the height is estimated from the longest cell: its lines at the
    /// column's width (a CJK character takes two units), 15 pt a line, with a
    /// little slack.
    static func height(_ cells: [(text: String, width: Int)]) -> Double {
        let lines = cells.map { cell in
            cell.text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                max(1, (units(line) + cell.width - 3) / max(cell.width - 2, 1))
            }.reduce(0, +)
        }.max() ?? 1
        return Double(lines) * 15 + 4
    }

    /// Width of a line in Excel's unit: ASCII one, anything else two.
    static func units(_ text: Substring) -> Int {
        text.reduce(0) { $0 + ($1.isASCII ? 1 : 2) }
    }
}
