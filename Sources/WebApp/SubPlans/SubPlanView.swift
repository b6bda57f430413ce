import ReformPlan

/// A sub-plan page's data: its items with their latest progress, the city's
/// changes waiting to be accepted, and the months reported.
struct SubPlanView {
    let subPlan: SubPlan
    let progress: [SubPlanProgress]
    let changes: [SubPlanChange]
    let asOf: Day

    var data: [String: Any] {
        let latest = Dictionary(grouping: progress, by: \.itemKey).compactMapValues { $0.max { $0.month < $1.month } }
        return [
            "id": subPlan.id ?? 0, "unit": subPlan.unit, "title": subPlan.title, "version": subPlan.version,
            "revision": subPlan.acceptedRevision, "division": subPlan.division ?? "",
            "items": subPlan.items.map { item -> [String: Any] in
                var row: [String: Any] = ["key": item.key, "title": item.title, "deadline": item.deadline,
                                          "target": item.target, "responsible": item.responsible, "own": item.isOwn,
                                          "project": item.project ?? 0]
                if let p = latest[item.key] {
                    row["completion"] = p.completion
                    row["text"] = p.text
                    row["month"] = p.month.chineseName
                }
                return row
            },
            "changes": changes.map { ["project": $0.project, "field": $0.field, "before": $0.before, "after": $0.after] },
            "hasChanges": !changes.isEmpty,
            "progressMonth": ReportMonth(asOf).description,
            "history": Dictionary(grouping: progress, by: \.month).sorted { $0.key > $1.key }.map { month, entries in
                ["month": month.chineseName,
                 "entries": entries.map { e in ["title": subPlan.items.first { $0.key == e.itemKey }?.title ?? e.itemKey,
                                                "completion": e.completion, "text": e.text] }] as [String: Any]
            },
        ]
    }
}
