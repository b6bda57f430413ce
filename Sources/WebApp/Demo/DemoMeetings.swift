import Foundation
import PlanStore
import ReformPlan

/// The demo year's meetings and inspection: the second quarter's dispatch
/// meeting in July with its decisions (one closed, one reported and waiting,
/// one still open), and a September inspection of community services with a
/// finding and a rectification item — so the to-do lists, the dashboard and
/// the pages have something to show before anyone calls a meeting.
struct DemoMeetings {
    let planID: Int
    let plan: Plan
    let asOf: Day
    let store: PlanStore

    func generate() async throws {
        let year = asOf.year
        let july = Day(year: year, month: 7, day: 5)
        guard july <= asOf else { return }
        let meeting = try await store.saveMeeting(Meeting(
            planID: planID, kind: .quarterlyDispatch, title: "【演示】\(year)年第二季度改革工作调度会", day: july, place: "局三楼会议室",
            chair: plan.people.first?.name ?? "局长", attendees: plan.reportingUnits,
            agenda: ["调度进度滞后的改革项目", "研究部署第三季度工作"],
            minutes: "【演示】会议听取了各责任单位改革项目推进情况汇报，对进度滞后的项目逐一调度，明确了第三季度的工作要求。",
            createdBy: "guihua"), expectedVersion: 0, by: "guihua", at: Shanghai.instant(july, hour: 9))
        let decisions: [(unit: String, title: String, due: Day, outcome: TrackedAction.State)] = [
            ("养老服务处", "【演示】7月底前完成城企联动合作企业项目清单", Day(year: year, month: 7, day: 31), .closed),
            ("社会救助处", "【演示】8月底前完成支出型贫困救助办法专家论证", Day(year: year, month: 8, day: 31), .reported),
            ("基层政权建设和社区治理处", "【演示】9月底前报送社区工作者定岗定级测算结果", Day(year: year, month: 9, day: 30), .open),
        ]
        for decision in decisions where plan.reportingUnits.contains(decision.unit) {
            let action = try await store.assignAction(TrackedAction(
                planID: planID, source: .meeting(meeting.id ?? 0), title: decision.title, unit: decision.unit, due: decision.due,
                createdBy: "guihua"), origin: meeting.title, at: Shanghai.instant(july, hour: 11))
            try await advance(action, to: decision.outcome, on: min(asOf, decision.due.adding(days: -3)))
        }
        let start = Day(year: year, month: 9, day: 9), end = Day(year: year, month: 9, day: 20)
        guard end <= asOf else { return }
        let inspection = try await store.createInspection(Inspection(
            planID: planID, title: "【演示】社区治理改革专项督查", theme: "社区工作者保障机制建设", projects: [2], units: [],
            team: ["规划发展处（组长）", "基层政权建设和社区治理处"], startOn: start, endOn: end, createdBy: "guihua"),
            at: Shanghai.instant(start, hour: 9))
        guard let unit = plan.projects.first(where: { $0.number == 2 })?.responsibility.answeringUnits.first else { return }
        try await store.recordFinding(
            Inspection.Finding(inspectionID: inspection.id ?? 0, unit: unit, text: "【演示】江岸、武昌区试点进度不一，定岗定级测算尚未完成。",
                               recordedBy: "guihua", recordedOn: end),
            items: [TrackedAction(planID: planID, source: .inspection(inspection.id ?? 0), title: "【演示】10月15日前完成两区试点测算并报送",
                                  unit: unit, due: Day(year: year, month: 10, day: 15), createdBy: "guihua")],
            planID: planID, origin: inspection.title, at: Shanghai.instant(end, hour: 16))
    }

    /// Takes a demo action to where the story needs it: reported by the unit, and closed by the office.
    private func advance(_ action: TrackedAction, to state: TrackedAction.State, on day: Day) async throws {
        guard state != .open else { return }
        let login = DemoAccounts.unitLogins[action.unit] ?? "demo"
        let reported = try await store.advanceAction(id: action.id ?? 0, expectedVersion: action.version, step: .report,
                                                     text: "【演示】已按期完成，相关材料已报规划发展处。", by: login, on: day,
                                                     at: Shanghai.instant(day, hour: 10))
        guard state == .closed else { return }
        try await store.advanceAction(id: reported.id ?? 0, expectedVersion: reported.version, step: .close, text: "【演示】经核实，予以销号。",
                                      by: "guihua", on: day, at: Shanghai.instant(day, hour: 15))
    }
}
