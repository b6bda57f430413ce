import Foundation
import HummingbirdTesting
import PlanStore
import ReformPlan
import Testing
@testable import WebApp

/// The year-end assessment through the pages, on the demo year as of
/// 2019-09-30: every unit ranked with itemised, evidence-linked scores; a
/// what-if on one weight shows who moves; adjustments need a reason; a bad
/// scheme file is refused by line; publishing opens the objection window,
/// a unit objects and the supervisor answers. On SQLite and PostgreSQL.
@Suite struct AssessmentPageTests {
    @Test(arguments: DatabaseKind.underTest)
    func everyUnitIsRankedWithItemisedScoresAndAWhatIfShowsWhoMoves(_ kind: DatabaseKind) async throws {
        try await TestApp.run(kind, demoYear: true) { app, client in
            var guihua = try await Visitor.signedIn("guihua", client)
            let ranking = try await guihua.get("/assessment")
            let unit = try await guihua.get(AssessmentView.path("基层政权建设和社区治理处"))
            let whatIf = try await guihua.post("/assessment/whatif", ["weight_reports": "60", "weight_phases": "10"])
            let badNumber = try await guihua.post("/assessment/whatif", ["weight_reports": "六十"])

            let offices = ["养老服务处", "基层政权建设和社区治理处", "社会组织管理和党建工作处", "社会救助处", "市低保中心", "区划地名处", "社会事务处"]
            for office in offices { #expect(ranking.body.contains(">\(office)</a>"), "\(office) is ranked") }
            #expect(ranking.body.contains("江岸区民政局") && ranking.body.contains("新洲区民政局"), "the thirteen district bureaus too")
            #expect(ranking.body.contains("局机关处室和直属单位") && ranking.body.contains("各区民政局和功能区"))
            #expect(unit.body.contains("按时报送进展") || unit.body.contains("报送"))
            #expect(unit.body.contains("href=\"/reports/"), "each report counted links to the report")
            #expect(unit.body.contains("被通报") && unit.body.contains("武民改办通报〔2019〕"),
                    "the bulletins that named it are deductions with their numbers")
            #expect(whatIf.status == .ok && whatIf.body.contains("模拟得分"))
            #expect(whatIf.body.contains("由第") || whatIf.body.contains("名次没有变化"))
            #expect(whatIf.body.contains("name=\"yaml\""), "the proposed scheme can be adopted as it is")
            #expect(badNumber.status == .unprocessableContent && badNumber.body.contains("六十"))
            _ = app
        }
    }

    @Test func adjustmentsNeedAReasonAndTheSchemeIsVersionedWithItsProblemsByLine() async throws {
        try await TestApp.run(demoYear: true) { app, client in
            var guihua = try await Visitor.signedIn("guihua", client)
            let path = AssessmentView.path("社会救助处")
            _ = try await guihua.get(path)
            let noReason = try await guihua.post(path + "/adjust", ["points": "-1.5"])
            let adjusted = try await guihua.post(path + "/adjust", ["points": "-1.5", "reason": "9月数据经核实有误"])
            let event = try await guihua.post(path + "/events", ["kind": "provincialCommendation", "date": "2019-09-20",
                                                                 "description": "全省社会救助工作先进集体"])
            let unitPage = try await guihua.get(path)
            let scheme = try await guihua.get("/assessment/scheme")
            let broken = try await guihua.post("/assessment/scheme", ["yaml": "name: 考核\nyear: 2019\nitems:\n  - key: a\n    wieght: 10\n",
                                                                      "note": "试改"])
            let noNote = try await guihua.post("/assessment/scheme", ["yaml": "name: x"])
            var yanglao = try await Visitor.signedIn("yanglao", client)
            let other = try await yanglao.get(path)
            let own = try await yanglao.get("/assessment")

            #expect(noReason.status == .unprocessableContent && noReason.body.contains("理由"))
            #expect(adjusted.status == .seeOther && event.status == .seeOther)
            #expect(unitPage.body.contains("9月数据经核实有误") && unitPage.body.contains("-1.5"))
            #expect(unitPage.body.contains("全省社会救助工作先进集体"))
            #expect(scheme.body.contains("reportsOnTime"), "the scheme file is shown")
            #expect(broken.status == .unprocessableContent && broken.body.contains("wieght") && broken.body.contains("行"))
            #expect(noNote.status == .unprocessableContent && noNote.body.contains("修改说明"))
            #expect(try await app.store.assessmentSchemes(planID: app.planID).isEmpty, "nothing adopted from a bad file")
            #expect(other.status == .forbidden, "a unit sees only its own score")
            #expect(own.status == .seeOther && own.location == AssessmentView.path("养老服务处"))
        }
    }

    @Test func publishingOpensTheObjectionWindowAndTheSupervisorAnswers() async throws {
        try await TestApp.run(demoYear: true) { app, client in
            var yanglao = try await Visitor.signedIn("yanglao", client)
            let path = AssessmentView.path("养老服务处")
            _ = try await yanglao.get(path)
            let early = try await yanglao.post(path + "/objections", ["text": "还没公布"])
            var guihua = try await Visitor.signedIn("guihua", client)
            _ = try await guihua.get("/assessment")
            let published = try await guihua.post("/assessment/publish", [:])
            let result = try await guihua.get(try #require(published.location))
            _ = try await yanglao.get(path)
            let objected = try await yanglao.post(path + "/objections", ["text": "8月报告按时报送，请核实。"])
            let id = try #require(try await app.store.objections(planID: app.planID).first?.id)
            _ = try await guihua.get(path)
            let answered = try await guihua.post("/assessment/objections/\(id)/answer", ["answer": "经核实，维持原分。"])
            let again = try await guihua.post("/assessment/objections/\(id)/answer", ["answer": "再答"])
            let page = try await yanglao.get(path)
            let twice = try await guihua.post("/assessment/publish", [:])
            let nobody = try await guihua.post(AssessmentView.path("不存在的处") + "/adjust", ["points": "1", "reason": "试"])

            #expect(early.status == .conflict && early.body.contains("尚未公布"))
            #expect(published.status == .seeOther)
            #expect(result.body.contains("武民改办考〔2019〕1号") && result.body.contains("考核结果的通报"))
            #expect(objected.status == .seeOther && answered.status == .seeOther && again.status == .conflict)
            #expect(page.body.contains("经核实，维持原分。") && page.body.contains("2019年10月7日"), "the window closes 7 days after")
            #expect(twice.status == .conflict && twice.body.contains("不能重复公布"))
            #expect(nobody.status == .notFound && nobody.body.contains("不存在的处"))
        }
    }
}
