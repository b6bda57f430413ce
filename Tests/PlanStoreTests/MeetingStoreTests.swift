import Foundation
import ReformPlan
import Testing
@testable import PlanStore

/// Meetings, inspections and tracked actions on both databases: kept and read
/// back whole, changed at the version shown, an action's way to closure one
/// allowed step at a time, and a finding kept with its items or not at all.
@Suite struct MeetingStoreTests {
    typealias F = WebFixture
    static let day = Day(year: 2019, month: 9, day: 26)

    static func meeting(_ planID: Int) -> Meeting {
        Meeting(planID: planID, kind: .quarterlyDispatch, title: "2019年第三季度调度会", day: day, place: "局三楼会议室", chair: "李国汉",
                attendees: ["养老服务处", "社会救助处"], agenda: ["调度项目1", "研究部署下一阶段工作"], createdBy: "guihua")
    }

    @Test(arguments: DatabaseKind.underTest)
    func aMeetingReadsBackWholeTellsTheInvitedAndChangesAtTheVersionShown(kind: DatabaseKind) async throws {
        try await F.withPlan(kind) { store, planID, _ in
            let saved = try await store.saveMeeting(Self.meeting(planID), expectedVersion: 0, notify: ["养老服务处"], by: "guihua", at: F.start)
            var expected = Self.meeting(planID)
            (expected.id, expected.version) = (saved.id, 1)
            #expect(try await store.meeting(id: saved.id!) == expected)
            let called = try await store.outboxMessages(recipients: [.unit("养老服务处")])
            #expect(called.map(\.kind) == [.meetingCalled] && called[0].subject == "【会议通知】2019年第三季度调度会")
            #expect(try await store.outboxMessages(recipients: [.unit("社会救助处")]).isEmpty, "only the units named to be told")

            var held = saved
            held.minutes = "会议听取了各项目推进情况汇报。"
            let changed = try await store.saveMeeting(held, expectedVersion: 1, by: "guihua", at: F.start)
            await #expect(throws: StoreError.versionConflict(current: 2, updatedBy: "guihua")) {
                try await store.saveMeeting(held, expectedVersion: 1, by: "guihua", at: F.start)
            }
            let minutes = try await store.meetings(planID: planID).map(\.minutes)
            #expect(changed.version == 2 && minutes == ["会议听取了各项目推进情况汇报。"])
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func anActionGoesToClosureOneAllowedStepAtATime(kind: DatabaseKind) async throws {
        try await F.withPlan(kind) { store, planID, _ in
            let meeting = try await store.saveMeeting(Self.meeting(planID), expectedVersion: 0, by: "guihua", at: F.start)
            let action = try await store.assignAction(TrackedAction(planID: planID, source: .meeting(meeting.id!), title: "补齐设施台账",
                                                                    unit: "养老服务处", due: Day(year: 2019, month: 10, day: 31),
                                                                    createdBy: "guihua"), origin: "第三季度调度会", at: F.start)
            let on = Day(year: 2019, month: 10, day: 20)
            func step(_ s: PlanStore.ActionStep, _ version: Int, _ text: String) async throws -> TrackedAction {
                try await store.advanceAction(id: action.id!, expectedVersion: version, step: s, text: text, by: "yanglao", on: on, at: F.start)
            }

            await #expect(throws: StoreError.stateConflict(entity: "action", id: "\(action.id!)", current: "open")) {
                try await step(.sendBack, 1, "未见台账")
            }
            let reported = try await step(.report, 1, "台账已补齐")
            await #expect(throws: StoreError.versionConflict(current: 2, updatedBy: "yanglao")) { try await step(.close, 1, "已核实") }
            let sentBack = try await step(.sendBack, 2, "台账缺3个站点")
            let again = try await step(.report, 3, "已补3个站点")
            let closed = try await step(.close, 4, "现场核实")
            await #expect(throws: StoreError.stateConflict(entity: "action", id: "\(action.id!)", current: "closed")) {
                try await step(.report, 5, "再报")
            }

            #expect(reported.state == .reported && reported.evidence == "台账已补齐" && reported.reportedOn == on)
            #expect(sentBack.state == .open && sentBack.note == "台账缺3个站点")
            #expect(again.evidence == "已补3个站点" && closed.state == .closed && closed.closedOn == on && closed.version == 5)
            #expect(try await store.action(id: action.id!) == closed)
            #expect(try await store.actions(planID: planID, openOnly: true).isEmpty)
            #expect(try await store.actions(planID: planID, source: .meeting(meeting.id!), unit: "养老服务处").map(\.id) == [action.id])
            let kinds = try await store.outboxMessages(recipients: [.unit("养老服务处")]).map(\.kind)
            #expect(kinds.filter { $0 == .actionAssigned }.count == 1 && kinds.filter { $0 == .actionReturned }.count == 1)
            #expect(kinds.filter { $0 == .actionClosed }.count == 1, "the unit hears of the 销号")
            let steps = try await store.auditEntries().filter { $0.entity == "action" }.map(\.action)
            #expect(steps == ["action.close", "action.report", "action.sendBack", "action.report", "action.assign"])
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func aFindingIsKeptWithItsItemsOrNotAtAll(kind: DatabaseKind) async throws {
        try await F.withPlan(kind) { store, planID, _ in
            let inspection = try await store.createInspection(Inspection(
                planID: planID, title: "养老服务专项督查", theme: "社区养老服务设施建设", projects: [1], units: ["社会救助处"],
                team: ["规划发展处 王明（组长）"], startOn: Day(year: 2019, month: 10, day: 8), endOn: Day(year: 2019, month: 10, day: 18),
                createdBy: "guihua"), at: F.start)
            #expect(try await store.inspection(id: inspection.id!) == inspection)
            let item = TrackedAction(planID: planID, source: .inspection(inspection.id!), title: "3个站点投入运营", unit: "养老服务处",
                                     due: Day(year: 2019, month: 11, day: 15), createdBy: "guihua")
            let finding = Inspection.Finding(inspectionID: inspection.id!, unit: "养老服务处", text: "3个新建站点未按期投入运营。",
                                             recordedBy: "guihua", recordedOn: Day(year: 2019, month: 10, day: 18))

            let (saved, items) = try await store.recordFinding(finding, items: [item, item], planID: planID, origin: "专项督查", at: F.start)
            var elsewhere = finding
            elsewhere.inspectionID = 999
            await #expect(throws: StoreError.notFound(entity: "inspection", id: "999")) {
                try await store.recordFinding(elsewhere, items: [item], planID: planID, origin: "专项督查", at: F.start)
            }

            #expect(try await store.findings(inspectionID: inspection.id!) == [saved])
            #expect(items.count == 2 && items.allSatisfy { $0.findingID == saved.id && $0.state == .open })
            #expect(try await store.actions(planID: planID).count == 2, "nothing kept of the refused finding")
            #expect(try await store.inspections(planID: planID).map(\.id) == [inspection.id])
        }
    }
}
