import Foundation
import PlanStore
import ReformPlan

/// The bulletins the supervising office would already have issued by the
/// demo day: one for each month from the plan's issue to the month before
/// the demo day, issued on the 8th of the month after, read by most units
/// within days (the silent unit has not opened the last one). The demo day's
/// own month is left for the visitor to draft, edit and issue.
struct DemoDocuments {
    let store: PlanStore
    let asOf: Day

    func generate() async throws {
        let plans = PlanCache(store: store)
        guard let current = try await plans.current(), let year = current.plan.year else { return }
        let first = current.plan.notice.issuedDate.map { ReportMonth($0) } ?? ReportMonth(year: year, month: 1)
        var month = first
        while month.next <= ReportMonth(asOf), month.year == year {
            let issueDay = Day(year: month.next.year, month: month.next.month, day: 8)
            guard issueDay <= asOf else { break }
            let desk = try await DocumentDesk(store: store, plans: plans, current: current, base: StatusThresholds(), today: issueDay)
            var draft = try await DocumentDrafts(desk: desk).bulletin(month: month)
            var narrative = try DocumentJSON.decode(BulletinNarrative.self, draft.narrative)
            narrative.opening = "【演示】" + narrative.opening
            draft.narrative = try DocumentJSON.encode(narrative)
            let at = Shanghai.instant(issueDay, hour: 10)
            let saved = try await store.saveDocumentDraft(draft, expectedVersion: 0, by: "guihua", at: at)
            let issued = try await desk.issue(saved, on: issueDay, by: "guihua", at: at)
            let isLast = month.next == ReportMonth(asOf)
            for (unit, login) in DemoAccounts.unitLogins.sorted(by: { $0.value < $1.value }) {
                if isLast && unit == DemoYear.silentUnit { continue }
                var random = DemoRandom(seed: "read|\(login)|\(month)")
                let day = min(asOf, issueDay.adding(days: random.int(0...3)))
                try await store.markRead(documentID: issued.id ?? 0, login: login, unit: unit,
                                         at: Shanghai.instant(day, hour: 9 + random.int(0...8)))
            }
            month = month.next
        }
    }
}
