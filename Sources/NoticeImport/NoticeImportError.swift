import OfficeTables

/// Why a file could not be read as a notice or a table at all. Each case says
/// what was wrong, and where, in Chinese first, then English, for the command
/// line and the web import.
public enum NoticeImportError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case notText(byteOffset: Int)
    case noProjects
    /// A DOCX or XLSX that cannot be opened: not a ZIP, a part missing, bad XML.
    case unreadableTable(OfficeFileError)
    /// A Word document without a table, or a workbook without a worksheet.
    case noTable(file: String)
    /// Tables, but none with a header row naming the columns.
    case noTableHeader(tables: [String])
    /// A header, and no project under it.
    case noTableRows(place: String)

    public var message: String {
        switch self {
        case .empty:
            "文件为空，没有可导入的内容。 (The file is empty.)"
        case .notText(let offset):
            "文件不是文本：第\(offset)字节起无法按UTF-8或GB18030解码，可能是二进制文件。请另存为纯文本后再导入。"
                + " (Not a text file: bytes from offset \(offset) decode neither as UTF-8 nor as GB18030.)"
        case .noProjects:
            "未找到任何改革项目或任务条目（如“1.……（责任单位：……）”）。请确认文件是实施方案或任务分工通知。"
                + " (No projects or numbered responsibility items were found.)"
        case .unreadableTable(let error):
            error.message
        case .noTable(let file):
            "\(file)中没有表格，无法按责任分解表导入。 (The \(file == "Word文档" ? "document has no table" : "workbook has no worksheet").)"
        case .noTableHeader(let tables):
            "在\(tables.joined(separator: "、"))的前\(TableHeader.searchedRows)行中都没有找到表头：需要有一行同时写着项目名称（改革项目、工作任务等）"
                + "和其他列名（序号、牵头单位、责任单位、完成时限等）。 (No header row naming the columns in \(tables.joined(separator: ", ")).)"
        case .noTableRows(let place):
            "\(place)是表头，但下面没有任何改革项目。 (A header at \(place), and no project under it.)"
        }
    }

    public var description: String { message }
}
