import Foundation
import Hummingbird
import PlanStore
import ReformPlan

/// 督办: supervision notices — issuing one to a unit about a project or a
/// phase, the unit signing and replying, the office closing or escalating.
struct NoticeRoutes {
    let services: Services

    func add(to router: Router<AppContext>) {
        router.get("/notices") { request, context in try await list(request, context) }
        router.get("/notices/new") { request, context in try await newForm(request, context) }
        router.post("/notices") { request, context in try await issue(request, context) }
        router.get("/notices/{id}") { _, context in try await show(context) }
        router.post("/notices/{id}/{action}") { request, context in try await act(request, context) }
    }

    private var desk: NoticeDesk { NoticeDesk(services: services) }

    private func list(_ request: Request, _ context: AppContext) async throws -> Response {
        let account = try context.require(.readNotice)
        let current = try await services.currentPlan()
        let openOnly = request.uri.queryParameters["open"] == "1"
        let notices = try await services.store.notices(planID: current.id, openOnly: openOnly)
        var data = Frame.data(context, services, title: Catalogue.strings(context.language)["nav_notices"] ?? "", active: "notices")
        data["notices"] = notices.map { notice -> [String: Any] in
            var row = NoticeRow(notice: notice, asOf: services.today(), language: context.language).data
            row["mine"] = notice.unit == account.unit
            return row
        }
        data["openOnly"] = openOnly
        data["canIssue"] = Access.allows(account, .issueNotice)
        return services.pages.page("notices", data)
    }

    private func newForm(_ request: Request, _ context: AppContext, problem: Refusal? = nil, typed: FormInput? = nil) async throws -> Response {
        try context.require(.issueNotice)
        let current = try await services.currentPlan()
        let chosen = typed?["project"].flatMap(Int.init) ?? request.uri.queryParameters["project"].flatMap { Int(String($0)) }
        var data = Frame.data(context, services, title: Catalogue.strings(context.language)["notice_issue"] ?? "", active: "notices")
        let due = services.today().adding(days: try await services.thresholds().noticeReplyDays)
        // From a unit's page the unit comes chosen (?unit=), as well as the project.
        let unit = typed?["unit"] ?? request.uri.queryParameters["unit"].map(String.init)
        data["projects"] = current.plan.projects.map { project -> [String: Any] in
            ["number": project.number, "title": project.title, "selected": project.number == chosen,
             "units": project.responsibility.answeringUnits.map { ["name": $0, "selected": $0 == unit] }]
        }
        if let chosen {
            data["phases"] = current.plan.phases.filter { $0.project == chosen }.map {
                ["key": "\($0.stream).\($0.order)", "title": "\($0.order). \($0.title)（\($0.timing ?? $0.condition ?? "")）"]
            }
            data["units"] = current.plan.projects.first { $0.number == chosen }?.responsibility.answeringUnits
                .map { ["name": $0, "selected": $0 == unit] } ?? []
            data["chosen"] = chosen
        }
        data["reason"] = typed?["reason"] ?? ""
        data["replyDue"] = typed?["replyDue"] ?? due.description
        if let problem { data["error"] = problem.message(context.language) }
        return services.pages.page("notice-new", data, status: problem == nil ? .ok : .unprocessableContent)
    }

    private func issue(_ request: Request, _ context: AppContext) async throws -> Response {
        try context.require(.issueNotice)
        let form = try await FormInput.read(request, context: context)
        do {
            var phase: PhaseKey?
            if let key = form.text("phase") {
                let parts = key.split(separator: ".").compactMap { Int($0) }
                guard parts.count == 2 else { throw NoticeInput.foreignPhase(form["project"].flatMap(Int.init) ?? 0) }
                phase = PhaseKey(stream: parts[0], order: parts[1])
            }
            let stored = try await desk.issue(project: form["project"].flatMap(Int.init), unit: form.text("unit"), phase: phase,
                                              reason: form.text("reason"), replyDue: form.text("replyDue"), context: context)
            return Response.redirect(to: "/notices/\(stored.id ?? 0)")
        } catch let refusal as Refusal where refusal.status == .unprocessableContent {
            return try await newForm(request, context, problem: refusal, typed: form)
        }
    }

    private func show(_ context: AppContext) async throws -> Response {
        let account = try context.require(.readNotice)
        let notice = try await desk.notice(id: context.parameters.get("id", as: Int64.self))
        let current = try await services.currentPlan()
        var data = Frame.data(context, services, title: notice.number, active: "notices")
        var row = NoticeRow(notice: notice, asOf: services.today(), language: context.language).data
        row["projectTitle"] = current.plan.projects.first { $0.number == notice.project }?.title ?? ""
        row["signedBy"] = notice.signedBy ?? ""
        row["repliedBy"] = notice.repliedBy ?? ""
        row["issuedBy"] = notice.issuedBy
        data["n"] = row
        for action in SupervisionNotice.Action.allCases {
            data["can_" + action.rawValue] = action.allowedFrom.contains(notice.state)
                && Access.allows(account, action.operation, units: [notice.unit])
        }
        return services.pages.page("notice", data)
    }

    private func act(_ request: Request, _ context: AppContext) async throws -> Response {
        let form = try await FormInput.read(request, context: context)
        guard let action = SupervisionNotice.Action(rawValue: context.parameters.get("action") ?? "") else {
            throw Refusal.notFound("该操作", "action")
        }
        let notice = try await desk.act(action, on: context.parameters.get("id", as: Int64.self),
                                        text: form[action == .reply ? "reply" : "note"], textField: "reply", context: context)
        return Response.redirect(to: "/notices/\(notice.id ?? 0)")
    }
}
