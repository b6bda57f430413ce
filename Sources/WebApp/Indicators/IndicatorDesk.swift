import PlanStore
import ReformPlan

/// An indicator's figures for one division and month: how far the division
/// has got against its target, and the same for each division under it,
/// down to the units (streets, communities) that fall short. The indicator
/// page, the dashboard and the API read this one computation.
struct IndicatorFigures: Sendable {
    struct Row: Sendable {
        let division: Division
        let tally: RollupTally?
        /// The part of the target handed down to this division, if any.
        let target: Double?
        /// Values are entered at this division itself (the bottom of the drill-down).
        let isLeaf: Bool
    }

    let indicator: Indicator
    /// 1-based place of the indicator in the plan, as URLs name it.
    let number: Int
    let id: Int
    let rule: RollupRule
    /// Whether a supervisor set the rule (otherwise it is read from the plan's words).
    let ruleIsSet: Bool
    let month: ReportMonth?
    let months: [ReportMonth]
    let path: [Division]
    let focus: Division
    let focusTally: RollupTally?
    let focusTarget: Double?
    let rows: [Row]
    /// The city's (or focus's) figure month by month.
    let trend: [(month: ReportMonth, value: Double?)]
    /// Parts handed down to districts, and whether they add up to the whole.
    let targets: [String: Double]
    let breakdownProblem: String?

    var value: Double? { focusTally?.value(rule.method) }
}

struct IndicatorDesk {
    let store: PlanStore
    /// Where trees and ids are kept between requests (the server's) or for one run (a command's).
    let plans: PlanCache
    let current: PlanCache.Current

    init(services: Services, current: PlanCache.Current) {
        self.init(store: services.store, plans: services.plans, current: current)
    }

    init(store: PlanStore, plans: PlanCache, current: PlanCache.Current) {
        self.store = store
        self.plans = plans
        self.current = current
    }

    /// The indicator at `number` (1-based) with its stored id.
    func indicator(_ number: Int) async throws -> (Indicator, Int) {
        let planID = current.id
        let ids = try await plans.cached("itemIDs|\(planID)") { try await store.itemIDs(planID: planID) }
        guard number >= 1, number <= current.plan.indicators.count, number <= ids.indicators.count else {
            throw Refusal.notFound("该指标", "indicator")
        }
        return (current.plan.indicators[number - 1], ids.indicators[number - 1])
    }

    func rule(for indicator: Indicator, id: Int) async throws -> (RollupRule, Bool) {
        if let stored = try await store.rollupRule(indicatorID: id) { return (stored, true) }
        return (RollupRule.inferred(for: indicator), false)
    }

    /// The city and its districts (and everything down to districts), kept while nothing changes.
    func upperTree() async throws -> DivisionTree {
        try await plans.cached("divisions.upper") { try await store.divisionTree(downTo: .county) }
    }

    /// The city the plan is counted over: the first city in the tree (Wuhan, as shipped).
    func city(_ tree: DivisionTree) throws -> Division {
        guard let city = tree.byCode[WuhanDivisions.cityCode] ?? tree.byCode.values.filter({ $0.kind == .city })
            .min(by: { $0.code < $1.code }) else {
            throw Refusal(.notFound, zh: "还没有行政区划，请先导入。", en: "No divisions have been loaded.")
        }
        return city
    }

    func figures(number: Int, divisionCode: String?, month wanted: ReportMonth?, asOf: Day) async throws -> IndicatorFigures {
        let (indicator, id) = try await indicator(number)
        let (rule, ruleIsSet) = try await rule(for: indicator, id: id)
        let tree = try await upperTree()
        let city = try city(tree)
        let focus: Division
        if let code = divisionCode, code != city.code {
            if let known = tree.byCode[code] {
                focus = known
            } else if let found = try await store.division(code) {
                focus = found
            } else {
                throw Refusal.notFound("该区划", "division")
            }
        } else {
            focus = city
        }
        let countyEligible = try await eligible(rule, id: id, level: .county, within: nil)
        let rawTrend = try await store.indicatorTrend(indicatorID: id, rule: rule, comparator: indicator.comparator)
        let months = rawTrend.keys.filter { $0 <= ReportMonth(asOf) }.sorted()
        let month = wanted.flatMap { m in months.contains(m) ? m : nil } ?? months.last
        let targets = try await store.indicatorTargets(indicatorID: id)
        let path = focus.level <= .county ? tree.path(to: focus.code) : try await fullPath(to: focus, tree: tree)

        // Figures at county level and above come from the districts' tallies carried up.
        var rows: [IndicatorFigures.Row] = []
        var focusTally: RollupTally?
        func carried(_ tallies: [String: RollupTally]) -> [String: RollupTally] {
            var withDenominators = tallies
            for (code, n) in countyEligible { withDenominators[code, default: RollupTally()].eligible = n }
            return Rollup.carryUp(withDenominators, in: tree, rule: rule)
        }
        let trend: [(month: ReportMonth, value: Double?)] = focus.level <= .county
            ? months.map { m in (m, carried(rawTrend[m] ?? [:])[focus.code]?.value(rule.method)) } : []
        if let month {
            if focus.level < .county {
                let figures = carried(try await store.indicatorTallies(indicatorID: id, month: month, rule: rule,
                                                                       comparator: indicator.comparator, groupLevel: .county))
                focusTally = figures[focus.code]
                rows = tree.children(of: focus.code).filter { $0.kind != .functionalZone }.map { child in
                    IndicatorFigures.Row(division: child, tally: figures[child.code],
                                         target: targets[child.code] ?? (rule.method == .sum ? nil : rule.target(of: indicator)),
                                         isLeaf: child.kind.level == rule.level)
                }
            } else {
                focusTally = try await tallyOf(focus, indicator: indicator, id: id, month: month, rule: rule)
                rows = try await childRows(of: focus, indicator: indicator, id: id, month: month, rule: rule, targets: targets)
            }
        }
        let districtParts = tree.children(of: city.code).compactMap { targets[$0.code] }
        // A count's target is handed down part by part; a rate or a share holds every division to the city's.
        let focusTarget = focus.code == city.code ? rule.target(of: indicator)
            : targets[focus.code] ?? (rule.method == .sum ? nil : rule.target(of: indicator))
        return IndicatorFigures(
            indicator: indicator, number: number, id: id, rule: rule, ruleIsSet: ruleIsSet, month: month, months: months,
            path: path, focus: focus, focusTally: focusTally, focusTarget: focusTarget, rows: rows, trend: trend,
            targets: targets,
            breakdownProblem: Rollup.breakdownProblem(target: indicator.target, parts: districtParts, method: rule.method,
                                                      measure: indicator.measure))
    }

    /// A share's denominators at `level`, kept while the divisions do not change.
    private func eligible(_ rule: RollupRule, id: Int, level: Division.Level, within: Division?) async throws -> [String: Int] {
        guard rule.method == .share else { return [:] }
        let key = "eligible|\(rule.level)|\(rule.kinds.map(\.rawValue).sorted())|\(level)|\(within?.code ?? "")"
        return try await plans.cached(key) {
            try await store.eligibleCounts(rule: rule, groupLevel: level, within: within)
        }
    }

    private func tallyOf(_ division: Division, indicator: Indicator, id: Int, month: ReportMonth,
                         rule: RollupRule) async throws -> RollupTally? {
        var tallies = try await store.indicatorTallies(indicatorID: id, month: month, rule: rule,
                                                       comparator: indicator.comparator, groupLevel: division.level,
                                                       within: division)
        if let n = try await eligible(rule, id: id, level: division.level, within: division)[division.code] {
            tallies[division.code, default: RollupTally()].eligible = n
        }
        return tallies[division.code]
    }

    /// The divisions under one below the city: their tallies when values are
    /// entered further down, or their own values when they are the units.
    private func childRows(of focus: Division, indicator: Indicator, id: Int, month: ReportMonth, rule: RollupRule,
                           targets: [String: Double]) async throws -> [IndicatorFigures.Row] {
        guard focus.level < rule.level, let childLevel = Division.Level(rawValue: focus.level.rawValue + 1) else { return [] }
        if childLevel == rule.level {
            return try await store.leafValues(indicatorID: id, month: month, rule: rule, under: focus).map { leaf in
                var tally = RollupTally(eligible: 1)
                if let v = leaf.value {
                    tally = RollupTally(reported: 1, sum: v, meeting: rule.meets(v, comparator: indicator.comparator) ? 1 : 0,
                                        eligible: 1, latestValue: v)
                }
                // A unit of a share is held to the threshold itself.
                let target = rule.method == .share ? rule.threshold : targets[leaf.division.code]
                return IndicatorFigures.Row(division: leaf.division, tally: tally, target: target, isLeaf: true)
            }
        }
        var tallies = try await store.indicatorTallies(indicatorID: id, month: month, rule: rule,
                                                       comparator: indicator.comparator, groupLevel: childLevel, within: focus)
        for (code, n) in try await eligible(rule, id: id, level: childLevel, within: focus) {
            tallies[code, default: RollupTally()].eligible = n
        }
        return try await store.childDivisions(of: focus.code).filter { $0.kind.level == childLevel }.map { child in
            IndicatorFigures.Row(division: child, tally: tallies[child.code],
                                 target: targets[child.code] ?? (rule.method == .sum ? nil : rule.target(of: indicator)), isLeaf: false)
        }
    }

    private func fullPath(to division: Division, tree: DivisionTree) async throws -> [Division] {
        var path = [division]
        var parent = division.parent
        while let code = parent, path.count < 6 {
            if let known = tree.byCode[code] {
                return tree.path(to: known.code) + path
            }
            guard let found = try await store.division(code) else { break }
            path.insert(found, at: 0)
            parent = found.parent
        }
        return path
    }
}
