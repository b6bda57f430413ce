import Foundation

/// The XLSX container: one workbook with one sheet, its styles and shared
/// strings, in a fixed part order so the same table gives the same bytes.
struct XlsxPackage {
    var table: ResponsibilityTable

    static let sheetName = "责任分解表"
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

    func data() throws -> Data {
        // The sheet is written first because writing it fills the strings table.
        var sheet = XlsxSheet(table: table, strings: XlsxSharedStrings())
        let sheetXML = sheet.xml()
        var zip = ZipPackage()
        zip.add("[Content_Types].xml", Self.contentTypes)
        zip.add("_rels/.rels", OPC.packageRelationships(main: "xl/workbook.xml"))
        zip.add("docProps/core.xml", OPC.coreProperties(title: table.title))
        zip.add("docProps/app.xml", OPC.appProperties(application: "Luoshi"))
        zip.add("xl/workbook.xml", Self.workbook(headerRow: sheet.headerRow))
        zip.add("xl/_rels/workbook.xml.rels", Self.workbookRelationships)
        zip.add("xl/styles.xml", XlsxStyles.xml)
        zip.add("xl/sharedStrings.xml", sheet.strings.xml)
        zip.add("xl/worksheets/sheet1.xml", sheetXML)
        return try zip.data()
    }

    static var contentTypes: String {
        let sheetML = "application/vnd.openxmlformats-officedocument.spreadsheetml"
        return OPC.contentTypes(overrides: [
            ("/xl/workbook.xml", "\(sheetML).sheet.main+xml"),
            ("/xl/styles.xml", "\(sheetML).styles+xml"),
            ("/xl/sharedStrings.xml", "\(sheetML).sharedStrings+xml"),
            ("/xl/worksheets/sheet1.xml", "\(sheetML).worksheet+xml"),
        ])
    }

    static var workbookRelationships: String {
        OPC.relationships([
            ("rId1", "\(OPC.officeRelationships)/worksheet", "worksheets/sheet1.xml"),
            ("rId2", "\(OPC.officeRelationships)/styles", "styles.xml"),
            ("rId3", "\(OPC.officeRelationships)/sharedStrings", "sharedStrings.xml"),
        ])
    }

    /// Print_Titles repeats the header row on every printed page, as the
    /// DOCX's tblHeader does.
    static func workbook(headerRow: Int) -> String {
        XMLText.declaration
            + "<workbook xmlns=\"\(mainNamespace)\" xmlns:r=\"\(OPC.officeRelationships)\">"
            + "<bookViews><workbookView/></bookViews>"
            + "<sheets><sheet name=\"\(sheetName)\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
            + "<definedNames><definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">"
            + "'\(sheetName)'!$\(headerRow):$\(headerRow)</definedName></definedNames>"
            + "</workbook>"
    }
}

/// The shared strings table: each distinct text once, numbered in order of
/// first use, which makes the numbering (and the bytes) stable.
struct XlsxSharedStrings {
    private(set) var strings: [String] = []
    private var indices: [String: Int] = [:]
    private(set) var references = 0

    mutating func index(of text: String) -> Int {
        references += 1
        if let index = indices[text] { return index }
        indices[text] = strings.count
        strings.append(text)
        return strings.count - 1
    }

    /// xml:space="preserve" keeps the line breaks between steps and any
    /// leading spaces, which Excel would otherwise collapse.
    var xml: String {
        XMLText.declaration
            + "<sst xmlns=\"\(XlsxPackage.mainNamespace)\" count=\"\(references)\" uniqueCount=\"\(strings.count)\">"
            + strings.map { "<si><t xml:space=\"preserve\">\(XMLText.escape($0))</t></si>" }.joined()
            + "</sst>"
    }
}
