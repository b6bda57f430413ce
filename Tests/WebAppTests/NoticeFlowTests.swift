import Foundation
import HummingbirdTesting
import PlanStore
import ReformPlan
import Testing
@testable import WebApp

@Suite struct NoticeFlowTests {
    @Test(arguments: DatabaseKind.underTest)
    func issueSignReplyClose(_ kind: DatabaseKind) async throws {
        try await TestApp.run(kind) { app, client in
            var supervisor = try await Visitor.signedIn("guihua", client)
            let form = try await supervisor.get("/notices/new?project=1")
            #expect(form.body.contains("养老服务处"))
            #expect(form.body.contains("签约部署"), "the project's phases are offered")
            let issued = try await supervisor.post("/notices", ["project": "1", "unit": "养老服务处", "phase": "1.3",
                                                                "reason": "第3阶段进度滞后", "replyDue": "2019-10-08"])
            #expect(issued.status == .seeOther)
            let notice = try #require(try await app.store.notices(planID: app.planID).first)
            #expect(notice.number == "督办〔2019〕1号")
            #expect(notice.phase == PhaseKey(stream: 1, order: 3))

            var other = try await Visitor.signedIn("jiuzhu", client)
            #expect(try await other.post("/notices/\(notice.id!)/sign", [:]).status == .forbidden, "another unit cannot sign")
            var reporter = try await Visitor.signedIn("yanglao", client)
            let todo = try await reporter.get("/todo")
            #expect(todo.body.contains("督办〔2019〕1号"), "the notice is on the unit's to-do list")
            #expect(try await reporter.post("/notices/\(notice.id!)/sign", [:]).status == .seeOther)
            #expect(try await reporter.post("/notices/\(notice.id!)/sign", [:]).status == .conflict, "signed once only")
            let empty = try await reporter.post("/notices/\(notice.id!)/reply", ["reply": "  "])
            #expect(empty.status == .unprocessableContent)
            #expect(try await reporter.post("/notices/\(notice.id!)/reply", ["reply": "已召开推进会，10月底前完成。"]).status == .seeOther)
            #expect(try await reporter.post("/notices/\(notice.id!)/close", [:]).status == .forbidden, "the unit does not close its own notice")
            #expect(try await supervisor.post("/notices/\(notice.id!)/close", ["note": "已核实"]).status == .seeOther)
            let closed = try #require(try await app.store.notice(id: notice.id!)).notice
            #expect(closed.state == .closed)
            #expect(closed.reply == "已召开推进会，10月底前完成。")
            #expect(closed.signedBy == "yanglao")
        }
    }

    @Test func escalationGoesToTheLeaderInCharge() async throws {
        try await TestApp.run { app, client in
            var supervisor = try await Visitor.signedIn("guihua", client)
            _ = try await supervisor.post("/notices", ["project": "1", "unit": "养老服务处", "reason": "未按期推进", "replyDue": "2019-10-08"])
            let notice = try #require(try await app.store.notices(planID: app.planID).first)
            #expect(try await supervisor.post("/notices/\(notice.id!)/escalate", [:]).status == .seeOther)
            let escalated = try #require(try await app.store.notice(id: notice.id!)).notice
            #expect(escalated.state == .escalated)
            #expect(escalated.escalatedTo == "张明武", "project 1's leader in charge")
            var leader = try await Visitor.signedIn("leader", client)
            #expect(try await leader.get("/todo").body.contains("提级督办"))
        }
    }

    @Test func badNoticesAreRefusedFieldByField() async throws {
        try await TestApp.run { app, client in
            var supervisor = try await Visitor.signedIn("guihua", client)
            let wrongUnit = try await supervisor.post("/notices", ["project": "1", "unit": "社会救助处", "reason": "x", "replyDue": "2019-10-08"])
            #expect(wrongUnit.status == .unprocessableContent)
            #expect(wrongUnit.body.contains("请选择负责项目1的单位"))
            let past = try await supervisor.post("/notices", ["project": "1", "unit": "养老服务处", "reason": "x", "replyDue": "2019-09-01"])
            #expect(past.body.contains("早于今天"))
            let badDate = try await supervisor.post("/notices", ["project": "1", "unit": "养老服务处", "reason": "x", "replyDue": "10月8日"])
            #expect(badDate.body.contains("yyyy-mm-dd"))
            #expect(badDate.body.contains("x"), "what was typed is kept")
            let phase = try await supervisor.post("/notices", ["project": "1", "unit": "养老服务处", "phase": "2.1", "reason": "x", "replyDue": "2019-10-08"])
            #expect(phase.body.contains("所选阶段不属于项目1"))
            #expect(try await app.store.notices(planID: app.planID).isEmpty)
        }
    }
}
