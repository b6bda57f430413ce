import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An XLSX workbook read into grids, one per worksheet, in the workbook's
/// order. Values come from the cells' cached results (a formula's last value,
/// as the writer saved it); styles, number formats and charts are not read.
public struct Workbook: Hashable, Sendable {
    public var sheets: [TableGrid]

    public init(sheets: [TableGrid]) { self.sheets = sheets }

    public func sheet(named name: String) -> TableGrid? {
        sheets.first { $0.name == name }
    }

    /// 64 MB of XML is a sheet of about half a million rows of a few columns.
    public static let defaultMaxPartBytes = 64 * 1_048_576

    public static func read(_ data: Data, maxPartBytes: Int = defaultMaxPartBytes) throws(OfficeFileError) -> Workbook {
        let package = try OfficePackage(data: data, maxPartBytes: maxPartBytes)
        let main = try package.mainPart(usual: "xl/workbook.xml")
        guard package.contains(main) else {
            throw package.contains("word/document.xml") ? .notOfficeDocument : .missingPart(main)
        }
        let folder = main.split(separator: "/").dropLast().map { $0 + "/" }.joined()
        let relsPath = folder + "_rels/" + (main.split(separator: "/").last.map(String.init) ?? "") + ".rels"
        let targets = try Relationships.parse(try package.part(relsPath), part: relsPath, base: folder)
        let entries = try SheetList.parse(try package.part(main), part: main)
        let stringsPath = targets.first { $0.type.hasSuffix("/sharedStrings") }?.target ?? folder + "sharedStrings.xml"
        var strings: [String] = []
        if let data = try package.optionalPart(stringsPath) { strings = try SharedStrings.parse(data, part: stringsPath) }
        var sheets: [TableGrid] = []
        for entry in entries {
            // Chart sheets and dialog sheets have relationships too; only worksheets hold cells.
            guard let target = targets.first(where: { $0.id == entry.relationship && $0.type.hasSuffix("/worksheet") })
            else { continue }
            let sheet = try WorksheetReader.read(try package.part(target.target), part: target.target, strings: strings)
            sheets.append(TableGrid(name: entry.name, cells: sheet.cells, merges: sheet.merges))
        }
        return Workbook(sheets: sheets)
    }
}

/// xl/workbook.xml's `<sheets>`: each sheet's name and relationship id.
enum SheetList {
    struct Entry {
        var name: String
        var relationship: String
    }

    static func parse(_ data: Data, part: String) throws(OfficeFileError) -> [Entry] {
        let reader = Reader()
        try XMLPart.parse(data, part: part, with: reader)
        return reader.entries
    }

    private final class Reader: NSObject, XMLParserDelegate {
        var entries: [Entry] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            guard name == "sheet", let sheetName = XMLPart.attribute("name", in: attributes),
                  let id = XMLPart.attribute("id", in: attributes) else { return }
            entries.append(Entry(name: sheetName, relationship: id))
        }
    }
}
