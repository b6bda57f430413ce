import Foundation
import OpenAPIRuntime
import PlanStore
import ReformPlan

/// Monthly reports through the API: the same rules as the report form and
/// the review queue (`ReportDesk`), with the body read as JSON sections.
extension LuoshiAPI {
    func listReports(_ input: Operations.ListReports.Input) async throws -> Operations.ListReports.Output {
        let account = try APIRequest.current().require(.readSubmittedReport)
        let query = input.query
        let paging = try Paging(query.page, query.perPage)
        let month = try query.month.map { try Self.month($0) }
        try Check.line(query.unit, "unit", max: 100)
        let current = try await services.currentPlan()
        let all = try await services.store.reports(planID: current.id, month: month, unit: query.unit,
                                                   states: query.state.map { [APIValue.map($0) as ProgressReport.State] })
        let visible = all.filter { Access.allows(account, $0.readOperation, units: [$0.unit]) }
        let page = paging.slice(visible)
        return .ok(.init(body: .json(.init(items: page.items.map(S.ReportSummary.init), page: paging.page,
                                           perPage: paging.perPage, total: page.total))))
    }

    func getReport(_ input: Operations.GetReport.Input) async throws -> Operations.GetReport.Output {
        let context = try APIRequest.current()
        try Check.id(input.path.id)
        let (_, report) = try await reports.report(id: input.path.id)
        try context.require(report.readOperation, units: [report.unit])
        return .ok(.init(body: .json(S.Report(report))))
    }

    func getUnitReport(_ input: Operations.GetUnitReport.Input) async throws -> Operations.GetUnitReport.Output {
        let context = try APIRequest.current()
        let unit = input.path.unit
        try Check.unit(unit)
        let month = try Self.month(input.path.month)
        let current = try await services.currentPlan()
        guard let report = try await services.store.report(planID: current.id, unit: unit, month: month) else {
            throw Refusal.notFound("\(unit)\(month.chineseName)的报送", "report of \(unit) for \(month)")
        }
        try context.require(report.readOperation, units: [unit])
        return .ok(.init(body: .json(S.Report(report))))
    }

    func saveReportDraft(_ input: Operations.SaveReportDraft.Input) async throws -> Operations.SaveReportDraft.Output {
        let unit = input.path.unit
        try Check.unit(unit)
        let account = try APIRequest.current().require(.editReport, units: [unit])
        let month = try reports.month(input.path.month, status: .unprocessableContent)
        let draft = switch input.body { case .json(let body): body }
        try Check.range(draft.version, 0...1_000_000, "version")
        let current = try await services.currentPlan()
        let sections = try Self.sections(draft.sections, unit: unit, plan: current.plan)
        let stored = try await services.store.report(planID: current.id, unit: unit, month: month)
        try ReportDesk.requireEditable(stored)
        var report = stored ?? ProgressReport(unit: unit, month: month)
        report.sections = sections
        report = try await reports.save(report, planID: current.id, expectedVersion: draft.version, submit: false, by: account)
        return .ok(.init(body: .json(S.Report(report))))
    }

    func submitReport(_ input: Operations.SubmitReport.Input) async throws -> Operations.SubmitReport.Output {
        let context = try APIRequest.current()
        try Check.id(input.path.id)
        let (planID, stored) = try await reports.report(id: input.path.id)
        let account = try context.require(.submitReport, units: [stored.unit])
        try ReportDesk.requireEditable(stored)
        let projects = try await services.currentPlan().plan.projects(answeredBy: stored.unit)
        let problems = ReportDesk.submissionProblems(stored.sections, projects: projects) { number in
            stored.sections.firstIndex { $0.project == number }.map { "sections.\($0).progress" } ?? "sections"
        }
        if let problem = problems.first {
            throw Refusal(.unprocessableContent, zh: problem.zh, en: problem.en, field: problem.field)
        }
        let report = try await reports.save(stored, planID: planID, expectedVersion: stored.version, submit: true, by: account)
        return .ok(.init(body: .json(S.Report(report))))
    }

    func reviewReport(_ input: Operations.ReviewReport.Input) async throws -> Operations.ReviewReport.Output {
        let context = try APIRequest.current()
        try Check.id(input.path.id)
        let decision = switch input.body { case .json(let body): body }
        try Check.paragraph(decision.comment, "comment", max: 2000)
        let report = try await reports.review(id: input.path.id, action: decision.action.rawValue, comment: decision.comment,
                                              context: context)
        return .ok(.init(body: .json(S.Report(report))))
    }

    /// A month named in a path or query: `yyyy-mm` (422 otherwise).
    static func month(_ text: String) throws -> ReportMonth {
        guard let month = ReportMonth(iso: text) else {
            throw Check.invalid("month", zh: "月份“\(text)”格式应为 yyyy-mm。", en: "The month “\(text)” must be yyyy-mm.")
        }
        return month
    }

    /// The body's sections as the unit's report: one per project the unit
    /// answers for, in plan order (those not given are left empty, as the
    /// form leaves them), each within the document's limits and the form's
    /// rules — a project of the unit's, given once; phases of that project;
    /// indicators of that project; percents 0–100; values not below zero.
    static func sections(_ given: [S.ReportSection], unit: String, plan: Plan) throws -> [ProjectProgress] {
        try Check.count(given, max: 50, "sections")
        let projects = plan.projects(answeredBy: unit)
        var read: [Int: ProjectProgress] = [:]
        for (i, section) in given.enumerated() {
            let at = "sections.\(i)", n = section.project
            try Check.range(n, 1...9999, "\(at).project")
            guard projects.contains(where: { $0.number == n }) else {
                throw ReportDesk.foreignProjects([n], unit: unit, field: "\(at).project")
            }
            guard read[n] == nil else {
                throw Check.invalid("\(at).project", zh: "项目\(n)出现了不止一次。", en: "Project \(n) is given more than once.")
            }
            try Check.range(section.completion, ReportDesk.percent, "\(at).completion")
            for (name, text) in [("progress", section.progress), ("problems", section.problems), ("nextSteps", section.nextSteps)] {
                try Check.paragraph(text, "\(at).\(name)", max: 4000)
            }
            var progress = ProjectProgress(project: n, completion: section.completion, progress: Self.trimmed(section.progress),
                                           problems: Self.trimmed(section.problems), nextSteps: Self.trimmed(section.nextSteps))
            try Check.count(section.phases, max: 50, "\(at).phases")
            let phases = Set(plan.phases(of: n).map(PhaseKey.init))
            for (j, phase) in section.phases.enumerated() {
                let field = "\(at).phases.\(j)"
                try Check.range(phase.stream, 1...99, "\(field).stream")
                try Check.range(phase.order, 1...99, "\(field).order")
                try Check.range(phase.percent, ReportDesk.percent, "\(field).percent")
                let key = PhaseKey(stream: phase.stream, order: phase.order)
                guard phases.contains(key) else {
                    throw Check.invalid(field, zh: "阶段\(key.stream).\(key.order)不是项目\(n)的实施步骤。",
                                        en: "Phase \(key.stream).\(key.order) is not one of project \(n)'s.")
                }
                guard !progress.phases.contains(where: { PhaseKey(stream: $0.stream, order: $0.order) == key }) else {
                    throw Check.invalid(field, zh: "阶段\(key.stream).\(key.order)出现了不止一次。", en: "Phase \(key.stream).\(key.order) is given more than once.")
                }
                progress.phases.append(PhaseCompletion(stream: key.stream, order: key.order, percent: phase.percent))
            }
            try Check.count(section.indicatorValues, max: 50, "\(at).indicatorValues")
            let indicators = Set(plan.indicators.filter { $0.project == n }.map(\.name))
            for (j, value) in section.indicatorValues.enumerated() {
                let field = "\(at).indicatorValues.\(j)"
                try Check.line(value.indicator, "\(field).indicator", max: 200)
                guard ReportDesk.isIndicatorValue(value.value), value.value <= 1e12 else {
                    throw Check.invalid("\(field).value", zh: "指标“\(value.indicator)”的值应为0到10^12之间的数。",
                                        en: "The value of “\(value.indicator)” must be a number from 0 to 10^12.")
                }
                guard indicators.contains(value.indicator) else {
                    throw Check.invalid("\(field).indicator", zh: "“\(value.indicator)”不是项目\(n)的指标。",
                                        en: "“\(value.indicator)” is not an indicator of project \(n).")
                }
                guard !progress.indicatorValues.contains(where: { $0.indicator == value.indicator }) else {
                    throw Check.invalid("\(field).indicator", zh: "指标“\(value.indicator)”出现了不止一次。",
                                        en: "“\(value.indicator)” is given more than once.")
                }
                progress.indicatorValues.append(IndicatorValue(indicator: value.indicator, value: value.value))
            }
            read[n] = progress
        }
        return projects.map { read[$0.number] ?? ProjectProgress(project: $0.number) }
    }

    static func trimmed(_ text: String) -> String { text.trimmingCharacters(in: .whitespacesAndNewlines) }
}
