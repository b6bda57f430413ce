import ReformPlan

/// The XLSX annex of an official document: each DocumentTable as one sheet,
/// its caption on the first row (and its note on the second), the header
/// frozen under them. Entries that are plain numbers become numeric cells so
/// they sort and sum; everything else stays the text as printed.
enum OfficialAnnex {
    /// A document without tables still gets a valid workbook (Excel refuses
    /// one without sheets): a single sheet that says so.
    static func sheets(_ tables: [DocumentTable], title: String) -> [XlsxGrid] {
        guard !tables.isEmpty else {
            return [sheet(DocumentTable(title: title, columns: ["说明"], rows: [["本文无表格。"]]), number: 1)]
        }
        return tables.enumerated().map { index, table in sheet(table, number: index + 1) }
    }

    static func sheet(_ table: DocumentTable, number: Int) -> XlsxGrid {
        let layout = OfficialTableXML(table: table)
        let count = layout.columnCount
        let headings = (0..<count).map { $0 < table.columns.count ? table.columns[$0] : "" }
        let widths = (0..<count).map { column in width(of: [headings[column]] + table.rows.map { cell($0, column) }) }
        let rows = table.rows.map { cells in
            XlsxGrid.Row(cells: (0..<count).map { column -> XlsxGrid.Cell in
                let text = cell(cells, column)
                if isNumber(text) { return .decimal(text, XlsxStyles.number) }
                return .text(text, layout.isCentered(column) ? XlsxStyles.centered : XlsxStyles.wrapped)
            }, height: XlsxGrid.height((0..<count).map { (cell(cells, $0), widths[$0]) }))
        }
        return XlsxGrid(name: sheetName(table.title, number: number), title: table.title, subtitle: table.note,
                        columns: zip(headings, widths).map { XlsxGrid.Column(heading: $0, width: $1) }, rows: rows)
    }

    static func cell(_ cells: [String], _ column: Int) -> String {
        column < cells.count ? cells[column] : ""
    }

    /// "表1 …": numbered so that two tables with one caption stay two sheets,
    /// within Excel's 31 characters and without the characters it refuses
    /// (an apostrophe too, which would break the print-titles reference).
    static func sheetName(_ title: String, number: Int) -> String {
        XlsxWorkbook.sheetName("表\(number) " + title.filter { $0 != "'" })
    }

    /// Wide enough for the longest line of the column, two units of slack,
    /// between 6 and 40 units (a CJK character takes two).
    static func width(of texts: [String]) -> Int {
        let longest = texts.flatMap { $0.split(separator: "\n") }.map(XlsxGrid.units).max() ?? 0
        return min(max(longest + 2, 6), 40)
    }

    /// "12", "-3", "85.5": digits with at most one point; no leading zeros
    /// (a code such as "0101" is text), no thousands separators.
    static func isNumber(_ text: String) -> Bool {
        let body = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
        else { return false }
        return !(parts[0].count > 1 && parts[0].hasPrefix("0"))
    }
}
