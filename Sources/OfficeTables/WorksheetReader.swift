import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// One worksheet part: its cells (`sheetData/row/c`) and merged ranges
/// (`mergeCells/mergeCell`). Read as a stream, because a sheet of values from
/// every community of a country is hundreds of thousands of rows.
enum WorksheetReader {
    struct Sheet {
        var cells: [CellAddress: CellValue]
        var merges: [MergedRange]
    }

    static func read(_ data: Data, part: String, strings: [String]) throws(OfficeFileError) -> Sheet {
        let reader = Reader(strings: strings)
        do {
            try XMLPart.parse(data, part: part, with: reader)
        } catch {
            // A bad reference stops the parser, which then reports an XML error.
            if let bad = reader.badReference { throw .badReference(part: part, reference: bad) }
            throw error
        }
        return Sheet(cells: reader.cells, merges: reader.merges)
    }

    private final class Reader: NSObject, XMLParserDelegate {
        let strings: [String]
        var cells: [CellAddress: CellValue] = [:]
        var merges: [MergedRange] = []
        var badReference: String?

        // Rows and cells may leave out their `r`: each then follows the one before.
        var row = 0
        var column = 0
        var cell: (address: CellAddress, type: String)?
        var raw = ""
        var inline = ""
        var collecting: Collecting = .none
        var phoneticDepth = 0

        enum Collecting { case none, value, inlineText }

        init(strings: [String]) { self.strings = strings }

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            switch name {
            case "row":
                if let r = XMLPart.attribute("r", in: attributes) {
                    guard let number = Int(r), (1...CellAddress.maxRow).contains(number) else { return fail(r, parser) }
                    row = number
                } else {
                    row += 1
                }
                column = 0
            case "c":
                var address = CellAddress(row: max(row, 1), column: column + 1)
                if let r = XMLPart.attribute("r", in: attributes) {
                    guard let parsed = CellAddress(reference: r) else { return fail(r, parser) }
                    address = parsed
                }
                guard address.column <= CellAddress.maxColumn else { return fail(address.reference, parser) }
                column = address.column
                cell = (address, XMLPart.attribute("t", in: attributes) ?? "n")
                raw = ""
                inline = ""
            case "v": collecting = .value
            case "rPh": phoneticDepth += 1
            case "t" where cell != nil && phoneticDepth == 0: collecting = .inlineText
            case "mergeCell":
                guard let ref = XMLPart.attribute("ref", in: attributes) else { return }
                guard let range = MergedRange(reference: ref) else { return fail(ref, parser) }
                merges.append(range)
            default: break
            }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch name {
            case "v", "t": collecting = .none
            case "rPh": phoneticDepth -= 1
            case "c":
                if let cell { cells[cell.address] = value(type: cell.type) }
                cell = nil
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            switch collecting {
            case .value: raw += string
            case .inlineText: inline += string
            case .none: break
            }
        }

        /// The cell's value by its type attribute: s (shared string), inlineStr,
        /// str (a formula's text), b, e, d (ISO date as text), n (number).
        func value(type: String) -> CellValue {
            let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            switch type {
            case "s":
                guard let index = Int(trimmed), strings.indices.contains(index) else { return .empty }
                return .text(strings[index])
            case "inlineStr": return .text(CellText.unescaped(inline))
            case "str", "d": return raw.isEmpty ? .empty : .text(CellText.unescaped(raw))
            case "b": return trimmed.isEmpty ? .empty : .boolean(trimmed == "1" || trimmed.lowercased() == "true")
            case "e": return trimmed.isEmpty ? .empty : .error(trimmed)
            default:
                guard !trimmed.isEmpty else { return .empty }
                return Double(trimmed) == nil ? .text(trimmed) : .number(trimmed)
            }
        }

        func fail(_ reference: String, _ parser: XMLParser) {
            badReference = badReference ?? reference
            parser.abortParsing()
        }
    }
}
