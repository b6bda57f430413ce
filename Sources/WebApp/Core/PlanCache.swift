import PlanStore
import ReformPlan

/// The plan being supervised, read from the store and kept while its
/// revision stands. Each request asks the store for the current revision (one
/// small query), so a plan reloaded through another instance is seen at once:
/// the cache saves reading the whole plan, never correctness.
actor PlanCache {
    struct Current: Sendable {
        let id: Int
        let revision: Int
        let plan: Plan
    }

    private let store: PlanStore
    private var cached: Current?

    init(store: PlanStore) { self.store = store }

    /// The plan chosen in the settings (`plan.current`), else the newest one;
    /// nil while no plan has been loaded.
    func current() async throws -> Current? {
        let summaries = try await store.plans()
        let chosen = try await store.setting("plan.current").flatMap(Int.init)
        guard let summary = summaries.first(where: { $0.id == chosen }) ?? summaries.max(by: { $0.id < $1.id }) else {
            cached = nil
            return nil
        }
        if let cached, cached.id == summary.id, cached.revision == summary.revision { return cached }
        guard let plan = try await store.plan(id: summary.id) else { return nil }
        let current = Current(id: summary.id, revision: summary.revision, plan: plan)
        cached = current
        return current
    }
}

extension Services {
    /// The plan being supervised; a refusal (404) while none has been loaded.
    func currentPlan() async throws -> PlanCache.Current {
        guard let current = try await plans.current() else { throw Refusal.notFound("实施方案", "plan") }
        return current
    }
}
