import Foundation
import Hummingbird
import OfficialDocuments
import PlanStore
import ReformPlan

/// 专项督查 at /inspections: an inspection with its scope (projects, units,
/// a theme), team and dates; what it found at each unit, each finding with the
/// rectification items (整改) it sets, owner and deadline, tracked to closure
/// like a meeting's decisions; its report as a GB/T 9704 DOCX.
struct InspectionRoutes {
    let services: Services

    func add(to router: Router<AppContext>) {
        router.get("/inspections") { _, context in try await list(context) }
        router.post("/inspections") { request, context in try await create(request, context) }
        router.get("/inspections/{id}") { _, context in try await page(context) }
        router.post("/inspections/{id}/findings") { request, context in try await record(request, context) }
        router.get("/inspections/{id}/report.docx") { _, context in try await report(context) }
    }

    /// How many rectification items one finding may set at once on the form.
    static let itemSlots = 3

    private func list(_ context: AppContext, typed: FormInput? = nil, problems: [String] = [],
                      status: HTTPResponse.Status = .ok) async throws -> Response {
        let account = try context.require(.readPlan)
        let current = try await services.currentPlan()
        let actions = try await services.store.actions(planID: current.id)
        var data = Frame.data(context, services, title: "专项督查", active: "meetings")
        data["tab_inspections"] = true
        data["inspections"] = try await services.store.inspections(planID: current.id).map { i -> [String: Any] in
            let items = actions.filter { $0.source == .inspection(i.id ?? 0) }
            return ["id": i.id ?? 0, "title": i.title, "theme": i.theme, "startOn": i.startOn.description, "endOn": i.endOn.description,
                    "units": i.unitsInScope(of: current.plan).joined(separator: "、"), "items": items.count,
                    "closed": items.filter { $0.state == .closed }.count]
        }
        data["canRun"] = Access.allows(account, .runMeetings)
        let chosenProjects = Set(typed?.all("project") ?? []), chosenUnits = Set(typed?.all("unit") ?? [])
        data["projects"] = current.plan.projects.map { ["number": $0.number, "title": $0.title, "checked": chosenProjects.contains(String($0.number))] }
        data["units"] = current.plan.reportingUnits.map { ["name": $0, "checked": chosenUnits.contains($0)] }
        let today = services.today()
        data["typedTitle"] = typed?["title"] ?? ""
        data["typedTheme"] = typed?["theme"] ?? ""
        data["typedTeam"] = typed?["team"] ?? ""
        data["typedStart"] = typed?["startOn"] ?? today.description
        data["typedEnd"] = typed?["endOn"] ?? today.adding(days: 14).description
        data["problems"] = problems
        return services.pages.page("inspections", data, status: status)
    }

    private func create(_ request: Request, _ context: AppContext) async throws -> Response {
        let account = try context.require(.runMeetings)
        let form = try await FormInput.read(request, context: context, fieldLimit: 32 * 1024)
        let current = try await services.currentPlan()
        var problems: [String] = []
        let start = Day(iso: (form["startOn"] ?? "").trimmingCharacters(in: .whitespaces))
        let end = Day(iso: (form["endOn"] ?? "").trimmingCharacters(in: .whitespaces))
        if start == nil { problems.append("开始日期“\(form["startOn"] ?? "")”不是有效日期，请写成 2019-10-08。") }
        if end == nil { problems.append("结束日期“\(form["endOn"] ?? "")”不是有效日期，请写成 2019-10-20。") }
        let projects = form.all("project").map { Int($0) ?? -1 }
        if let start, let end {
            let inspection = Inspection(planID: current.id, title: (form["title"] ?? "").trimmingCharacters(in: .whitespaces),
                                        theme: (form["theme"] ?? "").trimmingCharacters(in: .whitespaces), projects: projects,
                                        units: form.all("unit"), team: MeetingRoutes.lines(form["team"]), startOn: start, endOn: end,
                                        createdBy: account.login)
            problems += inspection.problems(plan: current.plan).map(\.message)
            if problems.isEmpty {
                let saved = try await services.store.createInspection(inspection, at: services.now())
                return .redirect(to: "/inspections/\(saved.id ?? 0)")
            }
        }
        return try await list(context, typed: form, problems: problems, status: .unprocessableContent)
    }

    private func load(_ context: AppContext) async throws -> (PlanCache.Current, Inspection) {
        let current = try await services.currentPlan()
        let id = try context.parameters.require("id", as: Int64.self)
        guard let inspection = try await services.store.inspection(id: id), inspection.planID == current.id else {
            throw Refusal.notFound("该专项督查", "inspection")
        }
        return (current, inspection)
    }

    private func page(_ context: AppContext, typed: FormInput? = nil, problems: [String] = [],
                      status: HTTPResponse.Status = .ok) async throws -> Response {
        let account = try context.require(.readPlan)
        let (current, inspection) = try await load(context)
        let findings = try await services.store.findings(inspectionID: inspection.id ?? 0)
        let items = try await services.store.actions(planID: current.id, source: .inspection(inspection.id ?? 0))
        let today = services.today()
        var data = Frame.data(context, services, title: inspection.title, active: "meetings")
        data["tab_inspections"] = true
        let projectNames = current.plan.projects.filter { inspection.projects.contains($0.number) }.map { "\($0.number). \($0.title)" }
        data["i"] = ["id": inspection.id ?? 0, "title": inspection.title, "theme": inspection.theme, "startOn": inspection.startOn.description,
                     "endOn": inspection.endOn.description, "team": inspection.team, "projects": projectNames,
                     "units": inspection.unitsInScope(of: current.plan).joined(separator: "、")]
        data["findings"] = findings.map { finding -> [String: Any] in
            ["unit": finding.unit, "unitLink": UnitRoutes.path(finding.unit), "text": finding.text, "day": finding.recordedOn.description,
             "actions": ActionView.rows(items.filter { $0.findingID == finding.id }, account: account, today: today)]
        }
        data["itemCount"] = items.count
        data["closedCount"] = items.filter { $0.state == .closed }.count
        data["overdueCount"] = items.filter { $0.isOverdue(asOf: today) }.count
        data["canRun"] = Access.allows(account, .runMeetings)
        data["scopeUnits"] = inspection.unitsInScope(of: current.plan).map { ["name": $0, "selected": $0 == typed?["unit"]] }
        data["typedText"] = typed?["text"] ?? ""
        data["slots"] = (1...Self.itemSlots).map { n in
            ["n": n, "item": typed?["item\(n)"] ?? "", "due": typed?["due\(n)"] ?? today.adding(days: 30).description]
        }
        data["problems"] = problems
        return services.pages.page("inspection", data, status: status)
    }

    /// A finding at a unit, with up to three rectification items; all kept or, on a mistake, none.
    private func record(_ request: Request, _ context: AppContext) async throws -> Response {
        let account = try context.require(.runMeetings)
        let (current, inspection) = try await load(context)
        let form = try await FormInput.read(request, context: context, fieldLimit: 32 * 1024)
        let unit = form["unit"] ?? "", text = (form["text"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let today = services.today()
        var problems: [String] = []
        if !inspection.unitsInScope(of: current.plan).contains(unit) { problems.append("“\(unit)”不在本次督查的范围内，请从列表中选择。") }
        if text.count < 6 { problems.append("请写明发现的问题（至少6个字）。") }
        var items: [TrackedAction] = []
        for n in 1...Self.itemSlots {
            let title = (form["item\(n)"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            guard !title.isEmpty else { continue }
            guard let due = Day(iso: (form["due\(n)"] ?? "").trimmingCharacters(in: .whitespaces)) else {
                problems.append("第\(n)项整改事项的期限“\(form["due\(n)"] ?? "")”不是有效日期。")
                continue
            }
            let item = TrackedAction(planID: current.id, source: .inspection(inspection.id ?? 0), title: title, unit: unit, due: due,
                                     createdBy: account.login)
            problems += item.problems(units: current.plan.reportingUnits, today: today).filter { $0.field != "unit" }
                .map { "第\(n)项整改事项：\($0.message)" }
            items.append(item)
        }
        guard problems.isEmpty else { return try await page(context, typed: form, problems: problems, status: .unprocessableContent) }
        try await services.store.recordFinding(
            Inspection.Finding(inspectionID: inspection.id ?? 0, unit: unit, text: text, recordedBy: account.login, recordedOn: today),
            items: items, planID: current.id, origin: "“\(inspection.title)”专项督查", at: services.now())
        return .redirect(to: "/inspections/\(inspection.id ?? 0)#findings")
    }

    private func report(_ context: AppContext) async throws -> Response {
        _ = try context.require(.readPlan)
        let (current, inspection) = try await load(context)
        let text = InspectionReport.text(
            inspection, findings: try await services.store.findings(inspectionID: inspection.id ?? 0),
            items: try await services.store.actions(planID: current.id, source: .inspection(inspection.id ?? 0)), plan: current.plan,
            letterhead: LetterheadSettings.current(try await services.store.settings(), plan: current.plan), today: services.today())
        return Download.response(try OfficialDocument.docx(text),
                                 mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                 fileName: "\(inspection.title)督查报告.docx")
    }
}
