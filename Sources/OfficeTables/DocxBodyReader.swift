import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Streams word/document.xml into paragraphs and tables. Only `w:t` is text,
/// so field codes (`instrText`) and deleted runs (`delText`) stay out; `tab`,
/// `br` and `cr` inside a run count as a tab and line breaks. The fallback
/// half of markup-compatibility blocks repeats what its choice says, and
/// moved-from text is the old place of a tracked move, so both are skipped.
enum DocxBodyReader {
    static func read(_ data: Data, part: String) throws(OfficeFileError) -> [WordDocument.Block] {
        let reader = Reader()
        try XMLPart.parse(data, part: part, with: reader)
        return reader.blocks
    }

    private final class Reader: NSObject, XMLParserDelegate {
        var blocks: [WordDocument.Block] = []
        var paragraphs: [String] = []
        var runDepth = 0
        var skipDepth = 0
        var inText = false
        var tableDepth = 0
        var tableCount = 0
        var table = DocxTableBuilder()
        var cellOpen = false
        var cellParagraphs: [String] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            if skipDepth > 0 || name == "Fallback" || name == "moveFrom" { skipDepth += 1; return }
            let value = XMLPart.attribute("val", in: attributes)
            switch name {
            case "p": paragraphs.append("")
            case "r": runDepth += 1
            case "t": inText = runDepth > 0 && !paragraphs.isEmpty
            case "tab" where runDepth > 0: append("\t")
            case "br", "cr": if runDepth > 0 { append("\n") }
            case "tbl":
                tableDepth += 1
                if tableDepth == 1 { table = DocxTableBuilder() }
            case "tr" where tableDepth == 1: table.startRow()
            case "gridBefore" where tableDepth == 1: table.skipColumns(Int(value ?? "") ?? 0)
            case "tc" where tableDepth == 1:
                table.startCell()
                cellOpen = true
                cellParagraphs = []
            case "gridSpan" where tableDepth == 1 && cellOpen: table.setSpan(Int(value ?? "") ?? 1)
            case "vMerge" where tableDepth == 1 && cellOpen: table.setVerticalMerge(restart: value == "restart")
            default: break
            }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if skipDepth > 0 { skipDepth -= 1; return }
            switch name {
            case "p":
                guard let text = paragraphs.popLast() else { return }
                if cellOpen { cellParagraphs.append(text) } else if !text.allSatisfy(\.isWhitespace) { blocks.append(.paragraph(text)) }
            case "r": runDepth = max(0, runDepth - 1)
            case "t": inText = false
            case "tc" where tableDepth == 1:
                table.endCell(text: cellParagraphs.joined(separator: "\n"))
                cellOpen = false
            case "tbl":
                if tableDepth == 1 {
                    tableCount += 1
                    blocks.append(.table(table.grid(name: "表格\(tableCount)")))
                }
                tableDepth = max(0, tableDepth - 1)
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inText && skipDepth == 0 { append(string) }
        }

        func append(_ text: String) {
            guard !paragraphs.isEmpty else { return }
            paragraphs[paragraphs.count - 1] += text
        }
    }
}
