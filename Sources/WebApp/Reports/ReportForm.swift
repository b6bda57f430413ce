import Foundation
import ReformPlan

/// The monthly report form's fields, read into report sections. Field names
/// carry the project: `p3_completion`, `p3_phase_1_2`, `p3_ind_0`. Every
/// problem names its field, and the sections are kept as typed so that the
/// form can be shown again with nothing the person wrote lost.
struct ReportForm {
    struct Problem: Sendable {
        var field: String
        var zh: String
        var en: String
    }

    let projects: [Project]
    let phases: [Phase]
    let indicators: [Indicator]

    /// Projects named in the fields that the unit does not answer for: a
    /// reporter cannot slip a section for another unit's project into its report.
    func foreignProjects(in form: FormInput) -> [Int] {
        let own = Set(projects.map(\.number))
        let named = form.fieldNames.compactMap { name -> Int? in
            guard name.hasPrefix("p"), let end = name.firstIndex(of: "_") else { return nil }
            return Int(name[name.index(after: name.startIndex)..<end])
        }
        return Array(Set(named).subtracting(own)).sorted()
    }

    func read(_ form: FormInput) -> (sections: [ProjectProgress], problems: [Problem]) {
        var sections: [ProjectProgress] = [], problems: [Problem] = []
        for project in projects {
            let n = project.number
            var section = ProjectProgress(project: n)
            section.progress = form.text("p\(n)_progress") ?? ""
            section.problems = form.text("p\(n)_problems") ?? ""
            section.nextSteps = form.text("p\(n)_next") ?? ""
            section.completion = percent(form, "p\(n)_completion", label: "项目\(n)完成度", problems: &problems) ?? 0
            for phase in phases where phase.project == n {
                let field = "p\(n)_phase_\(phase.stream)_\(phase.order)"
                if let value = percent(form, field, label: "项目\(n)阶段“\(phase.title)”完成度", problems: &problems) {
                    section.phases.append(PhaseCompletion(stream: phase.stream, order: phase.order, percent: value))
                }
            }
            for (index, indicator) in indicators.enumerated() where indicator.project == n {
                let field = "p\(n)_ind_\(index)"
                guard let text = form.text(field) else { continue }
                guard let value = Double(text.replacingOccurrences(of: ",", with: "")), ReportDesk.isIndicatorValue(value) else {
                    problems.append(Problem(field: field, zh: "指标“\(indicator.name)”的值“\(text)”不是非负数字。",
                                            en: "The value “\(text)” of indicator “\(indicator.name)” is not a non-negative number."))
                    continue
                }
                section.indicatorValues.append(IndicatorValue(indicator: indicator.name, value: value))
            }
            sections.append(section)
        }
        return (sections, problems)
    }

    private func percent(_ form: FormInput, _ field: String, label: String, problems: inout [Problem]) -> Int? {
        guard let text = form.text(field) else { return nil }
        guard let value = Int(text.trimmingCharacters(in: CharacterSet(charactersIn: "%％ "))), ReportDesk.percent.contains(value) else {
            problems.append(Problem(field: field, zh: "\(label)“\(text)”应为0到100之间的整数。",
                                    en: "\(field): “\(text)” must be a whole number from 0 to 100."))
            return nil
        }
        return value
    }
}

