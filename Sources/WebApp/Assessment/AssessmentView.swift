import Foundation
import ReformPlan

/// The assessment's page data: rankings per group with each item's points,
/// and a unit's itemised score with every record it was judged on, linked
/// to where it can be read (the report, the project's phase, the notice).
struct AssessmentView {
    let result: AssessmentResult

    var itemHeaders: [[String: Any]] {
        result.scheme.items.map { ["name": $0.name, "maximum": AssessmentPoints.text($0.maximum)] }
    }

    func groups(linkUnits: Bool) -> [[String: Any]] {
        AssessmentEvidence.UnitKind.allCases.compactMap { kind in
            let ranking = result.ranking(of: kind)
            guard !ranking.isEmpty else { return nil }
            return ["kindName": kind.chineseName, "rows": ranking.map { entry -> [String: Any] in
                let s = entry.score
                return ["rank": entry.rank, "unit": s.unit, "unitPath": Self.path(s.unit), "total": s.totalText,
                        "items": result.scheme.items.map { item in
                            ["points": s.item(item.key).map { AssessmentPoints.text($0.points) } ?? "—",
                             "capped": s.item(item.key)?.capped ?? false]
                        },
                        "adjusted": AssessmentPoints.signedText(s.adjustments.map(\.points).reduce(0, +)),
                        "hasAdjustments": !s.adjustments.isEmpty, "link": linkUnits]
            }]
        }
    }

    static func path(_ unit: String) -> String {
        "/assessment/units/" + Messages.pathComponent(unit)
    }

    /// One unit's items, each with its explanation and its records.
    static func items(_ score: UnitScore) -> [[String: Any]] {
        score.items.map { item -> [String: Any] in
            ["name": item.name, "group": item.group.chineseName, "points": AssessmentPoints.text(item.points),
             "maximum": AssessmentPoints.text(item.maximum), "explanation": item.explanation, "nothingDue": item.nothingDue,
             "capped": item.capped, "uncapped": AssessmentPoints.text(item.uncapped),
             "evidence": item.evidence.map { use -> [String: Any] in
                 ["name": use.record.chineseName, "link": link(use.record) ?? "", "hasLink": link(use.record) != nil,
                  "standing": use.standing.chineseName, "standingKey": use.standing.rawValue, "note": use.note]
             }]
        }
    }

    /// Where a record can be read; nil for one that has no page (an event).
    static func link(_ record: AssessmentEvidenceUse.Record) -> String? {
        switch record {
        case .report(let r): r.reportID.map { "/reports/\($0)" }
        case .phase(let p): "/projects/\(p.project)"
        case .indicator(let i): i.project.map { "/projects/\($0)" }
        case .notice(let n): n.id.map { "/notices/\($0)" }
        case .publicity(let p): p.id.map { "/publicity/\($0)" }
        case .event: nil
        }
    }
}
