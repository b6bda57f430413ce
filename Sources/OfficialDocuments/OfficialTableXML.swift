import ReformPlan

/// A table in the body or an attachment: its caption centred in 黑体 above,
/// the table as wide as the 版心 with the header row repeated on every page,
/// rows that never split, and the note under it.
struct OfficialTableXML {
    typealias L = OfficialLayout
    var table: DocumentTable

    var columnCount: Int { max(table.columns.count, table.rows.map(\.count).max() ?? 0, 1) }
    var size: Int { L.cellSize(columns: columnCount) }

    /// Cell text on its own exact pitch at its own size; cells are not on
    /// the 22-line grid, nor narrowed to 28 characters.
    var cellParagraph: String { "<w:spacing w:line=\"\(L.cellLine(size: size))\" w:lineRule=\"exact\"/>" }
    var cellRun: String { DocxStyles.size(size) }

    var xml: String {
        let widths = L.widths(table.widths, columns: columnCount)
        let centered = (0..<columnCount).map(isCentered)
        let header = row(table.columns, widths: widths, style: { _ in "CellHeader" },
                         properties: "<w:cantSplit/><w:tblHeader/>")
        let body = table.rows.map { cells in
            row(cells, widths: widths, style: { centered[$0] ? "CellCentered" : "Cell" }, properties: "<w:cantSplit/>")
        }
        let grid = widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined()
        // Always a caption paragraph, even an empty one: two tables with
        // nothing between them would be read as one.
        var xml = WordML.paragraphs(table.title, style: "Caption")
        xml += "<w:tbl>\(DocxTable.properties(width: L.textWidth, cellMargin: 85))<w:tblGrid>\(grid)</w:tblGrid>"
            + header + body.joined() + "</w:tbl>"
        if let note = table.note, !note.isEmpty {
            xml += WordML.paragraphs(note, style: "Cell", properties: cellParagraph, run: cellRun)
        }
        return xml
    }

    /// One row; short rows are padded so that every row has a cell per column.
    func row(_ cells: [String], widths: [Int], style: (Int) -> String, properties: String) -> String {
        let tcs = widths.indices.map { index in
            let text = index < cells.count ? cells[index] : ""
            return DocxTable.cell(WordML.paragraphs(text, style: style(index), properties: cellParagraph, run: cellRun),
                                  width: widths[index])
        }
        return "<w:tr><w:trPr>\(properties)</w:trPr>\(tcs.joined())</w:tr>"
    }

    /// Short entries (numbers, names, dates: at most eight characters in
    /// every row) sit centred in their column, as a form's do; sentences read
    /// from the left.
    func isCentered(_ column: Int) -> Bool {
        table.rows.allSatisfy { column >= $0.count || L.characters($0[column]) <= 8 }
    }
}
