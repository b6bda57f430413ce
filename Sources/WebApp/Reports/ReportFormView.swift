import Foundation
import PlanStore
import ReformPlan

/// The report form's content: one section per project the unit answers for,
/// filled from the stored report or from what was just typed, with each
/// problem shown beside its field.
struct ReportFormView {
    let plan: Plan
    let unit: String
    let month: ReportMonth
    let report: ProgressReport?
    /// Sections as typed, when the form is shown again after a problem.
    var typed: [ProjectProgress]?
    var problems: [ReportForm.Problem] = []
    var attachments: [ReportAttachment] = []
    /// Last month's submitted or accepted report, shown beside the fields as the figures to go on from.
    var previous: ProgressReport?
    let editable: Bool
    let language: Language

    var data: [String: Any] {
        let problemByField = Dictionary(problems.map { ($0.field, language == .zh ? $0.zh : $0.en) }, uniquingKeysWith: { a, _ in a })
        let projects = plan.projects(answeredBy: unit)
        let sections = projects.map { project -> [String: Any] in
            let n = project.number
            let section = typed?.first { $0.project == n } ?? report?.section(for: n) ?? ProjectProgress(project: n)
            let before = previous?.section(for: n)
            let phases = plan.phases.filter { $0.project == n }.map { phase -> [String: Any] in
                let field = "p\(n)_phase_\(phase.stream)_\(phase.order)"
                let value = section.phases.first { $0.stream == phase.stream && $0.order == phase.order }?.percent
                let before = before?.phases.first { $0.stream == phase.stream && $0.order == phase.order }?.percent
                return ["field": field, "title": phase.title, "timing": phase.timing ?? phase.condition ?? "",
                        "value": value.map(String.init) ?? ""].with("problem", problemByField[field]).with("before", before)
            }
            let indicators = plan.indicators.enumerated().filter { $0.element.project == n }.map { index, indicator -> [String: Any] in
                let field = "p\(n)_ind_\(index)"
                let value = section.indicatorValues.first { $0.indicator == indicator.name }?.value
                let earlier = before?.indicatorValues.first { $0.indicator == indicator.name }?.value
                return ["field": field, "name": indicator.name, "target": IndicatorRows.target(indicator), "measure": indicator.measure,
                        "value": value.map(IndicatorRows.number) ?? ""].with("problem", problemByField[field])
                    .with("before", earlier.map(IndicatorRows.number))
            }
            func field(_ suffix: String, _ value: String) -> [String: Any] {
                let name = "p\(n)_\(suffix)"
                return ["name": name, "value": value].with("problem", problemByField[name])
            }
            return [
                "number": n, "title": project.title,
                "previous": before.map { ["month": previous?.month.description ?? "", "completion": $0.completion,
                                          "progress": $0.progress] as [String: Any] } as Any,
                "completion": field("completion", String(section.completion)),
                "progress": field("progress", section.progress),
                "problems": field("problems", section.problems),
                "next": field("next", section.nextSteps),
                "phases": phases, "indicators": indicators,
                "attachments": attachments.filter { $0.project == n }.map {
                    ["id": $0.id, "name": $0.fileName, "size": ByteCount.text($0.size)] as [String: Any]
                },
            ]
        }
        var data: [String: Any] = [
            "unit": unit,
            "month": month.description,
            "monthName": language == .zh ? month.chineseName : month.description,
            "sections": sections,
            "editable": editable,
            "version": report?.version ?? 0,
            "problemList": problems.map { ["field": $0.field, "text": language == .zh ? $0.zh : $0.en] },
        ]
        if let report {
            data["report"] = ["id": report.id ?? 0, "state": Labels.report(report.state, language), "late": report.late,
                              "reviewComment": report.reviewComment ?? "", "reviewedBy": report.reviewedBy ?? "",
                              "updatedBy": report.updatedBy ?? "", "submittedBy": report.submittedBy ?? ""] as [String: Any]
        }
        return data
    }
}

enum ByteCount {
    static func text(_ bytes: Int) -> String {
        bytes < 1024 ? "\(bytes) B" : bytes < 1024 * 1024 ? "\(bytes / 1024) KB" : String(format: "%.1f MB", Double(bytes) / 1_048_576)
    }
}


extension Dictionary where Key == String, Value == Any {
    /// The dictionary with `key` set only when there is a value: Mustache
    /// sections test presence, so an absent key is how "no problem" is said.
    func with(_ key: String, _ value: Any?) -> [String: Any] {
        var copy = self
        if let value { copy[key] = value }
        return copy
    }
}
