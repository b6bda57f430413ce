import Foundation

/// The XLSX container: one workbook with its sheets, styles and shared
/// strings, in a fixed part order so the same tables give the same bytes.
struct XlsxPackage {
    var sheets: [XlsxGrid]

    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

    func data() throws -> Data {
        // The sheets are written first because writing them fills the strings table.
        var strings = XlsxSharedStrings()
        var sheetXML: [String] = []
        for grid in sheets {
            var sheet = XlsxSheet(grid: grid, strings: strings)
            sheetXML.append(sheet.xml())
            strings = sheet.strings
        }
        var zip = ZipPackage()
        zip.add("[Content_Types].xml", contentTypes)
        zip.add("_rels/.rels", OPC.packageRelationships(main: "xl/workbook.xml"))
        zip.add("docProps/core.xml", OPC.coreProperties(title: sheets.first?.title ?? ""))
        zip.add("docProps/app.xml", OPC.appProperties(application: "Luoshi"))
        zip.add("xl/workbook.xml", workbook)
        zip.add("xl/_rels/workbook.xml.rels", workbookRelationships)
        zip.add("xl/styles.xml", XlsxStyles.xml)
        zip.add("xl/sharedStrings.xml", strings.xml)
        for (index, xml) in sheetXML.enumerated() { zip.add("xl/worksheets/sheet\(index + 1).xml", xml) }
        return try zip.data()
    }

    var contentTypes: String {
        let sheetML = "application/vnd.openxmlformats-officedocument.spreadsheetml"
        return OPC.contentTypes(overrides: [
            ("/xl/workbook.xml", "\(sheetML).sheet.main+xml"),
            ("/xl/styles.xml", "\(sheetML).styles+xml"),
            ("/xl/sharedStrings.xml", "\(sheetML).sharedStrings+xml"),
        ] + sheets.indices.map { ("/xl/worksheets/sheet\($0 + 1).xml", "\(sheetML).worksheet+xml") })
    }

    /// Sheets are rId1…rIdN, then styles and shared strings.
    var workbookRelationships: String {
        let n = sheets.count
        return OPC.relationships(sheets.indices.map {
            ("rId\($0 + 1)", "\(OPC.officeRelationships)/worksheet", "worksheets/sheet\($0 + 1).xml")
        } + [
            ("rId\(n + 1)", "\(OPC.officeRelationships)/styles", "styles.xml"),
            ("rId\(n + 2)", "\(OPC.officeRelationships)/sharedStrings", "sharedStrings.xml"),
        ])
    }

    /// Print_Titles repeats each sheet's header row on every printed page, as
    /// the DOCX's tblHeader does.
    var workbook: String {
        let entries = sheets.enumerated().map { index, grid in
            "<sheet name=\"\(XMLText.escape(grid.name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }.joined()
        let titles = sheets.enumerated().map { index, grid in
            "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"\(index)\">"
                + "'\(XMLText.escape(grid.name))'!$\(grid.headerRow):$\(grid.headerRow)</definedName>"
        }.joined()
        return XMLText.declaration
            + "<workbook xmlns=\"\(Self.mainNamespace)\" xmlns:r=\"\(OPC.officeRelationships)\">"
            + "<bookViews><workbookView/></bookViews>"
            + "<sheets>\(entries)</sheets>"
            + "<definedNames>\(titles)</definedNames>"
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
