/// Why a DOCX or XLSX file could not be read. Every case says what was wrong
/// and where (the part of the package, and the line and column of bad XML),
/// in Chinese first, for a person who uploaded the file.
public enum OfficeFileError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Not a ZIP archive at all.
    case notZip
    /// An OLE2 compound file: a .doc or .xls from before 2007.
    case legacyOffice
    /// A ZIP archive, but neither a Word document nor an Excel workbook.
    case notOfficeDocument
    /// A part the format requires is absent.
    case missingPart(String)
    /// A part failed to decompress (damaged archive) or is larger than allowed.
    case unreadablePart(String)
    case partTooLarge(String, limit: Int)
    /// A part is not well-formed XML, at this line and column.
    case badXML(part: String, line: Int, column: Int)
    /// A cell or range reference that names no cell: "A0", "ZZZZ1".
    case badReference(part: String, reference: String)

    public var message: String {
        switch self {
        case .notZip:
            "文件不是DOCX或XLSX：不是ZIP压缩包，可能已损坏或被截断。 (Not a DOCX or XLSX file: not a ZIP archive.)"
        case .legacyOffice:
            "这是旧版Word或Excel文件（.doc/.xls），请在Word、WPS或Excel中另存为.docx或.xlsx后再导入。"
                + " (A legacy .doc/.xls file: save it as .docx or .xlsx first.)"
        case .notOfficeDocument:
            "压缩包里既没有Word文档（word/document.xml）也没有Excel工作簿（xl/workbook.xml）。"
                + " (A ZIP archive, but neither a Word document nor an Excel workbook.)"
        case let .missingPart(part):
            "文件缺少部件“\(part)”，不是完整的DOCX或XLSX文件。 (The part \(part) is missing.)"
        case let .unreadablePart(part):
            "部件“\(part)”无法解压，文件已损坏。 (The part \(part) cannot be decompressed: the file is damaged.)"
        case let .partTooLarge(part, limit):
            "部件“\(part)”解压后超过\(limit / 1_048_576)MB，不予读取。 (The part \(part) is over \(limit / 1_048_576) MB uncompressed.)"
        case let .badXML(part, line, column):
            "部件“\(part)”第\(line)行第\(column)列的XML有误，文件已损坏。 (Malformed XML in \(part) at line \(line), column \(column).)"
        case let .badReference(part, reference):
            "部件“\(part)”中的单元格地址“\(reference)”无效。 (Invalid cell reference \(reference) in \(part).)"
        }
    }

    public var description: String { message }
}
