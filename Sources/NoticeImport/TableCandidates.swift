import Foundation
import OfficeTables

/// The tables of a file that might be the responsibility table, in order:
/// every table of a Word document with the paragraphs around it, or every
/// sheet of a workbook. The file's kind is told by its content.
enum TableCandidates {
    struct Candidate {
        var grid: TableGrid
        var kind: TableSource.Kind
        /// Paragraphs between the previous table (or the start) and this one.
        var before: [String] = []
        /// Paragraphs after this table, up to the next one.
        var after: [String] = []

        /// A title when nothing above the table gives one: the sheet's name
        /// unless it is a default one ("Sheet1", "工作表1").
        var fallbackTitle: String {
            let name = grid.name
            let isDefault = kind == .wordTable || ["Sheet", "sheet", "工作表"].contains { name.hasPrefix($0) && name.dropFirst($0.count).allSatisfy(\.isNumber) }
            return isDefault ? "未命名责任分解表" : name
        }
    }

    /// A responsibility table is a few hundred rows of a dozen columns; a
    /// sheet reaching further is read this far, which is said in a finding.
    static let maxRows = 5_000
    static let maxColumns = 100

    static func read(_ data: Data) throws(NoticeImportError) -> [Candidate] {
        do {
            if OfficeFileKind.of(data) == .docx {
                let candidates = fromDocument(try WordDocument.read(data))
                if candidates.isEmpty { throw NoticeImportError.noTable(file: "Word文档") }
                return candidates
            }
            // Anything else is read as a workbook, whose reader says what is wrong with it.
            let sheets = try Workbook.read(data).sheets.map { Candidate(grid: $0, kind: .sheet) }
            if sheets.isEmpty { throw NoticeImportError.noTable(file: "Excel工作簿") }
            return sheets
        } catch let error as OfficeFileError {
            throw .unreadableTable(error)
        } catch let error as NoticeImportError {
            throw error
        } catch {
            throw .unreadableTable(.notZip)
        }
    }

    static func fromDocument(_ document: WordDocument) -> [Candidate] {
        var candidates: [Candidate] = []
        var paragraphs: [String] = []
        for block in document.blocks {
            switch block {
            case let .paragraph(text):
                paragraphs.append(text)
            case let .table(grid):
                if !candidates.isEmpty { candidates[candidates.count - 1].after = paragraphs }
                candidates.append(Candidate(grid: grid, kind: .wordTable, before: paragraphs))
                paragraphs = []
            }
        }
        if !candidates.isEmpty { candidates[candidates.count - 1].after = paragraphs }
        return candidates
    }
}
