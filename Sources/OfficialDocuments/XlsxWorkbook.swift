import Foundation

/// A workbook of several plain sheets, for tables that are not the
/// responsibility table: templates a district fills in, exported figures.
/// Each sheet has title rows, a header, typed cells and optionally
/// protection, so that locked columns (codes, names) cannot be typed over
/// while the cells to fill stay open.
public struct XlsxWorkbook: Sendable {
    public enum Style: Sendable {
        case title, header, text, number, input
        var index: Int {
            switch self {
            case .title: XlsxStyles.title
            case .header: XlsxStyles.header
            case .text: XlsxStyles.wrapped
            case .number: XlsxStyles.number
            case .input: XlsxStyles.input
            }
        }
    }

    public enum Cell: Sendable {
        case text(String, Style = .text)
        case number(Double, Style = .number)
        case empty(Style = .input)
    }

    public struct Sheet: Sendable {
        public var name: String
        /// Column widths in Excel's unit (a Chinese character takes about two).
        public var widths: [Int]
        public var rows: [[Cell]]
        /// Rows kept in view when scrolling (the title and header).
        public var frozenRows: Int
        /// Protect the sheet: only `.input` cells can be edited.
        public var protected: Bool

        public init(name: String, widths: [Int], rows: [[Cell]], frozenRows: Int = 0, protected: Bool = false) {
            self.name = name
            self.widths = widths
            self.rows = rows
            self.frozenRows = frozenRows
            self.protected = protected
        }
    }

    public var title: String
    public var sheets: [Sheet]

    public init(title: String, sheets: [Sheet]) {
        self.title = title
        self.sheets = sheets
    }

    /// Excel's limits on a sheet's name: at most 31 characters, none of : \ / ? * [ ].
    public static func sheetName(_ name: String) -> String {
        String(name.filter { !":\\/?*[]".contains($0) }.prefix(31))
    }

    public func data() throws -> Data {
        var strings = XlsxSharedStrings()
        let sheetsXML = sheets.map { sheet in Self.sheetXML(sheet, &strings) }
        var zip = ZipPackage()
        let sheetML = "application/vnd.openxmlformats-officedocument.spreadsheetml"
        zip.add("[Content_Types].xml", OPC.contentTypes(overrides: [
            ("/xl/workbook.xml", "\(sheetML).sheet.main+xml"),
            ("/xl/styles.xml", "\(sheetML).styles+xml"),
            ("/xl/sharedStrings.xml", "\(sheetML).sharedStrings+xml"),
        ] + sheets.indices.map { ("/xl/worksheets/sheet\($0 + 1).xml", "\(sheetML).worksheet+xml") }))
        zip.add("_rels/.rels", OPC.packageRelationships(main: "xl/workbook.xml"))
        zip.add("docProps/core.xml", OPC.coreProperties(title: title))
        zip.add("docProps/app.xml", OPC.appProperties(application: "Luoshi"))
        zip.add("xl/workbook.xml", XMLText.declaration
            + "<workbook xmlns=\"\(XlsxPackage.mainNamespace)\" xmlns:r=\"\(OPC.officeRelationships)\"><bookViews><workbookView/></bookViews><sheets>"
            + sheets.enumerated().map { i, s in
                "<sheet name=\"\(XMLText.escape(Self.sheetName(s.name)))\" sheetId=\"\(i + 1)\" r:id=\"rId\(i + 1)\"/>"
            }.joined() + "</sheets></workbook>")
        let n = sheets.count
        zip.add("xl/_rels/workbook.xml.rels", OPC.relationships(
            sheets.indices.map { ("rId\($0 + 1)", "\(OPC.officeRelationships)/worksheet", "worksheets/sheet\($0 + 1).xml") }
            + [("rId\(n + 1)", "\(OPC.officeRelationships)/styles", "styles.xml"),
               ("rId\(n + 2)", "\(OPC.officeRelationships)/sharedStrings", "sharedStrings.xml")]))
        zip.add("xl/styles.xml", XlsxStyles.xml)
        zip.add("xl/sharedStrings.xml", strings.xml)
        for (i, xml) in sheetsXML.enumerated() { zip.add("xl/worksheets/sheet\(i + 1).xml", xml) }
        return try zip.data()
    }

    static func sheetXML(_ sheet: Sheet, _ strings: inout XlsxSharedStrings) -> String {
        var rows = ""
        for (r, cells) in sheet.rows.enumerated() {
            rows += "<row r=\"\(r + 1)\">"
            for (c, cell) in cells.enumerated() {
                let ref = "\(XlsxGrid.columnName(c))\(r + 1)"
                switch cell {
                case let .text(text, style):
                    rows += "<c r=\"\(ref)\" s=\"\(style.index)\" t=\"s\"><v>\(strings.index(of: text))</v></c>"
                case let .number(value, style):
                    rows += "<c r=\"\(ref)\" s=\"\(style.index)\"><v>\(Self.numberText(value))</v></c>"
                case let .empty(style):
                    rows += "<c r=\"\(ref)\" s=\"\(style.index)\"/>"
                }
            }
            rows += "</row>"
        }
        let cols = sheet.widths.enumerated().map { i, w in "<col min=\"\(i + 1)\" max=\"\(i + 1)\" width=\"\(w)\" customWidth=\"1\"/>" }.joined()
        let first = "A\(sheet.frozenRows + 1)"
        let pane = sheet.frozenRows > 0
            ? "<pane ySplit=\"\(sheet.frozenRows)\" topLeftCell=\"\(first)\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\" activeCell=\"\(first)\" sqref=\"\(first)\"/>"
            : ""
        return XMLText.declaration
            + "<worksheet xmlns=\"\(XlsxPackage.mainNamespace)\"><sheetViews><sheetView workbookViewId=\"0\">\(pane)</sheetView></sheetViews>"
            + "<sheetFormatPr defaultRowHeight=\"15\"/>" + (cols.isEmpty ? "" : "<cols>\(cols)</cols>")
            + "<sheetData>\(rows)</sheetData>"
            + (sheet.protected ? "<sheetProtection sheet=\"1\" objects=\"1\" scenarios=\"1\" formatColumns=\"0\" autoFilter=\"0\"/>" : "")
            + "<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/></worksheet>"
    }

    /// Whole numbers without a decimal point; others as Swift writes them (shortest exact form).
    static func numberText(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
