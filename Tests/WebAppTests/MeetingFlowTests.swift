import Foundation
import HummingbirdTesting
import OfficeTables
import PlanStore
import ReformPlan
import Testing
@testable import WebApp

/// Meetings and special inspections through the pages, on both databases: a
/// quarterly dispatch meeting with its agenda proposed from what lags, its
/// decisions on the owners' to-do lists until the office closes them; an
/// inspection's rectification items tracked to closure and its report as a
/// DOCX. Every mistake is named, and nothing of a refused form is kept.
@Suite struct MeetingFlowTests {
    static func id(_ page: Visitor.Page) throws -> Int64 {
        try #require(page.location?.split(separator: "/").last.flatMap { Int64($0.split(separator: "#")[0]) })
    }

    static let meetingForm = ["kind": "quarterlyDispatch", "title": "2019年第三季度改革工作调度会", "day": "2019-10-08", "start": "09:30",
                              "duration": "120", "place": "局三楼会议室", "chair": "李国汉", "attendees": "养老服务处\n社会救助处\n局领导班子成员",
                              "agenda": "调度项目1\n研究部署下一阶段工作"]

    @Test(arguments: DatabaseKind.underTest)
    func aQuarterlyMeetingsDecisionsReachTheOwnersToDoListsUntilClosed(_ kind: DatabaseKind) async throws {
        try await TestApp.run(kind, demoYear: true) { app, client in
            var guihua = try await Visitor.signedIn("guihua", client)
            let form = try await guihua.get("/meetings")
            #expect(form.body.contains("调度项目") && form.body.contains("研究部署下一阶段工作"), "the agenda is proposed from what lags")

            var bad = Self.meetingForm
            (bad["start"], bad["agenda"]) = ("9点半", " \n ")
            let refused = try await guihua.post("/meetings", bad)
            #expect(refused.status == .unprocessableContent && refused.body.contains("开始时间“9点半”应写成 09:30"))
            bad["start"] = "09:30"
            let noAgenda = try await guihua.post("/meetings", bad)
            #expect(noAgenda.status == .unprocessableContent && noAgenda.body.contains("请至少列出一项议程"))
            #expect(noAgenda.body.contains("2019年第三季度改革工作调度会"), "what was typed comes back")
            #expect(try await app.store.meetings(planID: app.planID).map(\.title) == ["【演示】2019年第二季度改革工作调度会"], "only the demo's")

            let created = try await guihua.post("/meetings", Self.meetingForm)
            let meeting = try Self.id(created)
            let called = try await app.store.outboxMessages().filter { $0.kind == .meetingCalled }.map(\.recipient)
            #expect(Set(called) == [.unit("养老服务处"), .unit("社会救助处")], "the units invited are told; 局领导班子成员 is no unit")
            let ics = try await guihua.get("/meetings/\(meeting)/calendar.ics")
            #expect(ics.status == .ok && ics.headers[.contentType] == "text/calendar; charset=utf-8")
            #expect(ics.body.contains("DTSTART;TZID=Asia/Shanghai:20191008T093000") && ics.body.contains("UID:meeting-\(meeting)@127.0.0.1"), "the server's host in the UID")

            let path = "/meetings/\(meeting)/actions"
            let badDay = try await guihua.post(path, ["title": "补齐社区养老服务设施建设台账", "unit": "养老服务处", "due": "下月"])
            let noUnit = try await guihua.post(path, ["title": "补齐社区养老服务设施建设台账", "unit": "", "due": "2019-10-31"])
            let past = try await guihua.post(path, ["title": "补齐社区养老服务设施建设台账", "unit": "养老服务处", "due": "2019-09-01"])
            #expect(badDay.status == .unprocessableContent && badDay.body.contains("完成期限“下月”不是有效日期"))
            #expect(noUnit.status == .unprocessableContent && noUnit.body.contains("不是本方案的单位"))
            #expect(past.status == .unprocessableContent && past.body.contains("完成期限2019-09-01早于今天（2019-09-30）"))
            _ = try await guihua.post(path, ["title": "补齐社区养老服务设施建设台账", "unit": "养老服务处", "due": "2019-10-31"])
            _ = try await guihua.post(path, ["title": "报送支出型贫困救助办法送审稿", "unit": "社会救助处", "due": "2019-10-02"])
            let actions = try await app.store.actions(planID: app.planID, source: .meeting(meeting))
            #expect(actions.map(\.unit) == ["社会救助处", "养老服务处"], "soonest due first")
            let ledger = try #require(actions.first { $0.unit == "养老服务处" }?.id)

            var yanglao = try await Visitor.signedIn("yanglao", client)
            #expect(try await yanglao.get("/todo").body.contains("办理会议决定事项：补齐社区养老服务设施建设台账"))
            #expect(try await guihua.get("/").body.contains("补齐社区养老服务设施建设台账"), "on the dashboard")
            var jiuzhu = try await Visitor.signedIn("jiuzhu", client)
            let foreign = try await jiuzhu.post("/actions/\(ledger)/report", ["text": "不是我们的事项", "version": "1"])
            let empty = try await yanglao.post("/actions/\(ledger)/report", ["text": "好", "version": "1"])
            let reported = try await yanglao.post("/actions/\(ledger)/report", ["text": "台账已补齐，见武民养〔2019〕12号", "version": "1"])
            #expect(foreign.status == .forbidden && empty.status == .unprocessableContent && reported.status == .seeOther)
            #expect(try await guihua.get("/todo").body.contains("核实销号：养老服务处报告办结“补齐社区养老服务设施建设台账”"))
            let sentBack = try await guihua.post("/actions/\(ledger)/sendback", ["text": "台账缺江岸区3个站点", "version": "2"])
            #expect(sentBack.status == .seeOther)
            #expect(try await yanglao.get("/todo").body.contains("办理会议决定事项：补齐社区养老服务设施建设台账"), "back on its list")
            #expect(try await app.store.outboxMessages(recipients: [.unit("养老服务处")]).contains { $0.kind == .actionReturned })
            _ = try await yanglao.post("/actions/\(ledger)/report", ["text": "已补齐江岸区3个站点", "version": "3"])
            let stale = try await guihua.post("/actions/\(ledger)/close", ["text": "现场核实无误", "version": "3"])
            let closed = try await guihua.post("/actions/\(ledger)/close", ["text": "现场核实无误", "version": "4"])
            #expect(stale.status == .conflict && closed.status == .seeOther)
            #expect(!(try await yanglao.get("/todo").body.contains("补齐社区养老服务设施建设台账")), "closed: off the list")
            let page = try await guihua.get("/meetings/\(meeting)")
            #expect(page.body.contains("已销号") && page.body.contains("已补齐江岸区3个站点"))

            var minutes = Self.meetingForm
            (minutes["minutes"], minutes["version"]) = ("会议听取了各项目推进情况汇报，明确了下一阶段任务。", "1")
            let saved = try await guihua.post("/meetings/\(meeting)", minutes)
            let again = try await guihua.post("/meetings/\(meeting)", minutes)
            #expect(saved.status == .seeOther && again.status == .conflict)
            (minutes["minutes"], minutes["version"]) = (String(repeating: "纪", count: 20001), "2")
            let tooLong = try await guihua.post("/meetings/\(meeting)", minutes)
            #expect(tooLong.status == .unprocessableContent && tooLong.body.contains("会议纪要不超过20000字"))
            #expect(tooLong.body.contains(String(repeating: "纪", count: 100)), "what was typed comes back")
            #expect(try await app.store.outboxMessages().filter { $0.subject.hasPrefix("【会议变更】") }.isEmpty, "the minutes moved nothing")
            (minutes["minutes"], minutes["place"]) = ("会议听取了各项目推进情况汇报，明确了下一阶段任务。", "局五楼会议室")
            _ = try await guihua.post("/meetings/\(meeting)", minutes)
            let moved = try await app.store.outboxMessages().filter { $0.subject.hasPrefix("【会议变更】") }.map(\.recipient)
            #expect(Set(moved) == [.unit("养老服务处"), .unit("社会救助处")], "a new place: the invited are told again")
            #expect(try await app.store.meeting(id: meeting)?.place == "局五楼会议室")
            let byReporter = try await yanglao.post("/meetings", Self.meetingForm)
            #expect(byReporter.status == .forbidden)

            // The reminder round: 社会救助处's decision falls due in two days.
            try await ReminderRound(store: app.store, thresholds: app.settings.thresholds).run(today: TestApp.asOf)
            let due = try await app.store.outboxMessages(recipients: [.unit("社会救助处")]).filter { $0.kind == .actionDue }
            #expect(due.count >= 1 && due[0].subject.contains("还有2天到期"))
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func anInspectionsRectificationItemsAreTrackedToClosureAndItsReportIsADocument(_ kind: DatabaseKind) async throws {
        try await TestApp.run(kind, demoYear: true) { app, client in
            var guihua = try await Visitor.signedIn("guihua", client)
            _ = try await guihua.get("/inspections")
            let wrong = try await guihua.post("/inspections", ["title": "养老服务设施专项督查", "theme": "社区养老服务设施建设进度",
                                                               "project": "1", "team": "", "startOn": "2019-09-30", "endOn": "2019-09-20"])
            #expect(wrong.status == .unprocessableContent && wrong.body.contains("请列出督查组成员") && wrong.body.contains("结束日期2019-09-20早于开始日期2019-09-30"))
            #expect(wrong.body.contains("value=\"1\" checked"), "the chosen project stays chosen")
            let created = try await guihua.post("/inspections", ["title": "养老服务设施专项督查", "theme": "社区养老服务设施建设进度",
                                                                 "project": "1", "unit": "社会事务处", "team": "规划发展处 王明（组长）\n养老服务处 李强",
                                                                 "startOn": "2019-09-20", "endOn": "2019-09-30"])
            let inspection = try Self.id(created)
            let path = "/inspections/\(inspection)/findings"
            let outside = try await guihua.post(path, ["unit": "区划地名处", "text": "地名标牌未按期更换。"])
            let pastItem = try await guihua.post(path, ["unit": "养老服务处", "text": "3个新建站点未按期投入运营。",
                                                        "item1": "3个站点投入运营", "due1": "2019-09-01"])
            #expect(outside.status == .unprocessableContent && outside.body.contains("“区划地名处”不在本次督查的范围内"))
            #expect(pastItem.status == .unprocessableContent && pastItem.body.contains("第1项整改事项：完成期限2019-09-01早于今天"))
            #expect(try await app.store.findings(inspectionID: inspection).isEmpty, "nothing of a refused finding is kept")
            let recorded = try await guihua.post(path, ["unit": "养老服务处", "text": "3个新建站点未按期投入运营。",
                                                        "item1": "3个站点投入运营", "due1": "2019-10-31", "item2": "", "due2": "2019-10-31"])
            #expect(recorded.status == .seeOther)
            let item = try #require(try await app.store.actions(planID: app.planID, source: .inspection(inspection)).first)
            #expect(item.unit == "养老服务处" && item.findingID != nil)

            var yanglao = try await Visitor.signedIn("yanglao", client)
            #expect(try await yanglao.get("/todo").body.contains("办理督查整改事项：3个站点投入运营"))
            _ = try await yanglao.post("/actions/\(item.id!)/report", ["text": "3个站点已于10月20日投入运营", "version": "1"])
            _ = try await guihua.post("/actions/\(item.id!)/close", ["text": "现场核实", "version": "2"])
            let unitPage = try await yanglao.get(UnitRoutes.path("养老服务处"))
            #expect(!unitPage.body.contains("3个站点投入运营"), "closed: no longer among the unit's open actions")

            let docx = try await guihua.getData("/inspections/\(inspection)/report.docx")
            let document = try WordDocument.read(docx)
            let paragraphs = document.blocks.compactMap { if case .paragraph(let text) = $0 { text } else { nil } }
            #expect(paragraphs.contains("关于社区养老服务设施建设进度专项督查情况的报告"))
            #expect(paragraphs.contains("3个新建站点未按期投入运营。"))
            let table = try #require(document.tables.first)
            let rows = (1...table.rowCount).map { table.resolvedRow($0).map(\.text) }
            #expect(rows.contains { $0.contains("3个站点投入运营") && $0.contains("已销号") && $0.contains("3个站点已于10月20日投入运营") })
            let actions = try await app.store.auditEntries().filter { $0.entity == "action" && $0.entityID == "\(item.id!)" }.map(\.action)
            #expect(actions == ["action.close", "action.report", "action.assign"])
        }
    }
}

/// The demo's meetings as a new user finds them: a July dispatch meeting whose
/// decisions stand closed, reported and open, and a September inspection
/// with a rectification item still to do.
@Suite struct DemoMeetingTests {
    @Test func theDemoYearHasAMeetingWithDecisionsAndAnInspectionWithAnItem() async throws {
        try await TestApp.run(demoYear: true) { app, client in
            let actions = try await app.store.actions(planID: app.planID)
            #expect(actions.map(\.state).sorted { $0.rawValue < $1.rawValue } == [.closed, .open, .open, .reported])
            #expect(actions.filter { if case .inspection = $0.source { true } else { false } }.map(\.unit) == ["基层政权建设和社区治理处"])
            var guihua = try await Visitor.signedIn("guihua", client)
            let list = try await guihua.get("/actions")
            #expect(list.body.contains("【演示】9月底前报送社区工作者定岗定级测算结果") && list.body.contains("已报办结，待销号"))
            #expect(!list.body.contains("【演示】7月底前完成城企联动合作企业项目清单"), "closed ones are under 已销号")
            let todo = try await guihua.get("/todo")
            #expect(todo.body.contains("核实销号：社会救助处报告办结"))
        }
    }
}

/// The ladder and the actions through the JSON API: who stands where and who
/// owes what by when, a unit's reporter seeing only its own standing.
@Suite struct SupervisionAPITests {
    @Test(arguments: DatabaseKind.underTest)
    func theLadderAndTheActionsAnswerWhoOwesWhat(_ kind: DatabaseKind) async throws {
        try await TestApp.run(kind, demoYear: true) { app, client in
            let guihua = try await APIClient.signedIn("guihua", app, client)
            let yanglao = try await APIClient.signedIn("yanglao", app, client)
            let viewer = try await APIClient.signedIn("viewer", app, client)

            let ladder = try await guihua.get("/api/v1/ladder")
            let own = try await yanglao.get("/api/v1/ladder")
            let refused = try await viewer.get("/api/v1/ladder")
            let rows = try #require(try JSONSerialization.jsonObject(with: Data(ladder.body.utf8)) as? [[String: Any]])
            let units = try await app.store.plan(id: app.planID)?.reportingUnits
            #expect(ladder.status == .ok && rows.count == units?.count)
            let silent = try #require(rows.first { $0["unit"] as? String == "区划地名处" })
            #expect(silent["reached"] as? String == "notice" && silent["daysLate"] as? Int == 7)
            #expect((silent["counts"] as? [String: Int])?["bulletin"] == 1)
            let mine = try #require(try JSONSerialization.jsonObject(with: Data(own.body.utf8)) as? [[String: Any]])
            #expect(mine.map { $0["unit"] as? String } == ["养老服务处"])
            #expect(refused.status == .forbidden && refused.isErrorBody)

            let open = try await viewer.get("/api/v1/actions?state=open")
            let unit = try await viewer.get("/api/v1/actions?unit=社会救助处")
            let bad = try await viewer.get("/api/v1/actions?state=done")
            #expect(open.status == .ok && open.items.map { $0["unit"] as? String } == ["基层政权建设和社区治理处", "基层政权建设和社区治理处"])
            #expect(open.items.allSatisfy { $0["state"] as? String == "open" && $0["overdue"] as? Bool == false })
            #expect(unit.items.map { $0["state"] as? String } == ["reported"] && unit.items.first?["source"] as? String == "meeting")
            #expect(bad.status == .badRequest || bad.status == .unprocessableContent)
        }
    }
}

/// The reminder round judges by the due day the settings page keeps, as the
/// pages and the ladder do.
@Suite struct ReminderRoundTests {
    @Test func aDueDayMovedOnTheSettingsPageMovesTheReminders() async throws {
        try await TestApp.run { app, _ in
            let round = ReminderRound(store: app.store, thresholds: app.settings.thresholds)
            // 17 October: with the 25th as due day nothing is owed yet; with the 20th, October's reports fall due in three days.
            let before = try await round.run(today: Day(year: 2019, month: 10, day: 17))
            try await app.store.setSetting("reports.dueDay", "20", by: "admin", at: Date())
            let after = try await round.run(today: Day(year: 2019, month: 10, day: 17))

            #expect(!before.contains { $0.key.hasPrefix("report-due:") && $0.key.hasSuffix(":2019-10") })
            #expect(after.contains { $0.key == "report-due:养老服务处:2019-10" })
        }
    }
}
