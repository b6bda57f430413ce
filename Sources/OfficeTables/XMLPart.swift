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
        // FoundationXML traps on names and attribute values that are not
        // UTF-8 (it force-unwraps their conversion to String), so a damaged
        // part is refused here, at the first bad byte, before it gets there.
        let text = try utf8(data, part: part)
        let parser = XMLParser(data: text)
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

    /// The part as UTF-8: UTF-16 with a byte-order mark (which the standard
    /// allows) is converted and its declaration dropped; other bytes must be
    /// valid UTF-8, or the part is bad XML at the line and column of the
    /// first byte that is not.
    static func utf8(_ data: Data, part: String) throws(OfficeFileError) -> Data {
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            guard var text = String(data: data, encoding: .utf16) else { throw .badXML(part: part, line: 1, column: 1) }
            if text.hasPrefix("<?xml"), let end = text.range(of: "?>") { text.removeSubrange(..<end.upperBound) }
            return Data(text.utf8)
        }
        var line = 1, column = 1
        var bytes = data.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        while true {
            switch parser.parseScalar(from: &bytes) {
            case .valid(let scalar):
                if scalar.count == 1, scalar.first == 0x0A { line += 1; column = 1 } else { column += 1 }
            case .error:
                throw .badXML(part: part, line: line, column: column)
            case .emptyInput:
                return data
            }
        }
    }
}
