import Foundation
import Logging
import PlanStore
import ReformPlan
import ServiceLifecycle

/// One look at the reminder rules for the current plan as of a day: the
/// reports falling due or overdue, the notices past their reply deadline and
/// the meetings' and inspections' actions falling due or overdue,
/// each reminded of once (the store keeps what was sent). The server runs it
/// every few minutes; `luoshi remind` runs it once, for a scheduled job.
public struct ReminderRound: Sendable {
    let store: PlanStore
    let thresholds: StatusThresholds
    /// Days before the due day the first reminder goes out.
    var leadDays = 3

    public init(store: PlanStore, thresholds: StatusThresholds) {
        self.store = store
        self.thresholds = thresholds
    }

    /// The reminders sent now (none that were sent before).
    @discardableResult
    public func run(today: Day, by actor: String = "luoshi", at date: Date = Date()) async throws -> [Reminder] {
        guard let current = try await Self.currentPlan(store), let year = current.plan.year else { return [] }
        // The due day as the settings page keeps it, so reminders fall on the day the ladder and the pages judge by.
        let thresholds = Services.thresholds(self.thresholds, stored: try await store.settings())
        let reports = try await store.reports(planID: current.id)
        let notices = try await store.notices(planID: current.id, openOnly: true)
        let owed = Reminders.reports(units: current.plan.reportingUnits, reports: reports, today: today, planYear: year,
                                     thresholds: thresholds, leadDays: leadDays)
            + Reminders.noticeReplies(notices, today: today)
            + Reminders.actions(try await store.actions(planID: current.id, openOnly: true), today: today, leadDays: leadDays)
        return try await store.sendReminders(owed, planID: current.id, today: today, by: actor, at: date)
    }

    static func currentPlan(_ store: PlanStore) async throws -> (id: Int, plan: Plan)? {
        guard let summary = try await store.currentPlanSummary(), let plan = try await store.plan(id: summary.id) else { return nil }
        return (summary.id, plan)
    }
}

/// The reminder round on a timer, inside the server. Every instance may run it:
/// a reminder already kept is never sent again, whoever looks.
struct ReminderService: Service {
    let round: ReminderRound
    let today: @Sendable () -> Day
    let interval: Duration
    let logger: Logger

    func run() async throws {
        while !_Concurrency.Task.isShuttingDownGracefully && !_Concurrency.Task.isCancelled {
            do {
                let sent = try await round.run(today: today())
                if !sent.isEmpty { logger.info("reminders sent", metadata: ["count": "\(sent.count)"]) }
            } catch {
                logger.warning("reminder round failed", metadata: ["error": "\(error)"])
            }
            try? await cancelWhenGracefulShutdown { try await _Concurrency.Task.sleep(for: interval) }
        }
    }
}
