import Foundation
import Hummingbird
import NoticeImport
import ReformPlan

/// 目标分解: the supervisor hands an indicator's target down to the
/// districts (a matrix of one row per district) and sets how it rolls up.
/// A breakdown that does not add up is stored and shown as a mismatch, not refused:
/// the bureau may have handed down more than the city's target on purpose.
struct IndicatorTargetRoutes {
    let services: Services

    func add(to router: Router<AppContext>) {
        router.get("/indicators/{number}/targets") { _, context in
            try context.require(.editTargets)
            return try await page(context, typed: [:], problems: [:])
        }
        router.post("/indicators/{number}/targets") { request, context in try await saveTargets(request, context) }
        router.post("/indicators/{number}/rule") { request, context in try await saveRule(request, context) }
        router.post("/indicators/{number}/targets/file") { request, context in try await loadTargets(request, context) }
    }

    private func number(_ context: AppContext) throws -> Int {
        guard let n = context.parameters.get("number", as: Int.self) else { throw Refusal.notFound("该指标", "indicator") }
        return n
    }

    private func page(_ context: AppContext, typed: [String: String], problems: [String: String],
                      status: HTTPResponse.Status = .ok) async throws -> Response {
        let current = try await services.currentPlan()
        let desk = IndicatorDesk(services: services, current: current)
        let number = try number(context)
        let (indicator, id) = try await desk.indicator(number)
        let (rule, _) = try await desk.rule(for: indicator, id: id)
        let tree = try await desk.upperTree()
        let city = try desk.city(tree)
        let targets = try await services.store.indicatorTargets(indicatorID: id)
        let districts = tree.children(of: city.code).filter { $0.kind == .district }
        let parts = districts.compactMap { targets[$0.code] }
        var data = Frame.data(context, services, title: indicator.name, active: "indicators")
        data["number"] = number
        data["name"] = indicator.name
        data["measure"] = rule.method == .share ? "%" : indicator.measure
        data["cityTarget"] = ChineseNumber.plain(rule.target(of: indicator)) + (rule.method == .share ? "%" : indicator.measure)
        data["partsTotal"] = parts.isEmpty ? "—" : ChineseNumber.plain(parts.reduce(0, +)) + indicator.measure
        data["mismatch"] = Rollup.breakdownProblem(target: indicator.target, parts: parts, method: rule.method,
                                                   measure: indicator.measure) ?? ""
        data["sumApplies"] = rule.method == .sum
        data["districts"] = districts.map { d -> [String: Any] in
            ["code": d.code, "name": d.name, "tags": d.tags.joined(separator: "、"),
             "value": typed[d.code] ?? targets[d.code].map { ChineseNumber.plain($0) } ?? "",
             "problem": problems[d.code] ?? ""]
        }
        data["hasProblems"] = !problems.isEmpty
        data["problems"] = problems.sorted { $0.key < $1.key }.map { ["text": $0.value] }
        data["methods"] = RollupRule.Method.allCases.map { ["value": $0.rawValue, "name": $0.chineseName, "selected": $0 == rule.method] }
        data["levels"] = [Division.Level.county, .township, .village].map {
            ["value": $0.rawValue, "name": $0.chineseName, "selected": $0 == rule.level]
        }
        data["kinds"] = Division.Kind.allCases.filter { $0.level >= .county }.map {
            ["value": $0.rawValue, "name": $0.chineseName, "checked": rule.kinds.contains($0)]
        }
        data["threshold"] = rule.threshold.map { ChineseNumber.plain($0) } ?? ""
        data["tag"] = rule.tag ?? ""
        return services.pages.page("indicator-targets", data, status: status)
    }

    private func saveTargets(_ request: Request, _ context: AppContext) async throws -> Response {
        let account = try context.require(.editTargets)
        let form = try await FormInput.read(request, context: context)
        let current = try await services.currentPlan()
        let desk = IndicatorDesk(services: services, current: current)
        let (_, id) = try await desk.indicator(try number(context))
        let districts = try await desk.upperTree().byCode.values.filter { $0.kind == .district }
        var parts: [String: Double?] = [:], typed: [String: String] = [:], problems: [String: String] = [:]
        for district in districts {
            let text = (form["part_\(district.code)"] ?? "").trimmingCharacters(in: .whitespaces)
            typed[district.code] = text
            if text.isEmpty { parts[district.code] = .some(nil); continue }
            guard let value = Double(text.filter { $0 != "," }), value.isFinite, value >= 0 else {
                problems[district.code] = "\(district.name)：“\(text)”不是非负数字"
                continue
            }
            parts[district.code] = value
        }
        guard problems.isEmpty else {
            // Nothing is stored; the page comes back with what was typed and each bad cell named.
            return try await page(context, typed: typed, problems: problems, status: .unprocessableContent)
        }
        try await services.store.setIndicatorTargets(parts, indicatorID: id, planID: current.id, by: account.login,
                                                     at: services.now())
        return Response.redirect(to: "/indicators/\(try number(context))/targets")
    }

    /// Targets from a spreadsheet (代码 and 目标值 columns; any division the store
    /// knows, districts or below). Checked whole: a bad row refuses the file.
    private func loadTargets(_ request: Request, _ context: AppContext) async throws -> Response {
        let account = try context.require(.editTargets)
        let form = try await FormInput.read(request, context: context)
        let current = try await services.currentPlan()
        let number = try number(context)
        let (indicator, id) = try await IndicatorDesk(services: services, current: current).indicator(number)
        guard let file = form.uploads.first(where: { $0.field == "file" && $0.bytes.readableBytes > 0 }) else {
            throw Refusal(.unprocessableContent, zh: "请选择含“代码”“目标值”两列的表格文件（XLSX或CSV）。", en: "Choose a file.", field: "file")
        }
        let rows: [ValueRow]
        do {
            rows = try ValueSheets.rows(try SheetFiles.sheets(Data(buffer: file.bytes)), valueWords: ValueSheets.targetWords)
        } catch {
            throw Refusal(.unprocessableContent, zh: "“\(file.fileName)”：\(error)", en: "The file cannot be read: \(error)", field: "file")
        }
        var parts: [String: Double?] = [:], problems: [RowProblem] = [], seen: [String: String] = [:]
        for row in rows {
            let code = row.code.trimmingCharacters(in: .whitespaces), text = row.valueText.trimmingCharacters(in: .whitespaces)
            guard let division = try await services.store.division(code), division.level >= .county else {
                problems.append(RowProblem(place: row.place, column: "代码", message: "“\(code)”不是已登记的区、街道或社区代码"))
                continue
            }
            if let earlier = seen[code] {
                problems.append(RowProblem(place: row.place, column: "代码", message: "\(division.name)与\(earlier)重复"))
                continue
            }
            seen[code] = row.place
            if text.isEmpty { continue }
            guard let value = Double(text.filter { $0 != "," }), value.isFinite, value >= 0 else {
                problems.append(RowProblem(place: row.place, column: "目标值", message: "“\(text)”不是非负数字"))
                continue
            }
            parts[code] = value
        }
        guard problems.isEmpty else {
            return UploadRefusal.page(services, context, indicator: indicator, number: number, fileName: file.fileName,
                                      problems: problems)
        }
        try await services.store.setIndicatorTargets(parts, indicatorID: id, planID: current.id, by: account.login, at: services.now())
        return Response.redirect(to: "/indicators/\(number)/targets")
    }

    private func saveRule(_ request: Request, _ context: AppContext) async throws -> Response {
        let account = try context.require(.editTargets)
        let form = try await FormInput.read(request, context: context)
        let current = try await services.currentPlan()
        let (indicator, id) = try await IndicatorDesk(services: services, current: current).indicator(try number(context))
        guard let method = form["method"].flatMap(RollupRule.Method.init(rawValue:)) else {
            throw Refusal(.unprocessableContent, zh: "请选择汇总方式。", en: "Choose how the indicator rolls up.", field: "method")
        }
        guard let level = form["level"].flatMap(Int.init).flatMap(Division.Level.init(rawValue:)), level >= .county else {
            throw Refusal(.unprocessableContent, zh: "请选择填报层级（区、街道或社区）。", en: "Choose the level values are entered at.", field: "level")
        }
        let kinds = Set(form.all("kinds").compactMap(Division.Kind.init(rawValue:)))
        if let wrong = kinds.first(where: { $0.level != level }) {
            throw Refusal(.unprocessableContent, zh: "“\(wrong.chineseName)”不在所选的填报层级“\(level.chineseName)”。",
                          en: "A kind counted is not of the chosen level.", field: "kinds")
        }
        let thresholdText = (form["threshold"] ?? "").trimmingCharacters(in: .whitespaces)
        let threshold = Double(thresholdText).flatMap { $0.isFinite ? $0 : nil }
        if !thresholdText.isEmpty && threshold == nil {
            throw Refusal(.unprocessableContent, zh: "达标数值“\(thresholdText)”不是数字。", en: "The threshold is not a number.", field: "threshold")
        }
        if method == .share && threshold == nil {
            throw Refusal(.unprocessableContent, zh: "达标占比需要填写达标数值（如10）。", en: "A share needs a threshold.", field: "threshold")
        }
        let rule = RollupRule(method: method, level: level, kinds: kinds, threshold: method == .share ? threshold : nil,
                              tag: form.text("tag"))
        try await services.store.setRollupRule(rule, indicatorID: id, planID: current.id, comparator: indicator.comparator,
                                               by: account.login, at: services.now())
        return Response.redirect(to: "/indicators/\(try number(context))")
    }
}
