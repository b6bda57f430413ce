import Foundation
import HummingbirdTesting
import NoticeImport
import OfficialDocuments
import PlanStore
import ReformPlan
import Testing
@testable import WebApp

/// The import page takes a responsibility table as well as a notice: the
/// upload is told by its bytes, not its name.
@Suite struct TableImportTests {
    @Test func anUploadedXlsxTableIsPreviewedByRowAndLoadedAsANewPlan() async throws {
        try await TestApp.run { app, client in
            var supervisor = try await Visitor.signedIn("guihua", client)
            let plan = try NoticeImporter.importNotice(data: try ImportTests.referenceNotice)
            let table = try ResponsibilityTable.render(plan, format: .xlsx)

            let preview = try await supervisor.postMultipart("/import", [:], files: [("notice", "分解表.dat", table)])

            #expect(preview.status == .ok)
            #expect(preview.body.contains("2019年市民政局改革要点责任分解表"))
            #expect(preview.body.contains("深化婚姻登记改革试点"))
            #expect(preview.body.contains("id=\"L4\""), "the source is the sheet, a row a line")
            let planText = try #require(ImportTests.textarea(named: "plan", in: preview.body))
            let done = try await supervisor.post("/import/confirm", ["plan": planText])
            #expect(done.status == .ok)
            #expect(done.body.contains("created"), "the table's title is not the notice's: a plan of its own")
            let titles = try await app.store.plans().map(\.title)
            #expect(titles.contains("2019年市民政局改革要点责任分解表"))
        }
    }

    @Test func aDamagedOrHeaderlessTableIsRefusedWithWhereItWentWrong() async throws {
        try await TestApp.run { _, client in
            var supervisor = try await Visitor.signedIn("guihua", client)
            let docx = try ResponsibilityTable.render(try NoticeImporter.importNotice(data: try ImportTests.referenceNotice), format: .docx)
            let empty = try ResponsibilityTable.render(Plan(notice: Notice(title: "空表")), format: .xlsx)

            let damaged = try await supervisor.postMultipart("/import", [:], files: [("notice", "分解表.docx", Data(docx.prefix(400)))])
            let headerOnly = try await supervisor.postMultipart("/import", [:], files: [("notice", "空表.xlsx", empty)])

            #expect(damaged.status == .unprocessableContent)
            #expect(damaged.body.contains("分解表.docx"))
            #expect(headerOnly.status == .unprocessableContent)
            #expect(headerOnly.body.contains("工作表“责任分解表”第2行是表头"))
        }
    }
}
