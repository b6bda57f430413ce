import Foundation

/// The DOCX container: the parts Word needs besides the document itself
/// (content types, relationships, settings, footers, properties) and their
/// order in the ZIP, which is fixed so that the bytes are.
struct DocxPackage {
    var table: ResponsibilityTable

    static let mainNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationshipTypes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    func data() throws -> Data {
        try Self.data(title: table.title, document: DocxDocument(table: table).xml,
                      styles: DocxStyles.stylesXML, fontTable: DocxStyles.fontTableXML)
    }

    /// A part besides the common ones (a chart), with its content type and
    /// the relationship document.xml refers to it by.
    struct Part {
        var path: String
        var contentType: String
        var relationshipID: String
        var relationshipType: String
        var xml: String
    }

    /// The whole container around a document.xml, styles and font table:
    /// the same parts in the same order every time.
    static func data(title: String, document: String, styles: String, fontTable: String, parts: [Part] = []) throws -> Data {
        var zip = ZipPackage()
        // [Content_Types].xml first: some readers sniff it at the start.
        zip.add("[Content_Types].xml", contentTypes(parts))
        zip.add("_rels/.rels", OPC.packageRelationships(main: "word/document.xml"))
        zip.add("docProps/core.xml", OPC.coreProperties(title: title))
        zip.add("docProps/app.xml", OPC.appProperties(application: "Luoshi"))
        zip.add("word/document.xml", document)
        zip.add("word/_rels/document.xml.rels", documentRelationships(parts))
        zip.add("word/styles.xml", styles)
        zip.add("word/settings.xml", settings)
        zip.add("word/fontTable.xml", fontTable)
        zip.add("word/footer1.xml", footer(alignment: "right"))
        zip.add("word/footer2.xml", footer(alignment: "left"))
        for part in parts { zip.add(part.path, part.xml) }
        return try zip.data()
    }

    static func contentTypes(_ parts: [Part]) -> String {
        let wordML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
        return OPC.contentTypes(overrides: [
            ("/word/document.xml", "\(wordML).document.main+xml"),
            ("/word/styles.xml", "\(wordML).styles+xml"),
            ("/word/settings.xml", "\(wordML).settings+xml"),
            ("/word/fontTable.xml", "\(wordML).fontTable+xml"),
            ("/word/footer1.xml", "\(wordML).footer+xml"),
            ("/word/footer2.xml", "\(wordML).footer+xml"),
        ] + parts.map { ("/" + $0.path, $0.contentType) })
    }

    /// Targets are relative to word/, where document.xml lives.
    static func documentRelationships(_ parts: [Part]) -> String {
        OPC.relationships([
            ("rIdStyles", "\(relationshipTypes)/styles", "styles.xml"),
            ("rIdSettings", "\(relationshipTypes)/settings", "settings.xml"),
            ("rIdFontTable", "\(relationshipTypes)/fontTable", "fontTable.xml"),
            ("rIdFooterOdd", "\(relationshipTypes)/footer", "footer1.xml"),
            ("rIdFooterEven", "\(relationshipTypes)/footer", "footer2.xml"),
        ] + parts.map { ($0.relationshipID, $0.relationshipType, String($0.path.dropFirst("word/".count))) })
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
