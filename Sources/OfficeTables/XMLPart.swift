import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Runs FoundationXML's streaming parser over one part of the package with
/// namespaces processed, so that delegates see local names ("tc", "row")
/// whatever prefix the writer chose; a parse error becomes an
/// `OfficeFileError` naming the part, line and column.
enum XMLPart {
    static func parse(_ data: Data, part: String, with delegate: some XMLParserDelegate) throws(OfficeFileError) {
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        // FoundationXML can recover from some errors and still report success;
        // a recorded error counts as a failure all the same.
        guard parser.parse(), parser.parserError == nil else {
            throw .badXML(part: part, line: max(1, parser.lineNumber), column: max(1, parser.columnNumber))
        }
    }

    /// An attribute by its local name: FoundationXML keeps the prefix on
    /// attribute names ("w:val", "r:id") even with namespaces processed.
    static func attribute(_ local: String, in attributes: [String: String]) -> String? {
        if let value = attributes[local] { return value }
        return attributes.first { key, _ in key.hasSuffix(":" + local) }?.value
    }
}
