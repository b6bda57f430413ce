import Foundation
import ReformPlan
@testable import PlanStore

/// What the web tier's tests of the store share: a fixed clock, a loaded plan,
/// and accounts shaped like the bureau's people.
enum WebFixture {
    /// 2019-09-01 00:00 UTC; nothing here reads the system date.
    static let start = Date(timeIntervalSince1970: 1_567_296_000)

    static func at(minutes: Double) -> Date { start.addingTimeInterval(minutes * 60) }

    /// A migrated store holding the sample plan, and the plan's id.
    static func withPlan(_ kind: DatabaseKind,
                         _ body: (PlanStore, Int, DatabaseLocation) async throws -> Void) async throws {
        try await TestDatabase.withStore(kind) { store, location in
            let planID = try await store.load(SamplePlan.make(), by: "规划发展处", at: start).planID
            try await body(store, planID, location)
        }
    }

    static let reporter = Account(login: "yanglao", displayName: "养老服务处填报员", role: .reporter, unit: "养老服务处")
    static let supervisor = Account(login: "guihua", displayName: "规划发展处", role: .supervisor, unit: "局规划发展处")
    static let leader = Account(login: "wangfu", displayName: "王副局长", role: .leader, person: "王副")

    /// A bcrypt-looking hash: the store keeps whatever text it is given.
    static func hash(_ password: String) -> String { "$2b$12$" + password + String(repeating: "x", count: 40) }

    static func september(_ unit: String = "养老服务处") -> ProgressReport {
        ProgressReport(unit: unit, month: ReportMonth(year: 2019, month: 9), sections: [
            ProjectProgress(project: 1, completion: 60, progress: "新建中心62个", problems: "用地难", nextSteps: "协调规划部门",
                            phases: [PhaseCompletion(stream: 1, order: 1, percent: 100),
                                     PhaseCompletion(stream: 1, order: 2, percent: 55)],
                            indicatorValues: [IndicatorValue(indicator: "新建社区老年人服务中心", value: 62),
                                              IndicatorValue(indicator: "社区养老服务设施社会化运营率", value: 0.1)]),
            ProjectProgress(project: 9, completion: 30, progress: "调研", phases: [],
                            indicatorValues: [IndicatorValue(indicator: "覆盖率", value: 12.5)]),
        ])
    }

    static func notice(year: Int = 2019, unit: String = "养老服务处", project: Int = 1) -> SupervisionNotice {
        SupervisionNotice(year: year, serial: 0, unit: unit, project: project, phase: PhaseKey(stream: 1, order: 2),
                          reason: "全面推进阶段进度滞后", replyDue: Day(year: year, month: 9, day: 20),
                          issuedBy: "guihua", issuedOn: Day(year: year, month: 9, day: 10))
    }
}
