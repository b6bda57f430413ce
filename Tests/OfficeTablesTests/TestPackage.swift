import Foundation
import ZIPFoundation

/// Small DOCX and XLSX packages written by hand for the reader's tests, so
/// that each test shows the exact XML it reads.
enum TestPackage {
    static func zip(_ parts: [(String, String)]) throws -> Data {
        try zipBytes(parts.map { ($0.0, Data($0.1.utf8)) })
    }

    static func zipBytes(_ parts: [(String, Data)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, bytes) in parts {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    static let sheetNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// A workbook of the given sheets (name, sheetData and anything after it).
    static func xlsx(sheets: [(name: String, xml: String)], strings: [String] = []) throws -> Data {
        let entries = sheets.enumerated().map { index, sheet in
            "<sheet name=\"\(sheet.name)\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }.joined()
        let relationships = sheets.indices.map { index in
            "<Relationship Id=\"rId\(index + 1)\" Type=\"\(relationshipNamespace)/worksheet\" Target=\"worksheets/sheet\(index + 1).xml\"/>"
        }.joined() + "<Relationship Id=\"rIdS\" Type=\"\(relationshipNamespace)/sharedStrings\" Target=\"/xl/sharedStrings.xml\"/>"
        var parts: [(String, String)] = [
            ("xl/workbook.xml", "<workbook xmlns=\"\(sheetNamespace)\" xmlns:r=\"\(relationshipNamespace)\"><sheets>\(entries)</sheets></workbook>"),
            ("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(relationships)</Relationships>"),
            ("xl/sharedStrings.xml", "<sst xmlns=\"\(sheetNamespace)\">" + strings.map { "<si>\($0)</si>" }.joined() + "</sst>"),
        ]
        for (index, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", "<worksheet xmlns=\"\(sheetNamespace)\">\(sheet.xml)</worksheet>"))
        }
        return try zip(parts)
    }

    /// A Word document whose body is `body`, with the w: prefix bound.
    static func docx(body: String) throws -> Data {
        try zip([("word/document.xml", "<w:document xmlns:w=\"\(wordNamespace)\"><w:body>\(body)</w:body></w:document>")])
    }

    /// A paragraph of one run.
    static func p(_ text: String) -> String { "<w:p><w:r><w:t>\(text)</w:t></w:r></w:p>" }

    /// A cell with paragraphs and optional cell properties.
    static func tc(_ paragraphs: [String], properties: String = "") -> String {
        "<w:tc><w:tcPr>\(properties)</w:tcPr>" + paragraphs.map(p).joined() + "</w:tc>"
    }
}
