import Foundation
import HummingbirdTesting
import PlanStore
import ReformPlan
import Testing
@testable import WebApp

/// The monthly bulletin through the pages, on the demo year as of
/// 2019-09-30: drafted from the data, edited, issued under the next number,
/// frozen (the same bytes later), read by units with receipts, compared with
/// August's, corrected by a new bulletin. On SQLite and PostgreSQL.
@Suite struct BulletinFlowTests {
    static func id(_ page: Visitor.Page) throws -> Int64 {
        try #require(page.location?.split(separator: "/").last.flatMap { Int64($0) }, "no id in \(page.location ?? "nil")")
    }

    @Test(arguments: DatabaseKind.underTest)
    func theSupervisorDraftsEditsAndIssuesSeptembersBulletinWhichNamesTheLateUnits(_ kind: DatabaseKind) async throws {
        try await TestApp.run(kind, demoYear: true) { app, client in
            var guihua = try await Visitor.signedIn("guihua", client)
            let list = try await guihua.get("/bulletins")
            let created = try await guihua.post("/bulletins", ["month": "2019-09"])
            let id = try Self.id(created)
            let draft = try await guihua.get("/bulletins/\(id)")
            let edited = try await guihua.post("/bulletins/\(id)", ["version": "1", "opening": "九月通报，请各单位对照整改。",
                                                                    "requirements": "十月底前补齐报送。"])
            let stale = try await guihua.post("/bulletins/\(id)", ["version": "1", "opening": "过期的修改"])
            var yanglao = try await Visitor.signedIn("yanglao", client)
            let unitSeesDraft = try await yanglao.get("/bulletins/\(id)")
            let unitIssues = try await yanglao.post("/bulletins/\(id)/issue", ["version": "2"])
            let issued = try await guihua.post("/bulletins/\(id)/issue", ["version": "2", "date": "2019-10-08"])
            let again = try await guihua.post("/bulletins/\(id)/issue", ["version": "3", "date": "2019-10-09"])
            let page = try await guihua.get("/bulletins/\(id)")
            let read = try await yanglao.get("/bulletins/\(id)")
            let afterReading = try await guihua.get("/bulletins/\(id)")
            let docx = try await guihua.getData("/bulletins/\(id)/docx")
            let compare = try await guihua.get("/bulletins/\(id)/compare")

            #expect(list.body.contains("武民改办通报〔2019〕4号"), "the demo issued May to August: \(list.body.count)")
            #expect(created.status == .seeOther)
            #expect(draft.body.contains("（草稿，印发时编号）") && draft.body.contains("name=\"opening\""))
            // Named: 市低保中心 sent on the 27th, 区划地名处 nothing, 社会事务处 a draft, 基层政权 returned.
            #expect(draft.body.contains("市低保中心（9月27日报送）"), "the late unit is named with its day")
            #expect(draft.body.contains("区划地名处") && draft.body.contains("社会事务处"))
            #expect(draft.body.contains("被退回尚未重新报送1个：基层政权建设和社区治理处"))
            #expect(edited.status == .seeOther)
            #expect(stale.status == .conflict && stale.body.contains("过期的修改"), "the losing editor's words stay on the page")
            #expect(unitSeesDraft.status == .forbidden && unitIssues.status == .forbidden)
            #expect(issued.status == .seeOther)
            #expect(again.status == .conflict)
            #expect(page.body.contains("武民改办通报〔2019〕5号") && page.body.contains("九月通报，请各单位对照整改。"))
            #expect(page.body.contains("2019年10月8日"))
            #expect(read.status == .ok && afterReading.body.contains("yanglao"), "養老服务处's reading is recorded")
            let stored = try #require(try await app.store.documentFile(id: id, docx: true))
            #expect(docx == stored && docx.starts(with: [0x50, 0x4B]), "the download is the issued file")
            #expect(compare.status == .ok && compare.body.contains("2019年8月"))
            let audit = try await app.store.auditEntries().filter { $0.entity == "document" && $0.entityID == String(id) }
            #expect(audit.map(\.action) == ["document.issue", "document.edit", "document.draft"])
        }
    }

    @Test func anIssuedBulletinStaysAsIssuedWhenTheDataChangesAndACorrectionCitesIt() async throws {
        try await TestApp.run(demoYear: true) { app, client in
            var guihua = try await Visitor.signedIn("guihua", client)
            let id = try Self.id(try await guihua.post("/bulletins", ["month": "2019-09"]))
            _ = try await guihua.get("/bulletins/\(id)")
            _ = try await guihua.post("/bulletins/\(id)/issue", ["version": "1", "date": "2019-10-08"])
            let first = try await guihua.getData("/bulletins/\(id)/docx")
            let before = try await guihua.get("/bulletins/\(id)")

            // 区划地名处 reports September after all: the issued bulletin does not move.
            var report = ProgressReport(unit: "区划地名处", month: ReportMonth(year: 2019, month: 9),
                                        sections: [ProjectProgress(project: 8, completion: 70, progress: "补报")])
            report = try await app.store.saveReport(report, planID: app.planID, expectedVersion: 0, by: "quhua", at: Date())
            report.state = .submitted
            report.submittedAt = Shanghai.instant(Day(year: 2019, month: 9, day: 29), hour: 10)
            _ = try await app.store.saveReport(report, planID: app.planID, expectedVersion: report.version, by: "quhua", at: Date())
            let second = try await guihua.getData("/bulletins/\(id)/docx")
            let after = try await guihua.get("/bulletins/\(id)")
            let corrected = try await guihua.post("/bulletins/\(id)/correct", [:])
            let correctionID = try Self.id(corrected)
            let correction = try await guihua.get("/bulletins/\(correctionID)")
            _ = try await guihua.post("/bulletins/\(correctionID)/issue", ["version": "1", "date": "2019-10-12"])
            let original = try await guihua.get("/bulletins/\(id)")
            let secondDraft = try await guihua.post("/bulletins", ["month": "2019-09"])

            #expect(first == second, "re-exporting gives the same bytes")
            #expect(Self.named(before) == Self.named(after), "the issued words did not change with the data")
            #expect(correction.body.contains("本通报更正武民改办通报〔2019〕5号"))
            #expect(Self.named(correction).contains("区划地名处（9月29日报送）") && !Self.named(before).contains("9月29日"),
                    "the correction is compiled from today's data: 区划地名处 is now late, not missing")
            #expect(original.body.contains("本通报已被更正") && original.body.contains("武民改办通报〔2019〕6号"))
            #expect(secondDraft.status == .conflict && secondDraft.body.contains("已印发（武民改办通报〔2019〕6号）"),
                    "an issued month is corrected, not drafted again")
        }
    }

    @Test func badInputIsRefusedWithWhatWasWrong() async throws {
        try await TestApp.run(demoYear: true) { _, client in
            var guihua = try await Visitor.signedIn("guihua", client)
            let future = try await guihua.post("/bulletins", ["month": "2019-11"])
            let garbage = try await guihua.post("/bulletins", ["month": "九月"])
            let id = try Self.id(try await guihua.post("/bulletins", ["month": "2019-09"]))
            _ = try await guihua.get("/bulletins/\(id)")
            let badDate = try await guihua.post("/bulletins/\(id)/issue", ["version": "1", "date": "10月8日"])
            let early = try await guihua.post("/bulletins/\(id)/issue", ["version": "1", "date": "2019-09-15"])
            let typo = try await guihua.post("/bulletins/\(id)/issue", ["version": "1", "date": "2091-10-08"])
            let noVersion = try await guihua.post("/bulletins/\(id)", ["opening": "x"])
            let missing = try await guihua.get("/bulletins/99999")
            let wrongKind = try await guihua.get("/summaries/\(id)")
            let quarter = try await guihua.get("/quarters?q=5")
            #expect(future.status == .unprocessableContent && future.body.contains("已经到来的月份"))
            #expect(garbage.status == .unprocessableContent)
            #expect(badDate.status == .unprocessableContent && badDate.body.contains("10月8日"))
            #expect(early.status == .unprocessableContent && early.body.contains("期间结束后印发"))
            #expect(typo.status == .unprocessableContent, "a year's typo would freeze a wrong number for ever")
            #expect(noVersion.status == .badRequest && noVersion.body.contains("版本号"))
            #expect(missing.status == .notFound && wrongKind.status == .notFound)
            #expect(quarter.status == .badRequest && quarter.body.contains("1到4"))
        }
    }

    @Test func aUnitsToDoListCarriesTheBulletinsItHasNotRead() async throws {
        try await TestApp.run(demoYear: true) { app, client in
            // 江岸区民政局 has opened none of the demo's bulletins.
            var jiangan = try await Visitor.signedIn("jiangan", client)
            let before = try await jiangan.get("/todo")
            let august = try #require(try await app.store.supervisionDocuments(planID: app.planID, kind: .bulletin)
                .first { $0.period == "2019-08" }?.id)
            _ = try await jiangan.get("/bulletins/\(august)")
            let after = try await jiangan.get("/todo")
            #expect(before.body.contains("阅读每月通报武民改办通报〔2019〕4号"))
            #expect(!after.body.contains("武民改办通报〔2019〕4号") && after.body.contains("武民改办通报〔2019〕3号"),
                    "August's is read; July's is still waiting")
        }
    }

    @Test func issuingFromTheEditFormKeepsWhatWasTypedAndNotSaved() async throws {
        try await TestApp.run(demoYear: true) { app, client in
            var guihua = try await Visitor.signedIn("guihua", client)
            let id = try Self.id(try await guihua.post("/bulletins", ["month": "2019-09"]))
            _ = try await guihua.get("/bulletins/\(id)")
            let issued = try await guihua.post("/bulletins/\(id)/issue", ["version": "1", "date": "2019-10-08",
                                                                          "opening": "刚写、还没保存的开头。"])
            let text = try #require(try await app.store.supervisionDocument(id: id)?.issuedText)
            #expect(issued.status == .seeOther)
            #expect(text.contains("刚写、还没保存的开头。"), "the words typed in the form went out with it")
        }
    }

    @Test func aMonthIsReportedOnOnceItHasEnded() async throws {
        try await TestApp.run(demoYear: true, asOf: Day(year: 2019, month: 9, day: 20)) { _, client in
            var guihua = try await Visitor.signedIn("guihua", client)
            let september = try await guihua.post("/bulletins", ["month": "2019-09"])
            let summary = try await guihua.post("/summaries", [:])
            let august = try await guihua.post("/bulletins", ["month": "2019-08"])
            #expect(september.status == .unprocessableContent && september.body.contains("2019年9月30日之后才能起草"))
            #expect(summary.status == .seeOther, "30 June has passed")
            #expect(august.status == .conflict, "August was issued in the demo")
        }
    }

    @Test func theHalfYearSummaryIsDraftedPerProjectFromAcceptedReportsAndIssued() async throws {
        try await TestApp.run(demoYear: true) { app, client in
            var guihua = try await Visitor.signedIn("guihua", client)
            let id = try Self.id(try await guihua.post("/summaries", [:]))
            let draft = try await guihua.get("/summaries/\(id)")
            let edited = try await guihua.post("/summaries/\(id)", ["version": "1", "project_1": "智慧养老平台上线运行。"])
            let issued = try await guihua.post("/summaries/\(id)/issue", ["version": "2", "date": "2019-07-10"])
            let page = try await guihua.get("/summaries/\(id)")
            let quarter = try await guihua.get("/quarters?q=2")
            #expect(draft.body.contains("关于2019年上半年武汉市民政改革工作情况的小结"))
            #expect(draft.body.contains("name=\"project_16\""), "one passage per project")
            #expect(edited.status == .seeOther && issued.status == .seeOther)
            #expect(page.body.contains("武民改办〔2019〕1号") && page.body.contains("智慧养老平台上线运行。"))
            #expect(quarter.body.contains("2019年第二季度") && quarter.body.contains("组织推进"))
            let listed = try await app.store.supervisionDocuments(planID: app.planID, kind: .halfYear)
            #expect(listed.map(\.state) == [.issued])
        }
    }

    @Test func theAdministratorSetsTheLetterheadAndItsNumberPattern() async throws {
        try await TestApp.run(demoYear: true) { _, client in
            var admin = try await Visitor.signedIn("admin", client)
            let settings = try await admin.get("/settings")
            let fields = ["organ": "武汉市民政局改革办", "signature": "", "addressees": "各区民政局\n局机关各处室", "copiedTo": "市委改革办",
                          "printedBy": "", "bulletinNumber": "武民改〔{年}〕通报{号}号", "summaryNumber": "武民改〔{年}〕{号}号",
                          "assessmentNumber": "武民考〔{年}〕{号}号"]
            var broken = fields
            broken["bulletinNumber"] = "武民改通报{号}号"
            let refused = try await admin.post("/settings/letterhead", broken)
            let saved = try await admin.post("/settings/letterhead", fields)
            var guihua = try await Visitor.signedIn("guihua", client)
            let id = try Self.id(try await guihua.post("/bulletins", ["month": "2019-09"]))
            _ = try await guihua.get("/bulletins/\(id)")
            _ = try await guihua.post("/bulletins/\(id)/issue", ["version": "1", "date": "2019-10-08"])
            let page = try await guihua.get("/bulletins/\(id)")

            #expect(settings.body.contains("武民改办通报〔{年}〕{号}号"), "the defaults read from the plan's issuer")
            #expect(refused.status == .unprocessableContent && refused.body.contains("bulletinNumber"))
            #expect(saved.status == .seeOther)
            #expect(page.body.contains("武民改〔2019〕通报5号") && page.body.contains("武汉市民政局改革办"))
            #expect(page.body.contains("抄送：市委改革办。"))
        }
    }

    /// The paragraphs of the issued text on a page, for comparing what it says.
    static func named(_ page: Visitor.Page) -> String {
        guard let start = page.body.range(of: "二、按月报送情况") else { return "" }
        return String(page.body[start.lowerBound...].prefix(600))
    }
}
