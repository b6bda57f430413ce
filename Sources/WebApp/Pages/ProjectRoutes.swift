import Foundation
import Hummingbird
import ReformPlan

/// 项目: the list with filters and search, and one project's page.
struct ProjectRoutes {
    let services: Services

    func add(to router: Router<AppContext>) {
        router.get("/projects") { request, context in try await list(request, context) }
        router.get("/projects/{number}") { _, context in try await page(context) }
        router.post("/projects/{number}/comments") { request, context -> Response in
            let account = try context.require(.comment)
            let (current, project) = try await find(context)
            let form = try await FormInput.read(request, context: context)
            guard let text = form.text("text") else {
                throw Refusal(.badRequest, zh: "意见内容不能为空。", en: "The comment is empty.", field: "text")
            }
            _ = try await services.store.addComment(planID: current.id, project: project.number, text: text,
                                                   by: account.login, at: services.now())
            return Response.redirect(to: "/projects/\(project.number)#comments")
        }
    }

    private func find(_ context: AppContext) async throws -> (PlanCache.Current, Project) {
        guard let current = try await services.plans.current(),
              let number = context.parameters.get("number", as: Int.self),
              let project = current.plan.projects.first(where: { $0.number == number }) else {
            throw Refusal.notFound("该项目", "project")
        }
        return (current, project)
    }

    private func list(_ request: Request, _ context: AppContext) async throws -> Response {
        try context.require(.readPlan)
        var data = Frame.data(context, services, title: Catalogue.strings(context.language)["nav_projects"] ?? "", active: "projects")
        guard let current = try await services.plans.current() else {
            data["noPlan"] = true
            return services.pages.page("projects", data)
        }
        let overview = try await Overview.make(services, current)
        let query = request.uri.queryParameters
        let filter = ProjectFilter(category: query["category"].map(String.init), unit: query["unit"].map(String.init),
                                   leader: query["leader"].map(String.init), status: query["status"].map(String.init),
                                   text: query["q"].map(String.init))
        let projects = overview.plan.projects.filter { filter.matches($0, overview.assessments[$0.number]?.status) }
        data["projects"] = projects.map { ProjectRow(project: $0, overview: overview, language: context.language).data }
        data["count"] = projects.count
        data["total"] = overview.plan.projects.count
        data["filters"] = filter.options(overview: overview, language: context.language)
        data["q"] = filter.text ?? ""
        return services.pages.page("projects", data)
    }

    private func page(_ context: AppContext) async throws -> Response {
        let account = try context.require(.readPlan)
        let (current, project) = try await find(context)
        let language = context.language
        var data = Frame.data(context, services, title: "\(project.number). \(project.title)", active: "projects")
        // The body depends on the plan's state, the day, the language and what the
        // reader's role and unit may see; the CSRF token of its form is put in per request.
        let key = "project|\(project.number)|\(language)|\(services.today())|\(account.role)|\(account.unit ?? "")"
        let body = try await services.plans.fragment(key) {
            var body = try await projectBody(project, current: current, account: account, language: language)
            body["t"] = Catalogue.strings(language)
            body["csrf"] = Self.csrfMark
            return services.pages.fragment("project-body", body)
        }
        data["body"] = body.replacingOccurrences(of: Self.csrfMark, with: context.visitor?.csrfToken ?? "")
        return services.pages.page("project", data)
    }

    static let csrfMark = "__luoshi_csrf__"

    /// How far each district or unit has got on its share of the project, from its sub-plan.
    private func subPlanRows(_ project: Project, planID: Int) async throws -> [[String: Any]] {
        var rows: [[String: Any]] = []
        for subPlan in try await services.store.subPlans(planID: planID) {
            guard let item = subPlan.items.first(where: { $0.project == project.number }) else { continue }
            let latest = try await services.store.subPlanProgress(subPlanID: subPlan.id ?? 0)
                .filter { $0.itemKey == item.key }.max { $0.month < $1.month }
            rows.append(["id": subPlan.id ?? 0, "unit": subPlan.unit, "target": item.target, "responsible": item.responsible,
                         "completion": latest.map { "\($0.completion)%" } ?? "", "month": latest?.month.chineseName ?? "",
                         "text": latest?.text ?? ""])
        }
        return rows
    }

    private func projectBody(_ project: Project, current: PlanCache.Current, account: Account,
                             language: Language) async throws -> [String: Any] {
        let overview = try await Overview.make(services, current)
        var data: [String: Any] = [:]
        data["project"] = ProjectRow(project: project, overview: overview, language: language).data
        data["description"] = project.description ?? ""
        data["contactPhone"] = project.responsibility.contactPhone ?? ""
        data["supporting"] = project.responsibility.supportingUnits.joined(separator: "、")
        let phases = overview.plan.phases.filter { $0.project == project.number }
        let strings = Catalogue.strings(language)
        let bars = phases.map { phase in
            let status = overview.phaseStatus(phase)
            return Gantt.Bar(label: "\(phase.order). \(phase.title)", timing: phase.timing ?? phase.condition ?? "",
                             startMonth: phase.startMonth, endMonth: phase.endMonth, status: status,
                             statusText: language == .zh ? status.chineseName : status.englishName)
        }
        if !phases.isEmpty {
            data["gantt"] = Gantt(bars: bars, year: overview.year, asOf: overview.asOf, todayLabel: strings["today"] ?? "").svg
        }
        data["phases"] = zip(phases, bars).map { phase, bar in
            ["order": phase.order, "title": phase.title, "timing": bar.timing, "deliverables": phase.deliverables,
             "condition": phase.condition ?? "", "status": Labels.phase(bar.status, language)] as [String: Any]
        }
        data["indicators"] = IndicatorRows(overview: overview, language: language).rows(project: project.number)
        data["reports"] = reportHistory(project: project, reports: overview.reports, account: account, language: language)
        let notices = try await services.store.notices(planID: current.id, project: project.number)
        data["notices"] = notices.map { NoticeRow(notice: $0, asOf: overview.asOf, language: language).data }
        data["comments"] = try await services.store.comments(planID: current.id, project: project.number).map {
            ["author": $0.author, "text": $0.text, "at": Shanghai.minute($0.createdAt)] as [String: Any]
        }
        data["canComment"] = Access.allows(account, .comment)
        data["subplans"] = try await subPlanRows(project, planID: current.id)
        data["canIssue"] = Access.allows(account, .issueNotice)
        if Access.allows(account, .readAudit) {
            data["audit"] = try await services.store.auditEntries(planID: current.id, project: project.number, limit: 50)
                .map { AuditRow.data($0) }
            data["canAudit"] = true
        }
        return data
    }

    /// Each unit's section on this project, month by month; drafts only for
    /// those who may read them.
    private func reportHistory(project: Project, reports: [ProgressReport], account: Account,
                               language: Language) -> [[String: Any]] {
        reports.reversed().compactMap { report -> [String: Any]? in
            guard let section = report.section(for: project.number) else { return nil }
            let operation: ReformPlan.Operation = report.state == .draft ? .readDraftReport : .readSubmittedReport
            guard Access.allows(account, operation, units: [report.unit]) else { return nil }
            return ["id": report.id ?? 0, "month": report.month.description, "unit": report.unit,
                    "state": Labels.report(report.state, language), "late": report.late,
                    "completion": section.completion, "progress": section.progress, "problems": section.problems,
                    "nextSteps": section.nextSteps]
        }
    }
}

/// The project list's filters, from the query string.
struct ProjectFilter {
    var category: String?
    var unit: String?
    var leader: String?
    var status: String?
    var text: String?

    func matches(_ project: Project, _ projectStatus: ProjectStatus?) -> Bool {
        if let category, !category.isEmpty, project.category?.rawValue != category { return false }
        if let unit, !unit.isEmpty, !project.responsibility.answeringUnits.contains(unit) { return false }
        if let leader, !leader.isEmpty, project.responsibility.leaderInCharge != leader { return false }
        if let status, !status.isEmpty, projectStatus?.rawValue != status { return false }
        if let text, !text.isEmpty {
            let haystack = [project.title, project.description ?? "", project.responsibility.answeringUnits.joined(),
                            project.responsibility.leadAgency ?? "", String(project.number)].joined(separator: " ")
            if !haystack.localizedCaseInsensitiveContains(text) { return false }
        }
        return true
    }

    func options(overview: Overview, language: Language) -> [String: Any] {
        func option(_ value: String, _ label: String, _ chosen: String?) -> [String: Any] {
            ["value": value, "label": label, "selected": value == chosen]
        }
        let leaders = Array(Set(overview.plan.projects.compactMap { $0.responsibility.leaderInCharge })).sorted()
        return [
            "categories": ProjectCategory.allCases.map { option($0.rawValue, Labels.category($0, language), category) },
            "units": overview.reportingUnits.map { option($0, $0, unit) },
            "leaders": leaders.map { option($0, $0, leader) },
            "statuses": ProjectStatus.allCases.map { option($0.rawValue, language == .zh ? $0.chineseName : $0.englishName, status) },
        ]
    }
}
