import Foundation
import HummingbirdTesting
import PlanStore
import ReformPlan
import Testing
@testable import WebApp

/// The escalation ladder in the demo, through the pages, on both databases:
/// 区划地名处 has not sent September's report, and as the demo clock moves on
/// and the supervising office acts it climbs from 提醒 to 问责; every mistake
/// in a record is named and nothing is kept; the rules are changed with their
/// mistakes named; a held 问责 counts in the year-end assessment.
@Suite struct LadderFlowTests {
    static let unit = "区划地名处", climber = "养老服务处"

    static func due(_ rung: Rung) -> String { "按规则应 <span class=\"badge rung-\(rung.rawValue)\">\(rung.chineseName)</span>" }

    static func press(day: String, summary: String = "9月进展逾期未报送，请于10月8日前补报", by: String = "规划发展处",
                      step: String = "pressed", outcome: String = "") -> [String: String] {
        ["step": step, "day": day, "summary": summary, "by": by, "outcome": outcome]
    }

    @Test(arguments: DatabaseKind.underTest)
    func anOverdueUnitClimbsFromReminderToAccountabilityAsTheDemoClockMoves(_ kind: DatabaseKind) async throws {
        try await TestApp.run(kind, demoYear: true) { app, client in
            let silent = UnitRoutes.path(Self.unit), path = UnitRoutes.path(Self.climber)
            var guihua = try await Visitor.signedIn("guihua", client)
            let ladder = try await guihua.get("/ladder")
            let start = try await guihua.get(silent)
            #expect(ladder.status == .ok && ladder.body.contains(Self.unit) && ladder.body.contains("action=\"/demo/clock\""))
            #expect(start.body.contains("2019年9月进展报送") && start.body.contains("督办单督办〔2019〕3号的回复"), "what it owes, named")
            // The demo's notice to 区划地名处 went unanswered from 23 September: the case stands at 督办单, and 约谈 is next.
            #expect(start.body.contains("本轮已到 <span class=\"badge rung-3\">督办单</span>") && !start.body.contains("按规则应"))

            // Mistakes: each named, what was typed kept, nothing recorded.
            let future = try await guihua.post(silent + "/escalations", Self.press(day: "2019-10-01", summary: "请务必补报九月进展"))
            let badDay = try await guihua.post(silent + "/escalations", Self.press(day: "10月1日"))
            let noOutcome = try await guihua.post(silent + "/escalations", Self.press(day: "2019-09-30", by: "孙家同", step: "interview"))
            let noStep = try await guihua.post(silent + "/escalations", Self.press(day: "2019-09-30", step: "scold"))
            let unknown = try await guihua.post(UnitRoutes.path("不存在的处") + "/escalations", Self.press(day: "2019-09-30"))
            var yanglao = try await Visitor.signedIn("yanglao", client)
            let reporter = try await yanglao.post(path + "/escalations", Self.press(day: "2019-09-30"))
            #expect(future.status == .unprocessableContent && future.body.contains("日期2019-10-01晚于今天（2019-09-30）"))
            #expect(future.body.contains("请务必补报九月进展"), "what was typed comes back")
            #expect(badDay.status == .unprocessableContent && badDay.body.contains("不是有效日期"))
            #expect(noOutcome.status == .unprocessableContent && noOutcome.body.contains("约谈须记录结果"))
            #expect(noStep.status == .unprocessableContent && noStep.body.contains("请选择催办、约谈或问责"))
            #expect(unknown.status == .notFound)
            #expect(reporter.status == .forbidden, "a unit does not press itself")
            #expect(try await app.store.escalationRecords(planID: app.planID).isEmpty)

            let october7 = try await Self.move(&guihua, days: 7, then: silent)
            #expect(october7.body.contains(Self.due(.interview)) && october7.body.contains("督办单逾期14天未回复（规则：14天）"))
            let todo = try await guihua.get("/todo")
            #expect(todo.body.contains("跟踪督办：\(Self.unit)按规则应约谈"))
            var leader = try await Visitor.signedIn("leader", client)
            let otherLeader = try await leader.get("/todo")
            #expect(!otherLeader.body.contains("跟踪督办：\(Self.unit)"), "张明武 is not in charge of 区划地名处's projects; 孙家同 is")

            // 养老服务处 sends nothing after September: reminded before October's due day, then late, then pressed ...
            let october22 = try await Self.move(&guihua, days: 15, then: path)
            #expect(october22.body.contains("自动报送提醒") && !october22.body.contains("按规则应"))
            #expect(try await app.store.outboxMessages(recipients: [.unit(Self.climber)]).contains { $0.kind == .reportDueSoon },
                    "moving the clock ran the reminder round")
            let october28 = try await Self.move(&guihua, days: 6, then: path)
            #expect(october28.body.contains(Self.due(.pressed)) && october28.body.contains("逾期3天（规则：3天）"))
            #expect(october28.body.contains("本轮已到 <span class=\"badge rung-1\">提醒</span>"))
            let pressed = try await guihua.post(path + "/escalations", Self.press(day: "2019-10-28", summary: "10月进展逾期未报送，请尽快补报"))
            #expect(pressed.status == .seeOther)
            #expect(try await app.store.outboxMessages(recipients: [.unit(Self.climber)]).contains { $0.kind == .pressed })
            // ... then, seven days late and pressed once, a 督办单 ...
            let november1 = try await Self.move(&guihua, days: 4, then: path)
            #expect(november1.body.contains(Self.due(.notice)) && november1.body.contains("逾期7天，已催办1次（规则：7天、1次）"))
            let notice = try await guihua.post("/notices", ["project": "1", "unit": Self.climber, "reason": "10月进展逾期未报送",
                                                            "replyDue": "2019-11-06"])
            #expect(notice.status == .seeOther)
            // ... then, the notice fourteen days past its reply day, a 约谈 by the leader in charge ...
            let november20 = try await Self.move(&guihua, days: 19, then: path)
            #expect(november20.body.contains(Self.due(.interview)) && november20.body.contains("督办单逾期14天未回复（规则：14天）"))
            let leaderTodo = try await leader.get("/todo")
            #expect(leaderTodo.body.contains("跟踪督办：\(Self.climber)按规则应约谈"), "张明武 is in charge of 养老服务处's projects")
            let interviewed = try await leader.post(path + "/escalations", Self.press(
                day: "2019-11-20", summary: "10月进展逾期且督办单未回复", by: "张明武", step: "interview", outcome: "处长表态11月25日前补报并回复督办单"))
            let afterInterview = try await guihua.get(path)
            #expect(interviewed.status == .seeOther)
            #expect(afterInterview.body.contains("本轮已到 <span class=\"badge rung-5\">约谈</span>") && !afterInterview.body.contains("按规则应"))
            let own = try await yanglao.get(path)
            #expect(own.body.contains("id=\"ladder\"") && own.body.contains("处长表态11月25日前补报并回复督办单"), "the unit reads its own ladder")
            #expect(!own.body.contains("action=\"\(path)/escalations\""), "but records nothing on it")

            // ... and thirty days after the interview, still late, 问责; the office's decision counts in the assessment.
            let december20 = try await Self.move(&guihua, days: 30, then: path)
            #expect(december20.body.contains(Self.due(.accountability)) && december20.body.contains("约谈后30天仍未整改（规则：30天）"))
            _ = try await guihua.post(path + "/escalations", Self.press(day: "2019-12-20", summary: "约谈后仍未整改", by: "机关纪委",
                                                                        step: "referral"))
            let referral = try #require(try await app.store.escalationRecords(planID: app.planID).first { $0.step == .referral })
            let noHeld = try await guihua.post("/escalations/\(referral.id!)/result", ["outcome": "通报批评", "version": "1"])
            let held = try await guihua.post("/escalations/\(referral.id!)/result", ["held": "yes", "outcome": "通报批评", "version": "1"])
            let twice = try await guihua.post("/escalations/\(referral.id!)/result", ["held": "no", "outcome": "改判", "version": "2"])
            #expect(noHeld.status == .unprocessableContent && held.status == .seeOther && twice.status == .conflict)
            let score = try await guihua.get(AssessmentView.path(Self.climber))
            #expect(score.body.contains("问责记录第\(referral.id!)号"), "a held 问责 is evidence in the assessment")
            let beyond = try await guihua.post("/demo/clock", ["days": "60"])
            #expect(beyond.status == .unprocessableContent && beyond.body.contains("不能走出方案年度"))

            // Another unit's reporter sees a unit's page but not its ladder, and is sent to its own.
            let foreign = try await yanglao.get(silent)
            let ownLadder = try await yanglao.get("/ladder")
            #expect(foreign.status == .ok && !foreign.body.contains("id=\"ladder\""))
            #expect(ownLadder.status == .seeOther && ownLadder.location == path)
            let clockByReporter = try await yanglao.post("/demo/clock", ["days": "1"])
            #expect(clockByReporter.status == .forbidden)
            let actions = try await app.store.auditEntries().filter { $0.entity == "escalation" }.map(\.action)
            #expect(actions == ["escalation.result", "escalation.referral", "escalation.interview", "escalation.pressed"])
        }
    }

    /// Moves the demo clock on and opens a page as of the new day.
    static func move(_ visitor: inout Visitor, days: Int, then path: String) async throws -> Visitor.Page {
        let moved = try await visitor.post("/demo/clock", ["days": String(days)])
        #expect(moved.status == .seeOther, "moving the clock \(days) days answered \(moved.status)")
        return try await visitor.get(path)
    }

    @Test(arguments: DatabaseKind.underTest)
    func theRulesAreChangedWithEachMistakeNamedAndTheLadderFollowsThem(_ kind: DatabaseKind) async throws {
        try await TestApp.run(kind, demoYear: true) { app, client in
            var guihua = try await Visitor.signedIn("guihua", client)
            _ = try await guihua.get("/ladder/rules")
            var fields = Dictionary(uniqueKeysWithValues: EscalationRules.fields.map { ($0.key, String(EscalationRules()[keyPath: $0.path])) })
            fields["pressAfterDays"] = "三"
            let notNumber = try await guihua.post("/ladder/rules", fields)
            fields["pressAfterDays"] = "9"
            let order = try await guihua.post("/ladder/rules", fields)
            fields["pressAfterDays"] = "8"
            fields["noticeAfterDays"] = "8"
            let saved = try await guihua.post("/ladder/rules", fields)
            let page = try await guihua.get(UnitRoutes.path(Self.unit))
            var leader = try await Visitor.signedIn("leader", client)
            let byLeader = try await leader.post("/ladder/rules", fields)

            #expect(notNumber.status == .unprocessableContent && notNumber.body.contains("“逾期多少天催办”应为整数，现为“三”"))
            #expect(notNumber.body.contains("value=\"三\""), "what was typed comes back")
            #expect(order.status == .unprocessableContent && order.body.contains("下发督办单的天数不应早于催办的天数（9天）"))
            #expect(saved.status == .seeOther)
            #expect(try await app.store.escalationRules().pressAfterDays == 8)
            #expect(!page.body.contains("按规则应"), "seven days late is not yet eight")
            #expect(byLeader.status == .forbidden)
        }
    }

    @Test func theClockIsNotThereOutsideTheDemo() async throws {
        try await TestApp.run { _, client in
            var guihua = try await Visitor.signedIn("guihua", client)
            let page = try await guihua.get("/ladder")
            let moved = try await guihua.post("/demo/clock", ["days": "1"])
            #expect(!page.body.contains("action=\"/demo/clock\""))
            #expect(moved.status == .notFound)
        }
    }
}
