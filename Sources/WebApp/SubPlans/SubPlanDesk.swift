import PlanStore
import ReformPlan

/// What sub-plan pages need from the city plan: the targets handed down to a
/// unit's district by indicator position, the projects offered to it, and
/// each sub-plan's pending changes.
struct SubPlanDesk {
    let services: Services
    let current: PlanCache.Current

    /// The district a unit answers for: linked in the store, or read from its name (江岸区民政局).
    func division(ofUnit unit: String) async throws -> Division? {
        let links = try await services.store.unitDivisions()
        if let code = links[unit], let division = try await services.store.division(code) { return division }
        return WuhanDivisions.division(ofUnit: unit)
    }

    /// Indicator position → the part of its target handed down to `division`.
    func targets(for division: Division?) async throws -> [Int: Double] {
        guard let division else { return [:] }
        let planID = current.id, store = services.store
        let ids = try await services.plans.cached("itemIDs|\(planID)") { try await store.itemIDs(planID: planID) }
        var parts: [Int: Double] = [:]
        for (position, id) in ids.indicators.enumerated() {
            if let part = try await store.indicatorTargets(indicatorID: id)[division.code] { parts[position] = part }
        }
        return parts
    }

    func subPlan(_ id: Int64?) async throws -> SubPlan {
        guard let id, let subPlan = try await services.store.subPlan(id: id), subPlan.planID == current.id else {
            throw Refusal.notFound("该子方案", "sub-plan")
        }
        return subPlan
    }

    /// Indicators of the projects a district carries down that are entered per
    /// district: the district reports their values with its monthly progress.
    func districtIndicators(_ subPlan: SubPlan) async throws -> [(number: Int, indicator: Indicator, id: Int, rule: RollupRule)] {
        guard let code = subPlan.division, let division = try await services.store.division(code),
              division.level == .county else { return [] }
        let desk = IndicatorDesk(services: services, current: current)
        var found: [(number: Int, indicator: Indicator, id: Int, rule: RollupRule)] = []
        for (index, indicator) in current.plan.indicators.enumerated()
        where indicator.project.map(subPlan.inheritedProjects.contains) == true {
            let (_, id) = try await desk.indicator(index + 1)
            let (rule, _) = try await desk.rule(for: indicator, id: id)
            if rule.level == .county && rule.method != .share { found.append((index + 1, indicator, id, rule)) }
        }
        return found
    }

    func pendingChanges(_ subPlan: SubPlan) async throws -> [SubPlanChange] {
        let division = try await subPlan.division.asyncMap { try await services.store.division($0) } ?? nil
        return SubPlanning.pendingChanges(subPlan, plan: current.plan, targets: try await targets(for: division))
    }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let self else { return nil }
        return try await transform(self)
    }
}
