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

    private func currentPlan() async throws -> PlanCache.Current {
        guard let current = try await services.plans.current() else { throw Refusal.notFound("实施方案", "plan") }
        return current
    }

    private func list(_ request: Request, _ context: AppContext) async throws -> Response {
        let account = try context.require(.readNotice)
        let current = try await currentPlan()
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
        let current = try await currentPlan()
        let chosen = typed?["project"].flatMap(Int.init) ?? request.uri.queryParameters["project"].flatMap { Int(String($0)) }
        var data = Frame.data(context, services, title: Catalogue.strings(context.language)["notice_issue"] ?? "", active: "notices")
        let due = services.today().adding(days: try await services.thresholds().noticeReplyDays)
        data["projects"] = current.plan.projects.map { project -> [String: Any] in
            ["number": project.number, "title": project.title, "selected": project.number == chosen,
             "units": project.responsibility.answeringUnits.map { ["name": $0, "selected": $0 == typed?["unit"]] }]
        }
        if let chosen {
            data["phases"] = current.plan.phases.filter { $0.project == chosen }.map {
                ["key": "\($0.stream).\($0.order)", "title": "\($0.order). \($0.title)（\($0.timing ?? $0.condition ?? "")）"]
            }
            data["units"] = current.plan.projects.first { $0.number == chosen }?.responsibility.answeringUnits
                .map { ["name": $0, "selected": $0 == typed?["unit"]] } ?? []
            data["chosen"] = chosen
        }
        data["reason"] = typed?["reason"] ?? ""
        data["replyDue"] = typed?["replyDue"] ?? due.description
        if let problem { data["error"] = problem.message(context.language) }
        return services.pages.page("notice-new", data, status: problem == nil ? .ok : .unprocessableContent)
    }

    private func issue(_ request: Request, _ context: AppContext) async throws -> Response {
        let account = try context.require(.issueNotice)
        let form = try await FormInput.read(request, context: context)
        let current = try await currentPlan()
        do {
            let notice = try NoticeInput.read(form, plan: current.plan, issuedBy: account.login, today: services.today())
            let stored = try await services.store.issueNotice(notice, planID: current.id, by: account.login, at: services.now())
            return Response.redirect(to: "/notices/\(stored.id ?? 0)")
        } catch let refusal as Refusal {
            return try await newForm(request, context, problem: refusal, typed: form)
        }
    }

    private func find(_ context: AppContext) async throws -> SupervisionNotice {
        guard let id = context.parameters.get("id", as: Int64.self),
              let (planID, notice) = try await services.store.notice(id: id),
              let current = try await services.plans.current(), current.id == planID else {
            throw Refusal.notFound("该督办单", "notice")
        }
        return notice
    }

    private func show(_ context: AppContext) async throws -> Response {
        let account = try context.require(.readNotice)
        let notice = try await find(context)
        let current = try await currentPlan()
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
        var notice = try await find(context)
        let account = try context.require(action.operation, units: [notice.unit])
        guard action.allowedFrom.contains(notice.state) else {
            throw Refusal(.conflict, zh: "督办单当前为“\(notice.state.chineseName)”，不能\(action.rawValue)。",
                          en: "The notice is \(notice.state.rawValue); it cannot be \(action.rawValue)ed now.")
        }
        let now = services.now()
        switch action {
        case .sign:
            notice.signedBy = account.login
            notice.signedAt = now
        case .reply:
            guard let text = form.text("reply") else {
                throw Refusal(.unprocessableContent, zh: "回复内容不能为空。", en: "The reply is empty.", field: "reply")
            }
            notice.reply = text
            notice.repliedBy = account.login
            notice.repliedAt = now
            if notice.signedBy == nil { notice.signedBy = account.login; notice.signedAt = now }
        case .close:
            notice.closingNote = form.text("note")
        case .escalate:
            let plan = try await currentPlan().plan
            notice.escalatedTo = plan.projects.first { $0.number == notice.project }?.responsibility.leaderInCharge ?? "分管领导"
            notice.closingNote = form.text("note")
        }
        notice.state = action.result
        try await services.store.updateNotice(notice, by: account.login, at: now)
        return Response.redirect(to: "/notices/\(notice.id ?? 0)")
    }
}

/// A new notice from the issue form, checked field by field.
enum NoticeInput {
    static func read(_ form: FormInput, plan: Plan, issuedBy: String, today: Day) throws -> SupervisionNotice {
        guard let number = form["project"].flatMap(Int.init), let project = plan.projects.first(where: { $0.number == number }) else {
            throw Refusal(.unprocessableContent, zh: "请选择督办的项目。", en: "Choose the project.", field: "project")
        }
        guard let unit = form.text("unit"), project.responsibility.answeringUnits.contains(unit) else {
            throw Refusal(.unprocessableContent, zh: "请选择负责项目\(number)的单位（\(project.responsibility.answeringUnits.joined(separator: "、"))）。",
                          en: "Choose a unit that answers for project \(number).", field: "unit")
        }
        var phase: PhaseKey?
        if let key = form.text("phase") {
            let parts = key.split(separator: ".").compactMap { Int($0) }
            guard parts.count == 2, plan.phases.contains(where: { $0.project == number && $0.stream == parts[0] && $0.order == parts[1] }) else {
                throw Refusal(.unprocessableContent, zh: "所选阶段不属于项目\(number)。", en: "That phase is not one of project \(number)'s.", field: "phase")
            }
            phase = PhaseKey(stream: parts[0], order: parts[1])
        }
        guard let reason = form.text("reason") else {
            throw Refusal(.unprocessableContent, zh: "请填写督办事由。", en: "Give the reason.", field: "reason")
        }
        guard let dueText = form.text("replyDue"), let due = Day(iso: dueText) else {
            throw Refusal(.unprocessableContent, zh: "回复期限应为 yyyy-mm-dd 格式的日期。", en: "The reply date must be yyyy-mm-dd.", field: "replyDue")
        }
        guard due >= today else {
            throw Refusal(.unprocessableContent, zh: "回复期限\(due)早于今天（\(today)）。", en: "The reply date \(due) is before today (\(today)).", field: "replyDue")
        }
        return SupervisionNotice(year: today.year, serial: 0, unit: unit, project: number, phase: phase, reason: reason,
                                 replyDue: due, issuedBy: issuedBy, issuedOn: today)
    }
}
