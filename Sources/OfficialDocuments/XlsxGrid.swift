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
}
