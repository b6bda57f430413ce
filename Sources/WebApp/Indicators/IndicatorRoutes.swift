import Foundation
import Hummingbird
import ReformPlan

/// 指标: every indicator with the city's figure against its target, and one
/// indicator's page with the drill-down from the city to the communities.
struct IndicatorRoutes {
    let services: Services

    func add(to router: Router<AppContext>) {
        router.get("/indicators") { _, context in try await list(context) }
        router.get("/indicators/{number}") { request, context in try await page(request, context) }
        IndicatorTargetRoutes(services: services).add(to: router)
        IndicatorValueRoutes(services: services).add(to: router)
    }

    private func list(_ context: AppContext) async throws -> Response {
        try context.require(.readPlan)
        var data = Frame.data(context, services, title: Catalogue.strings(context.language)["nav_indicators"] ?? "", active: "indicators")
        guard let current = try await services.plans.current() else {
            data["noPlan"] = true
            return services.pages.page("indicators", data)
        }
        let summaries = try await IndicatorDesk(services: services, current: current).summaries(asOf: services.today())
        data["indicators"] = summaries.map(\.data)
        return services.pages.page("indicators", data)
    }

    private func page(_ request: Request, _ context: AppContext) async throws -> Response {
        let account = try context.require(.readPlan)
        let current = try await services.currentPlan()
        guard let number = context.parameters.get("number", as: Int.self) else { throw Refusal.notFound("该指标", "indicator") }
        let query = request.uri.queryParameters
        let month = query["month"].flatMap { ReportMonth(iso: String($0)) }
        let desk = IndicatorDesk(services: services, current: current)
        let figures = try await desk.figures(number: number, divisionCode: query["division"].map(String.init), month: month,
                                             asOf: services.today())
        var data = Frame.data(context, services, title: figures.indicator.name, active: "indicators")
        data.merge(IndicatorView(figures: figures, plan: current.plan).data) { $1 }
        data["canEditTargets"] = Access.allows(account, .editTargets)
        data["canEnterValues"] = Access.allows(account, .enterValues)
        data["uploadMonth"] = (figures.month ?? ReportMonth(services.today())).description
        if let stored = query["stored"].flatMap({ Int(String($0)) }) { data["stored"] = stored }
        return services.pages.page("indicator", data)
    }
}

/// One indicator's line in the list and on the dashboard.
struct IndicatorSummary: Sendable {
    let number: Int
    let indicator: Indicator
    let rule: RollupRule
    let month: ReportMonth?
    let value: Double?
    let target: Double

    /// How far along the target is, 0…1 and more; nil without a value. For "at most" targets, the inverse.
    var attainment: Double? {
        guard let value, target != 0 else { return nil }
        switch indicator.comparator {
        case .atMost, .lessThan: return value == 0 ? 1 : target / value
        default: return value / target
        }
    }

    var data: [String: Any] {
        let method = rule.method
        return ["number": number, "name": indicator.name, "scope": indicator.scope ?? "",
                "project": indicator.project ?? 0, "rule": method.chineseName,
                "target": IndicatorView.figure(target, method, indicator.measure),
                "value": IndicatorView.figure(value, method, indicator.measure),
                "month": month.map { "\($0.month)月" } ?? "",
                "behind": IndicatorView.behind(value, target: target, indicator),
                "attainment": attainment.map { ProjectAssessment.percent($0 * 100) + "%" } ?? ""]
    }
}

extension IndicatorDesk {
    /// Every indicator's city figure for the latest month with values, kept while nothing changes.
    func summaries(asOf: Day) async throws -> [IndicatorSummary] {
        try await plans.cached("indicatorSummaries|\(asOf)") {
            var summaries: [IndicatorSummary] = []
            for number in current.plan.indicators.indices.map({ $0 + 1 }) {
                // Without divisions there is nothing to roll up; the indicator is still listed.
                guard let f = try? await figures(number: number, divisionCode: nil, month: nil, asOf: asOf) else {
                    let indicator = current.plan.indicators[number - 1]
                    summaries.append(IndicatorSummary(number: number, indicator: indicator, rule: .inferred(for: indicator),
                                                      month: nil, value: nil, target: indicator.target))
                    continue
                }
                summaries.append(IndicatorSummary(number: number, indicator: f.indicator, rule: f.rule, month: f.month,
                                                  value: f.value, target: f.focusTarget ?? f.indicator.target))
            }
            return summaries
        }
    }
}
