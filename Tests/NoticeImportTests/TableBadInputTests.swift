import Foundation
import NoticeImport
import OfficialDocuments
import ReformPlan
import Testing

/// Files that look like tables and are not, each refused with a message that
/// says what is wrong and where.
@Suite struct TableBadInputTests {
    @Test func aWordDocumentWithoutATableIsRefused() throws {
        let error = Fixture.importError(try Fixture.tableData("no-table.docx"))

        #expect(error == .noTable(file: "Word文档"))
        #expect(error?.message.hasPrefix("Word文档中没有表格") == true)
    }

    @Test func aSheetWithoutARecognisableHeaderIsRefusedNamingTheSheet() throws {
        let error = Fixture.importError(try Fixture.tableData("no-header.xlsx"))

        #expect(error == .noTableHeader(tables: ["工作表“Sheet1”"]))
        #expect(error?.message.contains("工作表“Sheet1”的前30行") == true)
    }

    @Test func aDamagedArchiveIsRefusedNamingThePart() throws {
        var data = try Fixture.tableData("yunxi-2021-reform-sheet.xlsx")
        // Overwrite the middle of the archive, where the compressed sheet lies.
        let middle = data.count / 3
        data.replaceSubrange(middle..<(middle + 200), with: Data(repeating: 0x55, count: 200))

        let error = Fixture.importError(data)

        guard case let .unreadableTable(reason) = error else {
            Issue.record("expected an unreadable table, got \(String(describing: error))")
            return
        }
        #expect(reason.message.contains("“"), "names the part: \(reason.message)")
    }

    /// Found by mutating the fixtures: qingshi-2020-task-table.docx with 18
    /// bytes changed made ZIPFoundation trap reading in memory (ZipLayout).
    @Test(arguments: ["damaged-entry-offset.docx"])
    func anArchiveWhoseEntryRunsPastItsEndIsRefusedNotACrash(file: String) throws {
        let error = Fixture.importError(try Fixture.tableData(file))

        guard case .unreadableTable = error else {
            Issue.record("expected an unreadable table, got \(String(describing: error))")
            return
        }
    }

    @Test func aTruncatedArchiveIsNotReadAsText() throws {
        let data = try Fixture.tableData("qingshi-2020-task-table.docx").prefix(300)

        let error = Fixture.importError(Data(data))

        guard case .unreadableTable = error else {
            Issue.record("expected an unreadable table, got \(String(describing: error))")
            return
        }
    }

    @Test func aHeaderWithNothingUnderItIsRefused() throws {
        let empty = Plan(notice: Notice(title: "空表", issuer: "某局"), projects: [])
        let table = try ResponsibilityTable.render(empty, format: .xlsx)

        let error = Fixture.importError(table)

        #expect(error == .noTableRows(place: "工作表“责任分解表”第3行"))
    }
}
