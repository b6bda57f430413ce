import Foundation
import Hummingbird
import PlanStore
import ReformPlan

/// 子方案: each district bureau's and office's own plan under the city's (六(一)、六(二)).
/// A unit makes its own from the city projects that speak to it, adds items of
/// its own, reports progress on every item monthly, and accepts the city's
/// later changes explicitly. The supervisor may do all of it for any unit.
struct SubPlanRoutes {
    let services: Services

    func add(to router: Router<AppContext>) {
        router.get("/subplans") { _, context in try await list(context) }
        router.get("/subplans/new") { _, context in try await newForm(context, typedTitle: nil, problem: nil) }
        router.post("/subplans") { request, context in try await create(request, context) }
        router.get("/subplans/{id}") { _, context in try await page(context, typed: nil, problem: nil) }
        router.post("/subplans/{id}/items") { request, context in try await addItem(request, context) }
        router.post("/subplans/{id}/items/{key}/delete") { request, context in try await removeItem(request, context) }
        router.post("/subplans/{id}/accept") { request, context in try await accept(request, context) }
        router.post("/subplans/{id}/progress") { request, context in try await progress(request, context) }
    }

    private func desk() async throws -> SubPlanDesk {
        SubPlanDesk(services: services, current: try await services.currentPlan())
    }

    private func list(_ context: AppContext) async throws -> Response {
        let account = try context.require(.readPlan)
        var data = Frame.data(context, services, title: Catalogue.strings(context.language)["nav_subplans"] ?? "", active: "subplans")
        let desk = try await desk()
        let subPlans = try await services.store.subPlans(planID: desk.current.id)
        var rows: [[String: Any]] = []
        for subPlan in subPlans {
            let progress = try await services.store.subPlanProgress(subPlanID: subPlan.id ?? 0)
            let latest = progress.map(\.month).max()
            let ofLatest = progress.filter { $0.month == latest }
            rows.append(["id": subPlan.id ?? 0, "unit": subPlan.unit, "title": subPlan.title,
                         "inherited": subPlan.items.filter { !$0.isOwn }.count, "own": subPlan.items.filter(\.isOwn).count,
                         "pending": try await desk.pendingChanges(subPlan).count,
                         "month": latest?.chineseName ?? "", "average": ofLatest.isEmpty ? "" :
                            "\(ofLatest.map(\.completion).reduce(0, +) / ofLatest.count)%"])
        }
        data["subplans"] = rows
        data["canCreate"] = Access.allows(account, .editSubPlan)
            && !(account.role == .reporter && subPlans.contains { $0.unit == account.unit })
        return services.pages.page("subplans", data)
    }

    /// The unit a new sub-plan is for: the reporter's own; the supervisor names one.
    private func unit(for account: Account, asked: String?) throws -> String {
        if account.role == .reporter, let unit = account.unit { return unit }
        guard let asked, !asked.isEmpty else {
            throw Refusal(.unprocessableContent, zh: "请填写子方案所属的单位。", en: "Name the unit the sub-plan is for.", field: "unit")
        }
        return asked
    }

    private func newForm(_ context: AppContext, typedTitle: String?, problem: String?,
                         status: HTTPResponse.Status = .ok) async throws -> Response {
        let account = try context.require(.editSubPlan)
        let desk = try await desk()
        let unit = account.unit ?? ""
        let division = try await desk.division(ofUnit: unit)
        let suggested = SubPlanning.suggestedProjects(plan: desk.current.plan, districtName: division?.name,
                                                      targets: try await desk.targets(for: division))
        var data = Frame.data(context, services, title: Catalogue.strings(context.language)["subplan_new"] ?? "", active: "subplans")
        data["unit"] = unit
        data["askUnit"] = account.role != .reporter
        data["title"] = typedTitle ?? "\(desk.current.plan.year.map { "\($0)年" } ?? "")\(division?.name ?? unit)民政改革工作实施方案"
        data["problem"] = problem ?? ""
        data["projects"] = desk.current.plan.projects.map { p -> [String: Any] in
            ["number": p.number, "title": p.title, "checked": suggested.contains(p.number)]
        }
        return services.pages.page("subplan-new", data, status: status)
    }

    private func create(_ request: Request, _ context: AppContext) async throws -> Response {
        let account = try context.require(.editSubPlan)
        let form = try await FormInput.read(request, context: context)
        let desk = try await desk()
        let unit = try unit(for: account, asked: form.text("unit"))
        try context.require(.editSubPlan, units: [unit])
        guard let title = form.text("title") else {
            return try await newForm(context, typedTitle: "", problem: "请填写子方案名称。", status: .unprocessableContent)
        }
        let division = try await desk.division(ofUnit: unit)
        let targets = try await desk.targets(for: division)
        let chosen = Set(form.all("projects").compactMap(Int.init))
        let items = desk.current.plan.projects.filter { chosen.contains($0.number) }.map {
            SubPlanning.inheritedItem($0, plan: desk.current.plan, targets: targets)
        }
        let draft = SubPlan(planID: desk.current.id, unit: unit, division: division?.code, title: title,
                            acceptedRevision: desk.current.revision, items: items)
        do {
            let saved = try await services.store.saveSubPlan(draft, expectedVersion: 0, by: account.login, at: services.now())
            return Response.redirect(to: "/subplans/\(saved.id ?? 0)")
        } catch StoreError.versionConflict {
            return try await newForm(context, typedTitle: title, problem: "“\(unit)”已有子方案，请在子方案列表中打开它。",
                                     status: .conflict)
        }
    }

    /// The page; after a refused progress form, with what was typed and what was wrong.
    private func page(_ context: AppContext, typed: FormInput?, problem: String?,
                      status: HTTPResponse.Status = .ok) async throws -> Response {
        let account = try context.require(.readPlan)
        let desk = try await desk()
        let subPlan = try await desk.subPlan(context.parameters.get("id", as: Int64.self))
        let progress = try await services.store.subPlanProgress(subPlanID: subPlan.id ?? 0)
        let changes = try await desk.pendingChanges(subPlan)
        var data = Frame.data(context, services, title: subPlan.title, active: "subplans")
        data.merge(SubPlanView(subPlan: subPlan, progress: progress, changes: changes, asOf: services.today()).data) { $1 }
        data["indicators"] = try await desk.districtIndicators(subPlan).map { entry -> [String: Any] in
            ["number": entry.number, "name": entry.indicator.name, "measure": entry.indicator.measure]
        }
        data["hasIndicators"] = (data["indicators"] as? [[String: Any]])?.isEmpty == false
        if let typed {
            data["items"] = (data["items"] as? [[String: Any]] ?? []).map { item in
                var item = item
                let key = item["key"] as? String ?? ""
                item["typedCompletion"] = typed["completion_\(key)"] ?? ""
                item["typedText"] = typed["text_\(key)"] ?? ""
                return item
            }
            data["indicators"] = (data["indicators"] as? [[String: Any]] ?? []).map { entry in
                var entry = entry
                entry["typed"] = typed["value_\(entry["number"] as? Int ?? 0)"] ?? ""
                return entry
            }
            data["progressMonth"] = typed["month"] ?? data["progressMonth"] ?? ""
            data["progressProblem"] = problem ?? ""
        }
        data["canEdit"] = Access.allows(account, .editSubPlan, units: [subPlan.unit])
        return services.pages.page("subplan", data, status: status)
    }

    /// The sub-plan, refused unless the account may edit it, and the form.
    private func editing(_ request: Request, _ context: AppContext) async throws -> (Account, SubPlanDesk, SubPlan, FormInput) {
        let account = try context.account()
        let desk = try await desk()
        let subPlan = try await desk.subPlan(context.parameters.get("id", as: Int64.self))
        try context.require(.editSubPlan, units: [subPlan.unit])
        let form = try await FormInput.read(request, context: context)
        return (account, desk, subPlan, form)
    }

    private func save(_ subPlan: SubPlan, form: FormInput, by account: Account) async throws -> Response {
        let version = try form.version()
        do {
            try await services.store.saveSubPlan(subPlan, expectedVersion: version, by: account.login, at: services.now())
        } catch let StoreError.versionConflict(_, updatedBy) {
            throw Refusal(.conflict, zh: "子方案已被\(updatedBy ?? "他人")修改，请刷新页面后再改。",
                          en: "Someone else changed the sub-plan; reload and try again.")
        }
        return Response.redirect(to: "/subplans/\(subPlan.id ?? 0)")
    }

    private func addItem(_ request: Request, _ context: AppContext) async throws -> Response {
        let (account, _, subPlan, form) = try await editing(request, context)
        guard let title = form.text("title") else {
            throw Refusal(.unprocessableContent, zh: "请填写自定改革事项的名称。", en: "The item needs a title.", field: "title")
        }
        var changed = subPlan
        // Keys of removed items live on in their progress: a new item never takes one.
        let used = subPlan.items.map(\.key) + (try await services.store.subPlanProgress(subPlanID: subPlan.id ?? 0)).map(\.itemKey)
        changed.items.append(SubPlanItem(key: SubPlanning.nextOwnKey(used), title: title,
                                         deadline: form.text("deadline") ?? "", target: form.text("target") ?? "",
                                         responsible: form.text("responsible") ?? ""))
        return try await save(changed, form: form, by: account)
    }

    private func removeItem(_ request: Request, _ context: AppContext) async throws -> Response {
        let (account, _, subPlan, form) = try await editing(request, context)
        let key = context.parameters.get("key") ?? ""
        guard let item = subPlan.items.first(where: { $0.key == key }) else { throw Refusal.notFound("该事项", "item") }
        guard item.isOwn else {
            throw Refusal(.unprocessableContent, zh: "承接市方案的项目不能在这里删除；市方案删去后，在“待确认的变更”中确认即可。",
                          en: "An item carried down from the city plan goes only when the city plan drops it.")
        }
        var changed = subPlan
        changed.items.removeAll { $0.key == key }
        return try await save(changed, form: form, by: account)
    }

    private func accept(_ request: Request, _ context: AppContext) async throws -> Response {
        let (account, desk, subPlan, form) = try await editing(request, context)
        let division = try await subPlan.division.asyncMap { try await services.store.division($0) } ?? nil
        let accepted = SubPlanning.accepting(subPlan, plan: desk.current.plan, targets: try await desk.targets(for: division),
                                             revision: desk.current.revision)
        return try await save(accepted, form: form, by: account)
    }

    private func progress(_ request: Request, _ context: AppContext) async throws -> Response {
        let (account, desk, subPlan, form) = try await editing(request, context)
        do {
            return try await saveProgress(account, desk, subPlan, form, context)
        } catch let refusal as Refusal where refusal.status == .unprocessableContent {
            // Nothing was stored; the form comes back as typed, with what was wrong.
            return try await page(context, typed: form, problem: refusal.zh, status: .unprocessableContent)
        }
    }

    private func saveProgress(_ account: Account, _ desk: SubPlanDesk, _ subPlan: SubPlan, _ form: FormInput,
                              _ context: AppContext) async throws -> Response {
        let month = try IndicatorValueRoutes.month(form["month"] ?? "", default: ReportMonth(services.today()))
        var entries: [SubPlanProgress] = []
        for item in subPlan.items {
            let text = form.text("text_\(item.key)") ?? ""
            let completionText = form.text("completion_\(item.key)") ?? ""
            if text.isEmpty && completionText.isEmpty { continue }
            guard let completion = Int(completionText), (0...100).contains(completion) else {
                throw Refusal(.unprocessableContent, zh: completionText.isEmpty ? "请填写“\(item.title)”的完成度（0到100的整数）。"
                              : "“\(item.title)”的完成度应为0到100的整数，“\(completionText)”不是。",
                              en: "Completion must be a whole number from 0 to 100.", field: "completion_\(item.key)")
            }
            entries.append(SubPlanProgress(itemKey: item.key, month: month, completion: completion, text: text))
        }
        // The district's own figures of the indicators it carries down, as of the month.
        var figures: [(indicatorID: Int, rule: RollupRule, indicator: Indicator, value: Double)] = []
        for entry in try await desk.districtIndicators(subPlan) {
            guard let text = form.text("value_\(entry.number)") else { continue }
            guard let value = Double(text.filter { $0 != "," }), value.isFinite, value >= 0 else {
                throw Refusal(.unprocessableContent, zh: "“\(entry.indicator.name)”应为不小于0的数字，“\(text)”不是。",
                              en: "An indicator's value must be a number of zero or more.", field: "value_\(entry.number)")
            }
            figures.append((entry.id, entry.rule, entry.indicator, value))
        }
        guard !entries.isEmpty || !figures.isEmpty else {
            throw Refusal(.unprocessableContent, zh: "请至少填写一项的完成度或一个指标数值。", en: "Fill in at least one item.", field: "month")
        }
        // The district as linked now, and the same right as the spreadsheet upload: no guessing from names.
        var district: (division: Division, key: Int64)?
        if !figures.isEmpty {
            guard let code = try await services.store.unitDivisions()[subPlan.unit],
                  let found = try await services.store.division(code), let key = found.key else {
                throw Refusal(.unprocessableContent, zh: "“\(subPlan.unit)”尚未关联到区，指标数值无法计入汇总；请联系系统管理员关联。",
                              en: "The unit is not linked to a district, so its values cannot be counted.", field: "month")
            }
            try context.require(.enterValues, units: [subPlan.unit])
            district = (found, key)
        }
        if !entries.isEmpty {
            try await services.store.saveSubPlanProgress(entries, subPlanID: subPlan.id ?? 0, by: account.login, at: services.now())
        }
        if let (division, key) = district {
            for figure in figures {
                try await services.store.saveIndicatorValues(
                    [DivisionValue(key: key, kind: division.kind, value: figure.value)], indicatorID: figure.indicatorID,
                    planID: desk.current.id, month: month, source: "\(subPlan.unit)\(month.chineseName)月报",
                    rule: figure.rule, comparator: figure.indicator.comparator, by: account.login, at: services.now())
            }
        }
        return Response.redirect(to: "/subplans/\(subPlan.id ?? 0)")
    }
}
