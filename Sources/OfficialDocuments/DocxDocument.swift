/// word/document.xml: the label, title and issuer line, the table, and the
/// section that turns the page. Formatting lives in styles.xml (DocxStyles),
/// so the body names a style per paragraph and carries no run properties.
struct DocxDocument {
    var table: ResponsibilityTable

    static let namespaces = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" "#
        + #"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#

    var xml: String {
        var body = ""
        if let label = table.label { body += Self.paragraph(label, style: "AttachmentLabel") }
        body += Self.paragraph(table.title, style: "TableTitle")
        if let subtitle = table.subtitle { body += Self.paragraph(subtitle, style: "TableSubtitle") }
        body += DocxTable(table: table).xml
        // Word requires a paragraph after a table at the end of a section; an
        // empty one of 1 pt keeps it from spilling onto a page of its own.
        body += Self.paragraph("", style: "AfterTable")
        return XMLText.declaration
            + "<w:document \(Self.namespaces)><w:body>\(body)\(Self.sectionProperties)</w:body></w:document>"
    }

    /// One paragraph per line of `text`: a cell's line breaks are paragraphs,
    /// not `w:br`, so that each step of a project starts flush and wraps alone.
    static func paragraph(_ text: String, style: String, keepNext: Bool = false) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.map { line in
            let properties = "<w:pStyle w:val=\"\(style)\"/>" + (keepNext ? "<w:keepNext/>" : "")
            let run = line.isEmpty ? "" : "<w:r><w:t xml:space=\"preserve\">\(XMLText.escape(String(line)))</w:t></w:r>"
            return "<w:p><w:pPr>\(properties)</w:pPr>\(run)</w:p>"
        }.joined()
    }

    /// Odd pages take footer1 (number on the right), even pages footer2 (on the
    /// left), as §7.5 places them; settings.xml switches the distinction on.
    static var sectionProperties: String {
        typealias L = DocxLayout
        return "<w:sectPr>"
            + #"<w:footerReference w:type="default" r:id="rIdFooterOdd"/>"#
            + #"<w:footerReference w:type="even" r:id="rIdFooterEven"/>"#
            + "<w:pgSz w:w=\"\(L.pageWidth)\" w:h=\"\(L.pageHeight)\" w:orient=\"landscape\"/>"
            + "<w:pgMar w:top=\"\(L.marginTop)\" w:right=\"\(L.marginRight)\" w:bottom=\"\(L.marginBottom)\" "
            + "w:left=\"\(L.marginLeft)\" w:header=\"851\" w:footer=\"\(L.footerDistance)\" w:gutter=\"0\"/>"
            + "</w:sectPr>"
    }
}
