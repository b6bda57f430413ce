import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// xl/sharedStrings.xml: the workbook's texts, which cells name by index.
/// A rich-text entry is the concatenation of its runs; phonetic guides
/// (`rPh`, furigana over Japanese text) are not part of the text.
enum SharedStrings {
    static func parse(_ data: Data, part: String) throws(OfficeFileError) -> [String] {
        let reader = Reader()
        try XMLPart.parse(data, part: part, with: reader)
        return reader.strings
    }

    private final class Reader: NSObject, XMLParserDelegate {
        var strings: [String] = []
        var current = ""
        var inText = false
        var phoneticDepth = 0

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            switch name {
            case "si": current = ""
            case "rPh": phoneticDepth += 1
            case "t": inText = phoneticDepth == 0
            default: break
            }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch name {
            case "si": strings.append(CellText.unescaped(current))
            case "rPh": phoneticDepth -= 1
            case "t": inText = false
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inText { current += string }
        }
    }
}

enum CellText {
    /// Excel writes characters XML cannot carry as "_x000D_" (carriage return)
    /// and so on; a literal "_x" is itself escaped as "_x005F_x".
    static func unescaped(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var out = ""
        var rest = Substring(text)
        while let start = rest.range(of: "_x") {
            out += rest[..<start.lowerBound]
            let after = rest[start.upperBound...]
            let hex = after.prefix(5)
            if hex.count == 5, hex.last == "_", let value = UInt32(hex.dropLast(), radix: 16),
               let scalar = Unicode.Scalar(value) {
                // A line break is stored as _x000D_ and a real LF: one break, not two.
                if scalar != "\r" { out.unicodeScalars.append(scalar) }
                rest = after.dropFirst(5)
            } else {
                out += "_x"
                rest = after
            }
        }
        out += rest
        return out
    }
}
