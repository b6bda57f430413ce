/// word/document.xml: the label, title and issuer line, the table, and the
/// section that turns the page. Formatting lives in styles.xml (DocxStyles),
/// so the body names a style per paragraph and carries no run properties.
struct DocxDocument {
    var table: ResponsibilityTable

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
            + "<w:document \(WordML.namespaces)><w:body>\(body)\(Self.sectionProperties)</w:body></w:document>"
    }

    /// One paragraph per line of `text`: a cell's line breaks are paragraphs,
    /// not `w:br`, so that each step of a project starts flush and wraps alone.
    static func paragraph(_ text: String, style: String, keepNext: Bool = false) -> String {
        WordML.paragraphs(text, style: style, properties: keepNext ? "<w:keepNext/>" : "")
    }

    /// A4 turned, with the 版心 turned too (DocxLayout).
    static var sectionProperties: String {
        typealias L = DocxLayout
        return WordML.section(width: L.pageWidth, height: L.pageHeight, landscape: true,
                              margins: (L.marginTop, L.marginRight, L.marginBottom, L.marginLeft), footer: L.footerDistance)
    }
}
