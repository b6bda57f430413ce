import Foundation
import ReformPlan

/// A project as lists show it: who answers for it and how it stands.
struct ProjectRow {
    let project: Project
    let overview: Overview
    let language: Language

    var data: [String: Any] {
        let assessment = overview.assessments[project.number]
        let chain = project.responsibility
        return [
            "number": project.number,
            "title": project.title,
            "category": Labels.category(project.category, language),
            "categoryKey": project.category?.rawValue ?? "",
            "units": chain.answeringUnits.joined(separator: "、"),
            "leadAgency": chain.leadAgency ?? "",
            "leader": chain.leaderInCharge ?? "",
            "firstResponsible": chain.firstResponsible ?? "",
            "status": Labels.project(assessment?.status ?? .notStarted, language),
            "expected": Int((assessment?.expectedCompletion ?? 0).rounded()),
            "reported": assessment?.reportedCompletion.map { "\($0)%" } ?? (language == .zh ? "未报送" : "none"),
            "reportedValue": assessment?.reportedCompletion ?? 0,
            "reasons": assessment?.reasons ?? [],
        ].merging(BudgetCells.execution(overview.execution[project.number], language)) { $1 }
    }
}

/// A supervision notice in a list, with its overdue flag.
struct NoticeRow {
    let notice: SupervisionNotice
    let asOf: Day
    let language: Language

    var data: [String: Any] {
        [
            "id": notice.id ?? 0,
            "number": notice.number,
            "unit": notice.unit,
            "project": notice.project,
            "phase": notice.phase.map { "\($0.stream).\($0.order)" } ?? "",
            "reason": notice.reason,
            "replyDue": notice.replyDue.description,
            "issuedOn": notice.issuedOn.description,
            "state": Labels.notice(notice.state, language),
            "overdue": notice.isOverdue(asOf: asOf),
            "reply": notice.reply ?? "",
            "escalatedTo": notice.escalatedTo ?? "",
            "closingNote": notice.closingNote ?? "",
        ]
    }
}

/// Indicators against their targets, with the latest reported value.
struct IndicatorRows {
    let overview: Overview
    let language: Language

    func rows(project: Int? = nil) -> [[String: Any]] {
        overview.plan.indicators.filter { project == nil || $0.project == project }.map { indicator in
            var row: [String: Any] = [
                "name": indicator.name,
                "project": indicator.project ?? 0,
                "target": Self.target(indicator),
                "scope": indicator.scope ?? "",
            ]
            if let latest = overview.latest(of: indicator) {
                row["latest"] = Self.number(latest.value) + indicator.measure
                row["latestMonth"] = latest.month.description
                row["latestUnit"] = latest.unit
                row["met"] = latest.met
                row["reported"] = true
            }
            return row
        }
    }

    var rows: [[String: Any]] { rows() }

    static func target(_ indicator: Indicator) -> String {
        let value = number(indicator.target) + indicator.measure
        switch indicator.comparator {
        case .atLeast: return "≥ " + value
        case .greaterThan: return "> " + value
        case .atMost: return "≤ " + value
        case .lessThan: return "< " + value
        case .about: return "≈ " + value
        case .between: return number(indicator.target) + "–" + number(indicator.targetUpper ?? indicator.target) + indicator.measure
        }
    }

    static func number(_ value: Double) -> String { ChineseNumber.plain(value) }
}
