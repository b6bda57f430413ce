import PlanStore
import ReformPlan

/// An issued bulletin beside the previous month's issued one: the status
/// counts then and now, and what improved and what slipped, from the facts
/// each was issued with.
struct DocumentComparisonPage {
    let desk: DocumentDesk
    let document: SupervisionDocument
    let store: PlanStore

    func data() async throws -> [String: Any] {
        guard let month = ReportMonth(iso: document.period) else { throw Refusal.notFound("上月通报", "previous bulletin") }
        let previous = try await store.supervisionDocuments(planID: document.planID, kind: .bulletin)
            .filter { $0.state == .issued && $0.period == month.previous.description }
            // A correction replaces the bulletin it corrects: compare with the latest issued.
            .max { ($0.id ?? 0) < ($1.id ?? 0) }
        guard let previous else {
            throw Refusal(.notFound, zh: "\(month.previous.chineseName)没有已印发的通报，无从对比。",
                          en: "No bulletin was issued for \(month.previous).")
        }
        let comparison = BulletinComparison(previous: try DocumentJSON.decode(BulletinFacts.self, previous.facts),
                                            current: try DocumentJSON.decode(BulletinFacts.self, document.facts))
        func rows(_ changes: [BulletinComparison.Change]) -> [[String: Any]] {
            changes.map { ["subject": $0.subject, "before": $0.before, "after": $0.after] }
        }
        return [
            "id": document.id ?? 0, "title": document.title, "number": document.number ?? "",
            "previousID": previous.id ?? 0, "previousNumber": previous.number ?? "", "previousTitle": previous.title,
            "previousMonth": month.previous.chineseName, "month": month.chineseName,
            "counts": comparison.counts.map { c -> [String: Any] in
                ["status": c.status.chineseName, "before": c.before, "after": c.after,
                 "delta": c.after == c.before ? "" : (c.after > c.before ? "+\(c.after - c.before)" : "\(c.after - c.before)")]
            },
            "improved": rows(comparison.improved), "slipped": rows(comparison.slipped),
            "hasImproved": !comparison.improved.isEmpty, "hasSlipped": !comparison.slipped.isEmpty,
        ]
    }
}
