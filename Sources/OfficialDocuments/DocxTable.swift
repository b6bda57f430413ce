/// The `w:tbl` of the DOCX: a header row repeated on every page, a spanning
/// heading row per category, then one row per project, all ruled.
struct DocxTable {
    var table: ResponsibilityTable

    /// When every project sits under a heading row the 类别 column would only
    /// repeat that heading, so it is left out and its width goes to the text.
    var columns: [ResponsibilityTable.Column] {
        table.hasGroupHeadings ? table.columns.filter { $0 != .category } : table.columns
    }

    var xml: String {
        let widths = DocxLayout.widths(of: columns)
        var rows = headerRow(widths)
        for group in table.groups {
            if let heading = group.heading { rows += headingRow(heading) }
            for row in group.rows { rows += projectRow(row, widths) }
        }
        let grid = widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined()
        return "<w:tbl>\(properties)<w:tblGrid>\(grid)</w:tblGrid>\(rows)</w:tbl>"
    }

    var properties: String { Self.properties(width: DocxLayout.textWidth, cellMargin: DocxLayout.cellMargin) }

    /// Fixed layout, so Word and LibreOffice keep our widths instead of sizing
    /// columns to their content; a 1 pt frame around ½ pt inner rules, the
    /// usual weight of a printed form. Shared with the official document's tables.
    static func properties(width: Int, cellMargin margin: Int) -> String {
        let frame = ["top", "left", "bottom", "right"].map { "<w:\($0) w:val=\"single\" w:sz=\"8\" w:space=\"0\" w:color=\"000000\"/>" }
        let inner = ["insideH", "insideV"].map { "<w:\($0) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>" }
        return "<w:tblPr><w:tblW w:w=\"\(width)\" w:type=\"dxa\"/><w:jc w:val=\"center\"/>"
            + "<w:tblBorders>\((frame + inner).joined())</w:tblBorders><w:tblLayout w:type=\"fixed\"/>"
            + "<w:tblCellMar><w:top w:w=\"40\" w:type=\"dxa\"/><w:left w:w=\"\(margin)\" w:type=\"dxa\"/>"
            + "<w:bottom w:w=\"40\" w:type=\"dxa\"/><w:right w:w=\"\(margin)\" w:type=\"dxa\"/></w:tblCellMar>"
            + "</w:tblPr>"
    }

    /// `w:tblHeader` repeats the row at the top of every page the table runs onto.
    func headerRow(_ widths: [Int]) -> String {
        let cells = zip(columns, widths).map { column, width in
            cell(DocxDocument.paragraph(Self.heading(of: column), style: "CellHeader"), width: width, shading: "E7E6E6")
        }
        return "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/><w:trHeight w:val=\"600\"/></w:trPr>\(cells.joined())</w:tr>"
    }

    /// A category heading across the whole table; keepNext holds it to its
    /// first project so it never ends a page alone.
    func headingRow(_ heading: String) -> String {
        let paragraph = DocxDocument.paragraph(heading, style: "CellGroup", keepNext: true)
        let span = "<w:gridSpan w:val=\"\(columns.count)\"/>"
        return "<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val=\"420\"/></w:trPr>"
            + cell(paragraph, width: DocxLayout.textWidth, shading: "F2F2F2", extra: span) + "</w:tr>"
    }

    /// cantSplit keeps a project on one page: a row broken across pages loses
    /// its number and title on the second half.
    func projectRow(_ row: ResponsibilityTable.Row, _ widths: [Int]) -> String {
        let cells = zip(columns, widths).map { column, width in
            cell(DocxDocument.paragraph(row[column], style: Self.style(for: column)), width: width)
        }
        // At least two lines high: a one-line project row squeezed to its
        // text's height reads as a mistake next to its taller neighbours.
        return "<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val=\"\(2 * DocxLayout.cellLinePitch)\"/></w:trPr>\(cells.joined())</w:tr>"
    }

    func cell(_ content: String, width: Int, shading: String? = nil, extra: String = "") -> String {
        Self.cell(content, width: width, shading: shading, extra: extra)
    }

    static func cell(_ content: String, width: Int, shading: String? = nil, extra: String = "") -> String {
        let fill = shading.map { "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"\($0)\"/>" } ?? ""
        return "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>\(extra)\(fill)<w:vAlign w:val=\"center\"/></w:tcPr>"
            + content + "</w:tc>"
    }

    /// Headings of the narrow name columns broken where a person would break
    /// them, rather than wherever three characters run out ("第一责/任人").
    static func heading(of column: ResponsibilityTable.Column) -> String {
        switch column {
        case .firstResponsible: "第一\n责任人"
        case .leaderInCharge: "分管\n领导"
        default: column.heading
        }
    }

    /// Sentences read from the left; short values (numbers, names, dates) sit
    /// centred, as a form's entries do.
    static func style(for column: ResponsibilityTable.Column) -> String {
        switch column {
        case .title, .responsibleUnits: "CellText"
        case .steps: "CellStep"
        default: "CellCentered"
        }
    }
}
