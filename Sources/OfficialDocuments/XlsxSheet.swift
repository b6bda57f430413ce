/// xl/worksheets/sheetN.xml: title rows, the header, the body rows, and the
/// view and print settings that make it usable: panes frozen under the
/// header, header repeated on printed pages (see the workbook's Print_Titles),
/// landscape A4 one page wide.
struct XlsxSheet {
    var grid: XlsxGrid
    var strings: XlsxSharedStrings

    mutating func xml() -> String {
        let headerRow = grid.headerRow
        let last = XlsxGrid.columnName(grid.columns.count - 1)
        let lastRow = headerRow + grid.rows.count
        var rows = row(1, [.text(grid.title, XlsxStyles.title)], height: 30)
        if let subtitle = grid.subtitle { rows += row(2, [.text(subtitle, XlsxStyles.subtitle)], height: 20) }
        rows += row(headerRow, grid.columns.map { .text($0.heading, XlsxStyles.header) }, height: 30)
        for (index, body) in grid.rows.enumerated() {
            rows += row(headerRow + 1 + index, body.cells, height: body.height)
        }
        let merges = (1..<headerRow).map { "<mergeCell ref=\"A\($0):\(last)\($0)\"/>" }.joined()
        let firstBody = "A\(headerRow + 1)"
        let widths = grid.columns.enumerated().map { index, column in
            "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(column.width)\" customWidth=\"1\"/>"
        }.joined()
        return XMLText.declaration
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr><dimension ref=\"A1:\(last)\(lastRow)\"/>"
            + "<sheetViews><sheetView workbookViewId=\"0\">"
            + "<pane ySplit=\"\(headerRow)\" topLeftCell=\"\(firstBody)\" activePane=\"bottomLeft\" state=\"frozen\"/>"
            + "<selection pane=\"bottomLeft\" activeCell=\"\(firstBody)\" sqref=\"\(firstBody)\"/></sheetView></sheetViews>"
            + "<sheetFormatPr defaultRowHeight=\"15\"/><cols>\(widths)</cols>"
            + "<sheetData>\(rows)</sheetData><mergeCells count=\"\(headerRow - 1)\">\(merges)</mergeCells>"
            + "<printOptions horizontalCentered=\"1\"/>"
            + "<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/>"
            + "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
            + "<headerFooter><oddFooter>&amp;C— &amp;P —</oddFooter></headerFooter></worksheet>"
    }

    mutating func row(_ number: Int, _ cells: [XlsxGrid.Cell], height: Double) -> String {
        var xml = "<row r=\"\(number)\" ht=\"\(height)\" customHeight=\"1\">"
        for (index, cell) in cells.enumerated() {
            let ref = "\(XlsxGrid.columnName(index))\(number)"
            switch cell {
            case let .text(value, style):
                xml += "<c r=\"\(ref)\" s=\"\(style)\" t=\"s\"><v>\(strings.index(of: value))</v></c>"
            case let .number(value, style):
                xml += "<c r=\"\(ref)\" s=\"\(style)\"><v>\(value)</v></c>"
            case let .decimal(digits, style):
                xml += "<c r=\"\(ref)\" s=\"\(style)\"><v>\(digits)</v></c>"
            }
        }
        return xml + "</row>"
    }
}
