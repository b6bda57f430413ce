import Foundation
import PlanStore
import ReformPlan

/// The current plan's escalation ladder as of the server's day: each unit's
/// record gathered from the store, the rules in force, and where each unit
/// stands. The ladder page, a unit's page and the to-do list read it.
struct LadderDesk {
    let services: Services
    let current: PlanCache.Current
    let today: Day

    init(services: Services, current: PlanCache.Current) {
        self.services = services
        self.current = current
        self.today = services.today()
    }

    var plan: Plan { current.plan }

    func rules() async throws -> EscalationRules { try await services.store.escalationRules() }

    func gathering() async throws -> LadderGathering {
        let store = services.store
        let year = plan.year ?? today.year
        return LadderGathering(
            units: plan.reportingUnits, reports: try await store.reports(planID: current.id),
            notices: try await store.notices(planID: current.id),
            reminders: try await store.remindersSent(planID: current.id).map { ($0.unit, $0.day, $0.kind) },
            bulletins: try await AssessmentDesk.issuedBulletins(store, planID: current.id, asOf: today),
            records: try await store.escalationRecords(planID: current.id),
            planYear: year, firstMonth: plan.firstReportMonth(year: year),
            thresholds: try await services.thresholds()) { Shanghai.day(of: $0) }
    }

    func standings() async throws -> [LadderStanding] {
        try await gathering().standings(today: today, rules: try await rules())
    }

    /// The leaders in charge of the unit's projects: who would hold its 约谈.
    func leaders(of unit: String) -> [String] {
        var seen = Set<String>()
        return plan.projects(answeredBy: unit).compactMap(\.responsibility.leaderInCharge).filter { seen.insert($0).inserted }
    }
}

/// How a standing reads on a page.
enum LadderView {
    static func row(_ s: LadderStanding) -> [String: Any] {
        [
            "unit": s.unit, "link": "/units/" + Messages.pathComponent(s.unit),
            "reached": s.reached?.chineseName ?? "—", "reachedKey": s.reached.map { "rung-\($0.rawValue)" } ?? "rung-0",
            "since": s.since?.description ?? "",
            "highest": s.highest?.chineseName ?? "—", "highestKey": s.highest.map { "rung-\($0.rawValue)" } ?? "rung-0",
            "counts": Rung.allCases.map { ["count": s.counts[$0] ?? 0, "none": (s.counts[$0] ?? 0) == 0] },
            "daysLate": s.daysLate, "late": s.daysLate > 0,
            "due": s.due?.chineseName ?? "", "dueKey": s.due.map { "rung-\($0.rawValue)" } ?? "", "reason": s.reason ?? "",
        ]
    }

    static var rungs: [[String: Any]] {
        Rung.allCases.map { ["name": $0.chineseName, "key": "rung-\($0.rawValue)"] }
    }
}
