/// xl/worksheets/sheet1.xml: title rows, the header, one row per project, and
/// the view and print settings that make it usable: panes frozen under the
/// header, header repeated on printed pages (see the workbook's Print_Titles),
/// landscape A4 one page wide. Flat rows, no heading rows between categories:
/// a spreadsheet is for sorting and filtering, and the 类别 column carries it.
struct XlsxSheet {
    var table: ResponsibilityTable
    var strings: XlsxSharedStrings

    /// Title on row 1, issuer and date on row 2 when known, header after them.
    var headerRow: Int { table.subtitle == nil ? 2 : 3 }

    mutating func xml() -> String {
        let columns = table.columns
        let last = Self.columnName(columns.count - 1)
        let lastRow = headerRow + table.rows.count
        var rows = titleRow(1, table.title, style: XlsxStyles.title, height: 30)
        if let subtitle = table.subtitle { rows += titleRow(2, subtitle, style: XlsxStyles.subtitle, height: 20) }
        rows += row(headerRow, columns.map { .text($0.heading, XlsxStyles.header) }, height: 30)
        for (index, project) in table.rows.enumerated() {
            let cells: [Cell] = columns.map { column in
                let value = project[column]
                if column == .number, let number = Int(value) { return .number(number, XlsxStyles.centered) }
                return .text(value, Self.isCentered(column) ? XlsxStyles.centered : XlsxStyles.wrapped)
            }
            rows += row(headerRow + 1 + index, cells, height: Self.height(of: project, columns))
        }
        let merges = (1..<headerRow).map { "<mergeCell ref=\"A\($0):\(last)\($0)\"/>" }.joined()
        let firstBody = "A\(headerRow + 1)"
        return XMLText.declaration
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr><dimension ref=\"A1:\(last)\(lastRow)\"/>"
            + "<sheetViews><sheetView workbookViewId=\"0\">"
            + "<pane ySplit=\"\(headerRow)\" topLeftCell=\"\(firstBody)\" activePane=\"bottomLeft\" state=\"frozen\"/>"
            + "<selection pane=\"bottomLeft\" activeCell=\"\(firstBody)\" sqref=\"\(firstBody)\"/></sheetView></sheetViews>"
            + "<sheetFormatPr defaultRowHeight=\"15\"/><cols>\(Self.columnWidths(columns))</cols>"
            + "<sheetData>\(rows)</sheetData><mergeCells count=\"\(headerRow - 1)\">\(merges)</mergeCells>"
            + "<printOptions horizontalCentered=\"1\"/>"
            + "<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/>"
            + "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
            + "<headerFooter><oddFooter>&amp;C— &amp;P —</oddFooter></headerFooter></worksheet>"
    }

    enum Cell {
        case text(String, Int)
        case number(Int, Int)
    }

    mutating func row(_ number: Int, _ cells: [Cell], height: Double) -> String {
        var xml = "<row r=\"\(number)\" ht=\"\(height)\" customHeight=\"1\">"
        for (index, cell) in cells.enumerated() {
            let ref = "\(Self.columnName(index))\(number)"
            switch cell {
            case let .text(value, style):
                xml += "<c r=\"\(ref)\" s=\"\(style)\" t=\"s\"><v>\(strings.index(of: value))</v></c>"
            case let .number(value, style):
                xml += "<c r=\"\(ref)\" s=\"\(style)\"><v>\(value)</v></c>"
            }
        }
        return xml + "</row>"
    }

    mutating func titleRow(_ number: Int, _ text: String, style: Int, height: Double) -> String {
        row(number, [.text(text, style)], height: height)
    }

    static func isCentered(_ column: ResponsibilityTable.Column) -> Bool {
        switch column {
        case .title, .responsibleUnits, .steps: false
        default: true
        }
    }

    /// Widths in Excel's unit (one "0" of the default font); a Chinese
    /// character takes about two.
    static func width(of column: ResponsibilityTable.Column) -> Int {
        switch column {
        case .number: 6
        case .category: 14
        case .title: 36
        case .leadAgency: 14
        case .firstResponsible, .leaderInCharge: 11
        case .responsibleUnits: 22
        case .contactPhone: 11
        case .deadline: 16
        case .steps: 40
        }
    }

    static func columnWidths(_ columns: [ResponsibilityTable.Column]) -> String {
        columns.enumerated().map { index, column in
            "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width(of: column))\" customWidth=\"1\"/>"
        }.joined()
    }

    /// Excel does not fit row heights to wrapped text when it opens a file, so
    /// the height is estimated here from the longest cell: its lines at the
    /// column's width, 15 pt a line, with a little slack.
    static func height(of row: ResponsibilityTable.Row, _ columns: [ResponsibilityTable.Column]) -> Double {
        let lines = columns.map { column in
            row[column].split(separator: "\n", omittingEmptySubsequences: false).map { line in
                let units = line.reduce(0) { $0 + ($1.isASCII ? 1 : 2) }
                return max(1, (units + width(of: column) - 3) / (width(of: column) - 2))
            }.reduce(0, +)
        }.max() ?? 1
        return Double(lines) * 15 + 4
    }

    /// 0 → A, 25 → Z, 26 → AA.
    static func columnName(_ index: Int) -> String {
        let letter = String(UnicodeScalar(UInt8(65 + index % 26)))
        return index < 26 ? letter : columnName(index / 26 - 1) + letter
    }
}
