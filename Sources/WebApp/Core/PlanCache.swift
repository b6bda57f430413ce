import PlanStore
import ReformPlan

/// What the pages read from the store, kept under the store's change mark.
/// Each call asks the store for the mark (one small query); while it stands,
/// the plan, the settings, the reports, the open notices and the computed
/// overview are served from here. A change through any instance moves the
/// mark, so the next request reads afresh: the cache saves work, never
/// correctness, and holds nothing another instance would need.
actor PlanCache {
    struct Current: Sendable {
        let id: Int
        let revision: Int
        let plan: Plan
    }

    /// Everything read under one mark.
    struct Snapshot: Sendable {
        let mark: ChangeMark
        let current: Current?
        let settings: [String: String]
        let reports: [ProgressReport]
        let openNotices: [SupervisionNotice]
        /// Every project's budget, for the execution rate beside its progress.
        let budgets: [Int: ProjectBudget]
        /// Overviews computed under this mark, by as-of day and thresholds.
        var overviews: [OverviewKey: Overview] = [:]
        /// Rendered parts of pages under this mark, by a key that names
        /// everything else they depend on (page, language, as-of day, reader).
        var fragments: [String: String] = [:]
        /// Other values computed under this mark, by key (see `cached`).
        var values: [String: any Sendable] = [:]
    }

    struct OverviewKey: Hashable, Sendable {
        let asOf: Day
        let thresholds: StatusThresholds
    }

    private let store: PlanStore
    private var snapshot: Snapshot?

    init(store: PlanStore) { self.store = store }

    func current() async throws -> Current? {
        try await fresh().current
    }

    func settings() async throws -> [String: String] {
        try await fresh().settings
    }

    /// The overview of the current plan as of `asOf`, computed once per mark.
    func overview(asOf: Day, thresholds: StatusThresholds) async throws -> Overview? {
        var snapshot = try await fresh()
        guard let current = snapshot.current else { return nil }
        let key = OverviewKey(asOf: asOf, thresholds: thresholds)
        if let overview = snapshot.overviews[key] { return overview }
        let overview = Overview.compute(current, reports: snapshot.reports, budgets: snapshot.budgets, asOf: asOf,
                                        thresholds: thresholds)
        snapshot.overviews[key] = overview
        if self.snapshot?.mark == snapshot.mark { self.snapshot = snapshot }
        return overview
    }

    /// The fragment under `key` as rendered under the current mark, rendering
    /// it with `make` the first time.
    func fragment(_ key: String, make: @Sendable () async throws -> String) async throws -> String {
        let mark = try await fresh().mark
        if let text = snapshot?.fragments[key], snapshot?.mark == mark { return text }
        let text = try await make()
        if snapshot?.mark == mark { snapshot?.fragments[key] = text }
        return text
    }

    /// Any value computed from the store under the current mark (the division
    /// tree, a share's denominators), computed again after the next change.
    func cached<T: Sendable>(_ key: String, make: @Sendable () async throws -> T) async throws -> T {
        let mark = try await fresh().mark
        if snapshot?.mark == mark, let value = snapshot?.values[key] as? T { return value }
        let value = try await make()
        if snapshot?.mark == mark { snapshot?.values[key] = value }
        return value
    }

    func openNotices() async throws -> [SupervisionNotice] {
        try await fresh().openNotices
    }

    private func fresh() async throws -> Snapshot {
        let mark = try await store.changeMark()
        if let snapshot, snapshot.mark == mark { return snapshot }
        let snapshot = try await read(under: mark)
        // A slower reader of an older mark must not replace a newer snapshot.
        if self.snapshot.map({ $0.mark.auditEntry <= mark.auditEntry && $0.mark.planRevision <= mark.planRevision }) ?? true {
            self.snapshot = snapshot
        }
        return snapshot
    }

    /// The plan chosen in the settings (`plan.current`), else the newest one.
    private func read(under mark: ChangeMark) async throws -> Snapshot {
        let settings = try await store.settings()
        guard let summary = try await store.currentPlanSummary(settings: settings),
              let plan = try await store.plan(id: summary.id) else {
            return Snapshot(mark: mark, current: nil, settings: settings, reports: [], openNotices: [], budgets: [:])
        }
        let current = Current(id: summary.id, revision: summary.revision, plan: plan)
        return Snapshot(mark: mark, current: current, settings: settings,
                        reports: try await store.reports(planID: summary.id),
                        openNotices: try await store.notices(planID: summary.id, openOnly: true),
                        budgets: try await store.budgets(planID: summary.id))
    }
}

extension Services {
    /// The plan being supervised; a refusal (404) while none has been loaded.
    func currentPlan() async throws -> PlanCache.Current {
        guard let current = try await plans.current() else { throw Refusal.notFound("实施方案", "plan") }
        return current
    }
}
