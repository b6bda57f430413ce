import Foundation

/// The body of a DOCX as a reader needs it for tables: its paragraphs and
/// tables in order, each table a grid with horizontal merges (`gridSpan`) and
/// vertical merges (`vMerge`) resolved into merged ranges. A table inside a
/// cell is read as that cell's text. Headers, footers, comments and deleted
/// text are not read.
public struct WordDocument: Hashable, Sendable {
    public enum Block: Hashable, Sendable {
        case paragraph(String)
        case table(TableGrid)
    }

    /// Non-blank paragraphs and tables, in the order of the body.
    public var blocks: [Block]

    public init(blocks: [Block]) { self.blocks = blocks }

    public var tables: [TableGrid] {
        blocks.compactMap { block -> TableGrid? in
            if case let .table(grid) = block { return grid }
            return nil
        }
    }

    public static func read(_ data: Data, maxPartBytes: Int = Workbook.defaultMaxPartBytes) throws(OfficeFileError) -> WordDocument {
        let package = try OfficePackage(data: data, maxPartBytes: maxPartBytes)
        let main = try package.mainPart(usual: "word/document.xml")
        guard package.contains(main) else {
            throw package.contains("xl/workbook.xml") ? .notOfficeDocument : .missingPart(main)
        }
        return WordDocument(blocks: try DocxBodyReader.read(try package.part(main), part: main))
    }
}

/// Which kind of office file some bytes are, by their content, not their name.
public enum OfficeFileKind: String, Hashable, Sendable {
    case docx
    case xlsx

    /// nil for anything that is not a ZIP holding a Word document or an Excel
    /// workbook (a text file, a PDF, a damaged archive).
    public static func of(_ data: Data) -> OfficeFileKind? {
        guard let package = try? OfficePackage(data: data, maxPartBytes: 0) else { return nil }
        if package.contains("word/document.xml") { return .docx }
        if package.contains("xl/workbook.xml") { return .xlsx }
        return nil
    }

    /// True for bytes that start as a ZIP archive or an old OLE2 Office file
    /// does: such a file is refused with the reader's message rather than
    /// read as text.
    public static func looksLikeOfficeFile(_ data: Data) -> Bool {
        data.starts(with: [0x50, 0x4B, 0x03, 0x04]) || data.starts(with: [0x50, 0x4B, 0x05, 0x06])
            || data.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
    }
}
