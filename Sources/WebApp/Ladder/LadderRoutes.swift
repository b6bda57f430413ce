import Foundation
import Hummingbird
import PlanStore
import ReformPlan

/// 跟踪督办 at /ladder: every reporting unit on the escalation ladder as of the
/// server's day — the rung it reached, how often each rung was reached, how
/// late it is and what the rules say comes next — with the records that move
/// it (催办, 约谈, 问责 and a referral's result), the rules at /ladder/rules,
/// and in the demo the clock that moves the day on.
struct LadderRoutes {
    let services: Services

    func add(to router: Router<AppContext>) {
        router.get("/ladder") { _, context in try await list(context) }
        router.get("/ladder/rules") { _, context in try await rulesPage(context) }
        router.post("/ladder/rules") { request, context in try await saveRules(request, context) }
        router.post("/units/{name}/escalations") { request, context in try await record(request, context) }
        router.post("/escalations/{id}/result") { request, context in try await result(request, context) }
        router.post("/demo/clock") { request, context in try await moveClock(request, context) }
    }

    private func list(_ context: AppContext) async throws -> Response {
        let account = try context.require(.readLadder)
        // A unit's reporter sees the unit's own ladder, on its page.
        if Access.scope(of: account.role, for: .readLadder) != .all {
            guard let unit = account.unit else { throw Refusal.forbidden("查看跟踪督办", "read the escalation ladder") }
            return .redirect(to: UnitRoutes.path(unit))
        }
        let current = try await services.currentPlan()
        let desk = LadderDesk(services: services, current: current)
        let rules = try await desk.rules()
        let standings = try await desk.gathering().standings(today: desk.today, rules: rules)
        var data = Frame.data(context, services, title: "跟踪督办", active: "ladder")
        data["rows"] = standings.map(LadderView.row)
        data["rungs"] = LadderView.rungs
        data["dueCount"] = standings.filter { $0.due != nil }.count
        data["lateCount"] = standings.filter { $0.daysLate > 0 }.count
        data["rules"] = EscalationRules.fields.map { ["name": $0.name, "value": rules[keyPath: $0.path]] }
        data["canSetRules"] = Access.allows(account, .setEscalationRules)
        return services.pages.page("ladder", data)
    }

    private func record(_ request: Request, _ context: AppContext) async throws -> Response {
        let unit = try UnitRoutes.unit(context)
        let account = try context.require(.escalate, units: [unit])
        let form = try await FormInput.read(request, context: context, fieldLimit: 16 * 1024)
        guard let step = form["step"].flatMap(EscalationRecord.Step.init(rawValue:)) else {
            return try await UnitRoutes(services: services).page(context, unit: unit, typed: form, problems: ["请选择催办、约谈或问责。"],
                                                                 status: .unprocessableContent)
        }
        let today = services.today()
        guard let day = Day(iso: (form["day"] ?? "").trimmingCharacters(in: .whitespaces)) else {
            return try await UnitRoutes(services: services).page(context, unit: unit, typed: form,
                                                                 problems: ["日期“\(form["day"] ?? "")”不是有效日期，请写成 2019-10-08。"],
                                                                 status: .unprocessableContent)
        }
        let current = try await services.currentPlan()
        let record = EscalationRecord(planID: current.id, unit: unit, step: step, day: day,
                                      summary: (form["summary"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines),
                                      by: (form["by"] ?? "").trimmingCharacters(in: .whitespaces),
                                      outcome: step == .interview ? form.text("outcome") : nil,
                                      recordedBy: account.login, recordedAt: services.now())
        let problems = record.problems(today: today, units: current.plan.reportingUnits)
        guard problems.isEmpty else {
            return try await UnitRoutes(services: services).page(context, unit: unit, typed: form, problems: problems.map(\.message),
                                                                 status: .unprocessableContent)
        }
        try await services.store.recordEscalation(record)
        return .redirect(to: UnitRoutes.path(unit) + "#ladder")
    }

    private func result(_ request: Request, _ context: AppContext) async throws -> Response {
        let id = try context.parameters.require("id", as: Int64.self)
        _ = try context.require(.escalate)
        let current = try await services.currentPlan()
        guard let record = try await services.store.escalationRecord(id: id), record.planID == current.id else {
            throw Refusal.notFound("该问责记录", "escalation record")
        }
        let account = try context.require(.escalate, units: [record.unit])
        let form = try await FormInput.read(request, context: context, fieldLimit: 16 * 1024)
        guard let held = form["held"].flatMap({ ["yes": true, "no": false][$0] }) else {
            throw Refusal(.unprocessableContent, zh: "请选择是否问责。", en: "Say whether the unit was held to account.", field: "held")
        }
        guard let outcome = form.text("outcome"), outcome.count >= 2 else {
            throw Refusal(.unprocessableContent, zh: "请写明处理结果（如“通报批评”“诫勉谈话”或不予问责的理由）。",
                          en: "Say what the office decided.", field: "outcome")
        }
        let version = try form.version()
        try await services.store.recordReferralResult(id: id, expectedVersion: version, held: held, outcome: outcome,
                                                      by: account.login, at: services.now())
        return .redirect(to: UnitRoutes.path(record.unit) + "#ladder")
    }

    private func rulesPage(_ context: AppContext, typed: FormInput? = nil, problems: [(field: String, message: String)] = [],
                           status: HTTPResponse.Status = .ok) async throws -> Response {
        let account = try context.require(.readLadder)
        guard Access.scope(of: account.role, for: .readLadder) == .all else { throw Refusal.forbidden("查看督办规则", "read the ladder's rules") }
        let rules = try await services.store.escalationRules()
        var data = Frame.data(context, services, title: "督办规则", active: "ladder")
        data["fields"] = EscalationRules.fields.map { field -> [String: Any] in
            ["key": field.key, "name": field.name, "value": typed?[field.key] ?? String(rules[keyPath: field.path]),
             "problem": problems.first { $0.field == field.key }?.message ?? ""]
        }
        data["problems"] = problems.map(\.message)
        data["canSetRules"] = Access.allows(account, .setEscalationRules)
        return services.pages.page("ladder-rules", data, status: status)
    }

    private func saveRules(_ request: Request, _ context: AppContext) async throws -> Response {
        let account = try context.require(.setEscalationRules)
        let form = try await FormInput.read(request, context: context)
        var rules = EscalationRules()
        var problems: [(field: String, message: String)] = []
        for field in EscalationRules.fields {
            let text = (form[field.key] ?? "").trimmingCharacters(in: .whitespaces)
            guard let value = Int(text) else {
                problems.append((field.key, "“\(field.name)”应为整数，现为“\(text)”"))
                continue
            }
            rules[keyPath: field.path] = value
        }
        if problems.isEmpty { problems = rules.problems() }
        guard problems.isEmpty else { return try await rulesPage(context, typed: form, problems: problems, status: .unprocessableContent) }
        try await services.store.setEscalationRules(rules, by: account.login, at: services.now())
        return .redirect(to: "/ladder")
    }

    /// The demo's clock, moved on by some days: kept, and the reminder round run at once on the new day.
    private func moveClock(_ request: Request, _ context: AppContext) async throws -> Response {
        guard services.settings.demo else { throw Refusal.notFound("演示时钟", "demo clock") }
        let account = try context.require(.setEscalationRules)
        let form = try await FormInput.read(request, context: context)
        guard let days = form["days"].flatMap(Int.init), (1...92).contains(days) else {
            throw Refusal(.unprocessableContent, zh: "演示时钟每次可前进1到92天。", en: "Move the clock on by 1 to 92 days.", field: "days")
        }
        let current = try await services.currentPlan()
        let day = services.today().adding(days: days)
        if let year = current.plan.year, day.year != year {
            throw Refusal(.unprocessableContent, zh: "演示时钟不能走出方案年度（\(year)年）：\(day)。", en: "The clock stays in the plan year.",
                          field: "days")
        }
        guard services.clock.asOf != nil else {
            throw Refusal(.conflict, zh: "服务器按实际日期运行，演示时钟不能拨动。", en: "The server follows the calendar.", field: "days")
        }
        // Kept first, then moved: a restart never finds the clock behind what was done on the new day.
        try await services.store.setSetting(ServerClock.settingKey, day.description, by: account.login, at: services.now())
        services.clock.move(to: day)
        try await ReminderRound(store: services.store, thresholds: try await services.thresholds())
            .run(today: day, by: account.login, at: services.now())
        return .redirect(to: request.refererPage ?? "/ladder")
    }
}
