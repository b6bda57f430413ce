import Foundation
import HummingbirdTesting
import PlanStore
import ReformPlan
import Testing
@testable import WebApp

@Suite struct ReportFlowTests {
    /// 养老服务处 answers for projects 1, 10 and 12 in the reference plan.
    static let eldercareProjects = [1, 10, 12]

    static func filled(_ action: String, extra: [String: String] = [:], version: Int = 0) -> [String: String] {
        var fields = ["month": "2019-09", "version": String(version), "action": action]
        for n in eldercareProjects {
            fields["p\(n)_completion"] = "60"
            fields["p\(n)_progress"] = "项目\(n)本月完成调研。"
        }
        fields["p1_phase_1_3"] = "80"
        fields["p1_ind_0"] = "65"
        return fields.merging(extra) { $1 }
    }

    @Test(arguments: DatabaseKind.underTest)
    func draftSubmitReturnResubmitAccept(_ kind: DatabaseKind) async throws {
        try await TestApp.run(kind) { app, client in
            var reporter = try await Visitor.signedIn("yanglao", client)
            let form = try await reporter.get("/report")
            #expect(form.status == .ok)
            for n in Self.eldercareProjects { #expect(form.body.contains("name=\"p\(n)_progress\""), "section for project \(n)") }
            #expect(!form.body.contains("name=\"p4_progress\""), "no section for 社会救助处's project 4")

            let saved = try await reporter.post("/report", Self.filled("save"))
            #expect(saved.status == .seeOther)
            var stored = try #require(try await app.store.report(planID: app.planID, unit: "养老服务处", month: ReportMonth(year: 2019, month: 9)))
            #expect(stored.state == .draft)
            #expect(stored.section(for: 1)?.phases == [PhaseCompletion(stream: 1, order: 3, percent: 80)])
            #expect(stored.section(for: 1)?.indicatorValues.first?.value == 65)

            let submitted = try await reporter.post("/report", Self.filled("submit", version: stored.version))
            #expect(submitted.status == .seeOther)
            stored = try #require(try await app.store.report(planID: app.planID, unit: "养老服务处", month: ReportMonth(year: 2019, month: 9)))
            #expect(stored.state == .submitted)
            #expect(stored.late, "submitted on 09-30, after the 25th")
            #expect(stored.submittedBy == "yanglao")

            var supervisor = try await Visitor.signedIn("guihua", client)
            let queue = try await supervisor.get("/review")
            #expect(queue.body.contains("/reports/\(stored.id!)"))
            let noComment = try await supervisor.post("/reports/\(stored.id!)/review", ["action": "return"])
            #expect(noComment.status == .unprocessableContent)
            #expect(noComment.body.contains("退回时请填写审核意见"))
            let returned = try await supervisor.post("/reports/\(stored.id!)/review", ["action": "return", "comment": "请补充第3阶段完成情况。"])
            #expect(returned.status == .seeOther)

            let again = try await reporter.get("/report")
            #expect(again.body.contains("请补充第3阶段完成情况。"), "the unit sees the comment on its form")
            #expect(again.body.contains("已退回"))
            stored = try #require(try await app.store.report(planID: app.planID, unit: "养老服务处", month: ReportMonth(year: 2019, month: 9)))
            let resubmitted = try await reporter.post("/report", Self.filled("submit", extra: ["p1_phase_1_3": "100"], version: stored.version))
            #expect(resubmitted.status == .seeOther)

            stored = try #require(try await app.store.report(planID: app.planID, unit: "养老服务处", month: ReportMonth(year: 2019, month: 9)))
            #expect(try await supervisor.post("/reports/\(stored.id!)/review", ["action": "accept"]).status == .seeOther)
            stored = try #require(try await app.store.report(planID: app.planID, unit: "养老服务处", month: ReportMonth(year: 2019, month: 9)))
            #expect(stored.state == .accepted)
            #expect(stored.reviewedBy == "guihua")

            // Accepted: no more changes.
            let late = try await reporter.post("/report", Self.filled("save", version: stored.version))
            #expect(late.status == .conflict)
            let dashboard = try await supervisor.get("/projects/1")
            #expect(dashboard.body.contains("60%"))
        }
    }

    @Test func lastMonthsSubmittedFiguresStandBesideTheFields() async throws {
        try await TestApp.run { app, client in
            var august = ProgressReport(unit: "养老服务处", month: ReportMonth(year: 2019, month: 8),
                                        sections: [ProjectProgress(project: 1, completion: 55, progress: "八月完成签约",
                                                                   phases: [PhaseCompletion(stream: 1, order: 3, percent: 70)],
                                                                   indicatorValues: [IndicatorValue(indicator: "社区养老服务设施社会化运营率", value: 61)])])
            august = try await app.store.saveReport(august, planID: app.planID, expectedVersion: 0, by: "yanglao", at: Date())
            var reporter = try await Visitor.signedIn("yanglao", client)
            #expect(!(try await reporter.get("/report")).body.contains("上月（2019-08）"), "a draft is not shown as last month's figures")
            august.state = .submitted
            _ = try await app.store.saveReport(august, planID: app.planID, expectedVersion: august.version, by: "yanglao", at: Date())
            let form = try await reporter.get("/report")
            #expect(form.body.contains("上月（2019-08）：完成度 55% · 八月完成签约"))
            #expect(form.body.contains("上月 70%"), "the phase's figure")
            #expect(form.body.contains("上月 61"), "the indicator's figure")
        }
    }

    @Test func aReporterCannotReportForAnotherUnitsProject() async throws {
        try await TestApp.run { app, client in
            var reporter = try await Visitor.signedIn("yanglao", client)
            let page = try await reporter.post("/report", Self.filled("save", extra: ["p4_progress": "替社会救助处报送", "p4_completion": "90"]))
            #expect(page.status == .forbidden)
            #expect(page.body.contains("不负责项目4"))
            #expect(try await app.store.reports(planID: app.planID).isEmpty, "nothing stored")
        }
    }

    @Test func badValuesAreNamedAndWhatWasTypedIsKept() async throws {
        try await TestApp.run { app, client in
            var reporter = try await Visitor.signedIn("yanglao", client)
            let page = try await reporter.post("/report", Self.filled("save", extra: ["p1_completion": "120", "p1_ind_0": "七十"]))
            #expect(page.status == .unprocessableContent)
            #expect(page.body.contains("项目1完成度“120”应为0到100之间的整数"))
            #expect(page.body.contains("“七十”不是非负数字"))
            #expect(page.body.contains("项目10本月完成调研。"), "typed text is shown again")
            #expect(page.body.contains("aria-invalid=\"true\""))
            #expect(try await app.store.reports(planID: app.planID).isEmpty)
            let empty = try await reporter.post("/report", Self.filled("submit", extra: ["p12_progress": ""]))
            #expect(empty.status == .unprocessableContent)
            #expect(empty.body.contains("项目12的“本月进展”未填写"))
            let future = try await reporter.post("/report", Self.filled("save", extra: ["month": "2019-10"]))
            #expect(future.status == .badRequest)
        }
    }

    @Test func twoEditorsDoNotSilentlyOverwriteEachOther() async throws {
        try await TestApp.run { app, client in
            var first = try await Visitor.signedIn("yanglao", client)
            var second = try await Visitor.signedIn("yanglao", client)
            #expect(try await first.post("/report", Self.filled("save")).status == .seeOther)
            // The second editor opened the form before the first saved: version 0.
            let clash = try await second.post("/report", Self.filled("save", extra: ["p1_progress": "第二人的内容"], version: 0))
            #expect(clash.status == .conflict)
            #expect(clash.body.contains("已修改了这份报送"))
            #expect(clash.body.contains("第二人的内容"), "the second editor's text is still on the page")
            let stored = try #require(try await app.store.report(planID: app.planID, unit: "养老服务处", month: ReportMonth(year: 2019, month: 9)))
            #expect(stored.section(for: 1)?.progress == "项目1本月完成调研。", "the first save stands")
        }
    }

    @Test func attachmentsAreCheckedByContentAndGuarded() async throws {
        try await TestApp.run { app, client in
            var reporter = try await Visitor.signedIn("yanglao", client)
            let fake = try await reporter.postMultipart("/report", Self.filled("save"),
                                                        files: [("p1_file", "报告.pdf", Data("MZ\u{90}\u{0}this is a program".utf8))])
            #expect(fake.status == .unprocessableContent)
            #expect(fake.body.contains("不是PDF"))
            #expect(try await app.store.reports(planID: app.planID).isEmpty)
            let pdf = Data("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".utf8)
            let saved = try await reporter.postMultipart("/report", Self.filled("save"), files: [("p1_file", "进展材料.pdf", pdf)])
            #expect(saved.status == .seeOther)
            let report = try #require(try await app.store.report(planID: app.planID, unit: "养老服务处", month: ReportMonth(year: 2019, month: 9)))
            let attachment = try #require(try await app.store.attachments(reportID: report.id!).first)
            #expect(attachment.mediaType == "application/pdf")
            #expect(attachment.fileName == "进展材料.pdf")
            #expect(try await reporter.get("/attachments/\(attachment.id)").body.hasPrefix("%PDF"))
            // A draft's attachment is not for another unit's eyes.
            var other = try await Visitor.signedIn("jiuzhu", client)
            #expect(try await other.get("/attachments/\(attachment.id)").status == .forbidden)
            #expect(try await other.get("/report?unit=养老服务处".addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed)!).status == .forbidden)
        }
    }
}
