/// Open Packaging Conventions parts that DOCX and XLSX share: content types,
/// relationships and document properties.
enum OPC {
    static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// Defaults for .rels and .xml, then one override per part whose type the
    /// extension alone does not say. Properties parts are always present.
    static func contentTypes(overrides: [(part: String, type: String)]) -> String {
        let all = overrides + [
            ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
            ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
        ]
        return XMLText.declaration
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + all.map { "<Override PartName=\"\($0.part)\" ContentType=\"\($0.type)\"/>" }.joined()
            + "</Types>"
    }

    static func relationships(_ items: [(id: String, type: String, target: String)]) -> String {
        XMLText.declaration
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + items.map { "<Relationship Id=\"\($0.id)\" Type=\"\($0.type)\" Target=\"\($0.target)\"/>" }.joined()
            + "</Relationships>"
    }

    /// _rels/.rels: where the main part is, and the two properties parts.
    static func packageRelationships(main: String) -> String {
        relationships([
            ("rId1", "\(officeRelationships)/officeDocument", main),
            ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
            ("rId3", "\(officeRelationships)/extended-properties", "docProps/app.xml"),
        ])
    }

    /// Title and author only. No created/modified dates: they would change the
    /// bytes on every render, and the plan's own date is in the document.
    static func coreProperties(title: String) -> String {
        XMLText.declaration
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
            + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + "<dc:title>\(XMLText.escape(title))</dc:title><dc:creator>Luoshi</dc:creator>"
            + "</cp:coreProperties>"
    }

    static func appProperties(application: String) -> String {
        XMLText.declaration
            + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
            + "<Application>\(XMLText.escape(application))</Application></Properties>"
    }
}
