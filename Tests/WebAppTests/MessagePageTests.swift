import Foundation
import HummingbirdTesting
import PlanStore
import ReformPlan
import Testing
@testable import WebApp

/// The channels and the outbox through the pages: a supervisor sets up a unit's
/// channels (mistakes named, what was typed kept), a returned report and a test
/// message reach them, a unit's reporter sees only its own messages and keeps
/// only its own channels, a dead message is sent again. On both databases.
@Suite struct MessagePageTests {
    @Test(arguments: DatabaseKind.underTest)
    func aUnitsChannelsAreSetUpAndItsMessagesShownToWhoMaySeeThem(_ kind: DatabaseKind) async throws {
        try await TestApp.run(kind) { app, client in
            var guihua = try await Visitor.signedIn("guihua", client)
            _ = try await guihua.get("/channels")
            let badEmail = try await guihua.post("/channels", ["owner": "unit:养老服务处", "kind": "email", "address": "yanglao at mzj"])
            let badHook = try await guihua.post("/channels", ["owner": "unit:养老服务处", "kind": "dingtalk",
                                                               "address": "https://oapi.dingtalk.com/robot/send", "secret": "abc"])
            let email = try await guihua.post("/channels", ["owner": "unit:养老服务处", "kind": "email", "address": "yanglao@mzj.wuhan.gov.cn"])
            let twice = try await guihua.post("/channels", ["owner": "unit:养老服务处", "kind": "email", "address": "yanglao@mzj.wuhan.gov.cn"])
            let robot = try await guihua.post("/channels", ["owner": "unit:养老服务处", "kind": "dingtalk",
                                                             "address": "https://oapi.dingtalk.com/robot/send?access_token=abcdef0123456789",
                                                             "secret": "SECsecret"])
            let page = try await guihua.get("/channels")
            let test = try await guihua.post("/channels/test", ["owner": "unit:养老服务处"])
            let unknown = try await guihua.post("/channels/test", ["owner": "unit:不存在的处"])

            #expect(badEmail.status == .unprocessableContent && badEmail.body.contains("不是有效的电子邮件地址"))
            #expect(badEmail.body.contains("yanglao at mzj"), "what was typed comes back")
            #expect(badHook.status == .unprocessableContent && badHook.body.contains("access_token") && badHook.body.contains("SEC 开头"))
            #expect(email.status == .seeOther && robot.status == .seeOther)
            #expect(twice.status == .conflict && twice.body.contains("已有这个电子邮件地址"))
            #expect(page.body.contains("yanglao@mzj.wuhan.gov.cn") && page.body.contains("access_token=abcdef…"))
            #expect(!page.body.contains("SECsecret") && !page.body.contains("abcdef0123456789"), "secrets and tokens are not shown")
            #expect(test.status == .seeOther && unknown.status == .unprocessableContent)
            let tests = try await app.store.outboxMessages().filter { $0.kind == .test }
            #expect(Set(tests.map(\.channel)) == [.email, .dingtalk])
            #expect(try await app.store.auditEntries().filter { $0.entity == "channel" }.allSatisfy { !($0.after ?? "").contains("SECsecret") })

            // A report returned to 社会救助处, which has no channel: one dead message that says so.
            var report = ProgressReport(unit: "社会救助处", month: ReportMonth(year: 2019, month: 9),
                                        sections: [ProjectProgress(project: 4, completion: 50, progress: "推进")])
            for state in [ProgressReport.State.draft, .submitted] {
                report.state = state
                report = try await app.store.saveReport(report, planID: app.planID, expectedVersion: report.version, by: "jiuzhu", at: Date())
            }
            let returned = try await guihua.post("/reports/\(report.id!)/review", ["action": "return", "comment": "请补充数据"])
            let dead = try #require(try await app.store.outboxMessages(state: .dead).first { $0.kind == .reportReturned })
            let outbox = try await guihua.get("/messages?state=dead")
            var jiuzhu = try await Visitor.signedIn("jiuzhu", client)
            let own = try await jiuzhu.get("/messages")
            let foreignChannel = try await jiuzhu.post("/channels", ["owner": "unit:养老服务处", "kind": "email", "address": "x@example.gov.cn"])
            let ownChannel = try await jiuzhu.post("/channels", ["owner": "unit:社会救助处", "kind": "email", "address": "jiuzhu@example.gov.cn"])
            var yanglao = try await Visitor.signedIn("yanglao", client)
            let foreignRetry = try await yanglao.post("/messages/\(dead.id)/retry", [:])
            let retry = try await jiuzhu.post("/messages/\(dead.id)/retry", [:])
            let retryAgain = try await guihua.post("/messages/\(dead.id)/retry", [:])
            let ownTest = try await jiuzhu.post("/channels/test", ["owner": "account:jiuzhu"])
            let withOwnTest = try await jiuzhu.get("/messages")
            let foreignTest = try await jiuzhu.post("/channels/test", ["owner": "account:yanglao"])
            var viewer = try await Visitor.signedIn("viewer", client)
            let viewerPage = try await viewer.get("/messages")

            #expect(returned.status == .seeOther)
            #expect(dead.recipient == .unit("社会救助处") && dead.subject == "【退回】2019年9月改革进展报送被退回")
            #expect(outbox.body.contains("【退回】2019年9月改革进展报送被退回") && outbox.body.contains("没有可用的消息通道"))
            #expect(own.status == .ok && own.body.contains("【退回】") && !own.body.contains("【测试】"), "a unit sees its own messages only")
            #expect(foreignChannel.status == .forbidden && ownChannel.status == .seeOther)
            #expect(foreignRetry.status == .forbidden)
            #expect(retry.status == .seeOther)
            let resent = try await app.store.outboxMessages(state: .pending).filter { $0.kind == .reportReturned }
            #expect(resent.map(\.address) == ["jiuzhu@example.gov.cn"], "sent again to the channel set up since")
            #expect(retryAgain.status == .conflict, "a message sent again once is not sent again twice")
            #expect(try await app.store.outboxMessage(id: dead.id)?.state == .replaced)
            #expect(viewerPage.status == .forbidden)
            #expect(ownTest.status == .seeOther && withOwnTest.body.contains("【测试】"), "a reporter sees messages to their own account")
            #expect(foreignTest.status == .forbidden)
            let allTab = try #require(withOwnTest.body.range(of: "全部 <span class=\"count\">")).upperBound
            #expect(withOwnTest.body[allTab...].hasPrefix("3<"), "the counts are the reporter's own: the return, its resending and the test")
        }
    }
}
