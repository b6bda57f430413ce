import Foundation
import Hummingbird
import PlanStore
import ReformPlan

/// A unit's page at /units/{name}: what it answers for on the plan (each
/// project and in what capacity, its people on the chains, its accounts), what
/// it owes now, and its escalation ladder — where it stands, what the rules say
/// comes next, and everything that pressed it this year, in order — with the
/// forms to record a 催办, a 约谈 or a 问责 for those who may.
struct UnitRoutes {
    let services: Services

    func add(to router: Router<AppContext>) {
        router.get("/units/{name}") { _, context in
            try await page(context, unit: try Self.unit(context))
        }
    }

    static func unit(_ context: AppContext) throws -> String { try context.unitName("name") }

    static func path(_ unit: String) -> String { "/units/" + Messages.pathComponent(unit) }

    func page(_ context: AppContext, unit: String, typed: FormInput? = nil, problems: [String] = [],
              status: HTTPResponse.Status = .ok) async throws -> Response {
        let account = try context.require(.readPlan)
        let current = try await services.currentPlan()
        let plan = current.plan
        guard plan.units.contains(where: { $0.name == unit }) || plan.reportingUnits.contains(unit) else {
            throw Refusal.notFound("单位“\(unit)”", "unit")
        }
        var data = Frame.data(context, services, title: unit, active: "ladder")
        data["unit"] = unit
        data["path"] = Self.path(unit)
        data["unitQuery"] = unit.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? unit
        let accounts = try await services.store.accounts()
        data["roles"] = Self.roles(of: unit, in: plan)
        data["accounts"] = accounts.filter { $0.unit == unit && !$0.disabled }.map { ["name": $0.displayName, "role": $0.role.chineseName] }
        data["reports"] = plan.reportingUnits.contains(unit)
        data["actions"] = ActionView.rows(try await services.store.actions(planID: current.id, unit: unit, openOnly: true),
                                          account: account, today: services.today())
        data["showSource"] = true
        if plan.reportingUnits.contains(unit), Access.allows(account, .readLadder, units: [unit]) {
            let desk = LadderDesk(services: services, current: current)
            let gathering = try await desk.gathering()
            let rules = try await desk.rules()
            let standing = EscalationLadder.standing(gathering.facts(of: unit, today: desk.today), today: desk.today, rules: rules)
            data["ladder"] = true
            data["standing"] = LadderView.row(standing)
            data["rungs"] = LadderView.rungs
            data["owed"] = gathering.owed(by: unit, today: desk.today).map { ["what": $0.what, "due": $0.due.description, "link": $0.link] }
            data["timeline"] = timeline(unit, gathering: gathering, today: desk.today)
            let canEscalate = Access.allows(account, .escalate, units: [unit])
            data["canEscalate"] = canEscalate
            data["canIssueNotice"] = Access.allows(account, .issueNotice, units: [unit])
            if canEscalate { data.merge(form(typed: typed, account: account, leaders: desk.leaders(of: unit), today: desk.today)) { $1 } }
        }
        data["problems"] = problems
        return services.pages.page("unit", data, status: status)
    }

    /// The projects the unit answers for, and as what.
    static func roles(of unit: String, in plan: Plan) -> [[String: Any]] {
        plan.projects.compactMap { project in
            let chain = project.responsibility
            let roles = chain.roles(of: unit)
            guard !roles.isEmpty else { return nil }
            return ["number": project.number, "title": project.title, "role": roles.joined(separator: "、"),
                    "first": chain.firstResponsible ?? "", "leader": chain.leaderInCharge ?? ""]
        }
    }

    /// Everything that pressed the unit by `today`, oldest first, each with what it was and where to read it.
    func timeline(_ unit: String, gathering: LadderGathering, today: Day) -> [[String: Any]] {
        var entries: [(day: Day, order: Int, data: [String: Any])] = []
        func add(_ day: Day, _ rung: Rung, _ text: String, link: String = "", extra: [String: Any] = [:]) {
            var data: [String: Any] = ["day": day.description, "rung": rung.chineseName, "rungKey": "rung-\(rung.rawValue)",
                                       "text": text, "link": link]
            data.merge(extra) { $1 }
            entries.append((day, rung.rawValue, data))
        }
        for sent in gathering.reminders where sent.unit == unit && sent.day <= today {
            add(sent.day, .reminder, "自动\(sent.kind.chineseName)", link: "/messages")
        }
        for notice in gathering.notices where notice.unit == unit && notice.issuedOn <= today {
            add(notice.issuedOn, .notice, "督办单\(notice.number)：\(notice.reason)（\(notice.state.chineseName)，\(notice.replyDue)前回复）",
                link: "/notices/\(notice.id ?? 0)")
        }
        for bulletin in gathering.bulletins where bulletin.issuedOn <= today {
            if let why = bulletin.facts.namedReason(unit) {
                add(bulletin.issuedOn, .bulletin, "\(bulletin.number)点名：\(bulletin.facts.month.chineseName)进展\(why)", link: "/bulletins")
            }
        }
        for record in gathering.records where record.unit == unit && record.day <= today {
            var text = "\(record.by)：\(record.summary)"
            if let outcome = record.outcome { text += "。\(record.step == .interview ? "结果" : "处理结果")：\(outcome)" }
            if record.step == .referral { text += record.held.map { $0 ? "（已问责）" : "（不予问责）" } ?? "（待处理结果）" }
            add(record.day, record.step.rung, text, extra: ["id": record.id ?? 0, "version": record.version, "awaitsResult": record.awaitsResult])
        }
        return entries.sorted { ($0.day, $0.order) < ($1.day, $1.order) }.map(\.data)
    }

    /// The escalation forms, with what was typed kept after a mistake.
    func form(typed: FormInput?, account: Account, leaders: [String], today: Day) -> [String: Any] {
        let step = typed?["step"] ?? ""
        return [
            "today": today.description,
            "typedStep": step, "typedDay": typed?["day"] ?? today.description, "typedSummary": typed?["summary"] ?? "",
            "typedBy": typed?["by"] ?? account.displayName, "typedOutcome": typed?["outcome"] ?? "",
            "me": account.displayName,
            "leaders": leaders.map { ["name": $0] },
            "steps": EscalationRecord.Step.allCases.map { ["value": $0.rawValue, "name": $0.chineseName, "selected": $0.rawValue == step] },
        ]
    }
}
