import Foundation

/// The DOCX container: the parts Word needs besides the document itself
/// (content types, relationships, settings, footers, properties) and their
/// order in the ZIP, which is fixed so that the bytes are.
struct DocxPackage {
    var table: ResponsibilityTable

    static let mainNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationshipTypes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    func data() throws -> Data {
        var zip = ZipPackage()
        // [Content_Types].xml first: some readers sniff it at the start.
        zip.add("[Content_Types].xml", Self.contentTypes)
        zip.add("_rels/.rels", OPC.packageRelationships(main: "word/document.xml"))
        zip.add("docProps/core.xml", OPC.coreProperties(title: table.title))
        zip.add("docProps/app.xml", OPC.appProperties(application: "Luoshi"))
        zip.add("word/document.xml", DocxDocument(table: table).xml)
        zip.add("word/_rels/document.xml.rels", Self.documentRelationships)
        zip.add("word/styles.xml", DocxStyles.stylesXML)
        zip.add("word/settings.xml", Self.settings)
        zip.add("word/fontTable.xml", DocxStyles.fontTableXML)
        zip.add("word/footer1.xml", Self.footer(alignment: "right"))
        zip.add("word/footer2.xml", Self.footer(alignment: "left"))
        return try zip.data()
    }

    static var contentTypes: String {
        let wordML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
        return OPC.contentTypes(overrides: [
            ("/word/document.xml", "\(wordML).document.main+xml"),
            ("/word/styles.xml", "\(wordML).styles+xml"),
            ("/word/settings.xml", "\(wordML).settings+xml"),
            ("/word/fontTable.xml", "\(wordML).fontTable+xml"),
            ("/word/footer1.xml", "\(wordML).footer+xml"),
            ("/word/footer2.xml", "\(wordML).footer+xml"),
        ])
    }

    static var documentRelationships: String {
        OPC.relationships([
            ("rIdStyles", "\(relationshipTypes)/styles", "styles.xml"),
            ("rIdSettings", "\(relationshipTypes)/settings", "settings.xml"),
            ("rIdFontTable", "\(relationshipTypes)/fontTable", "fontTable.xml"),
            ("rIdFooterOdd", "\(relationshipTypes)/footer", "footer1.xml"),
            ("rIdFooterEven", "\(relationshipTypes)/footer", "footer2.xml"),
        ])
    }

    /// evenAndOddHeaders lets odd and even pages carry their own footer
    /// (GB/T 9704 §7.5: the number right on odd pages, left on even ones).
    static var settings: String {
        XMLText.declaration + "<w:settings xmlns:w=\"\(mainNamespace)\">"
            // In the schema's order: Word refuses settings out of sequence.
            + "<w:zoom w:percent=\"100\"/><w:defaultTabStop w:val=\"420\"/><w:evenAndOddHeaders/>"
            + "<w:characterSpacingControl w:val=\"compressPunctuation\"/>"
            + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
            + "</w:settings>"
    }

    /// "— 1 —": a PAGE field between two em dashes with a space each side,
    /// one character in from the outer edge (§7.5). The "1" is only the
    /// field's cached result; every viewer recomputes it per page.
    static func footer(alignment: String) -> String {
        let indent = alignment == "right" ? "w:right=\"280\"" : "w:left=\"280\""
        func text(_ value: String) -> String { "<w:r><w:t xml:space=\"preserve\">\(value)</w:t></w:r>" }
        func field(_ kind: String) -> String { "<w:r><w:fldChar w:fldCharType=\"\(kind)\"/></w:r>" }
        return XMLText.declaration + "<w:ftr xmlns:w=\"\(mainNamespace)\">"
            + "<w:p><w:pPr><w:pStyle w:val=\"Footer\"/><w:ind \(indent)/><w:jc w:val=\"\(alignment)\"/></w:pPr>"
            + text("— ") + field("begin") + "<w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
            + field("separate") + text("1") + field("end") + text(" —")
            + "</w:p></w:ftr>"
    }
}
