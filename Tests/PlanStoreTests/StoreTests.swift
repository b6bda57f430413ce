import Foundation
import ReformPlan
import Testing
@testable import PlanStore

/// The store's contract, run unchanged on SQLite and on PostgreSQL.
@Suite struct StoreTests {
    /// A fixed clock: nothing here reads the system date.
    static let firstLoad = Date(timeIntervalSince1970: 1_557_964_800)   // 2019-05-16 00:00 UTC
    static let secondLoad = Date(timeIntervalSince1970: 1_560_556_800.5)

    @Test(arguments: DatabaseKind.underTest)
    func migratingTwiceIsHarmless(kind: DatabaseKind) async throws {
        try await TestDatabase.withStore(kind, migrated: false) { store, _ in
            try await store.migrate()
            let outcome = try await store.load(SamplePlan.make(), by: "规划发展处", at: Self.firstLoad)

            try await store.migrate()

            #expect(try await store.schemaVersion() == Migrations.newest)
            #expect(try await store.plan(id: outcome.planID) == SamplePlan.make())
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func aLoadedPlanReadsBackEqual(kind: DatabaseKind) async throws {
        try await TestDatabase.withStore(kind) { store, _ in
            let plan = SamplePlan.make()

            let outcome = try await store.load(plan, by: "规划发展处", at: Self.firstLoad)
            let stored = try await store.plan(id: outcome.planID)

            #expect(outcome.status == .created && outcome.revision == 1 && outcome.changes.isEmpty)
            #expect(stored == plan)
            #expect(stored?.projects[1].description == "" && stored?.projects[0].description == nil)
            #expect(stored?.indicators[4].target == 0.1)
            #expect(stored?.tasks[0].responsibility == nil && stored?.tasks[2].responsibility == Responsibility())
            #expect(try await store.plans() == [PlanSummary(
                id: outcome.planID, key: plan.key, title: plan.notice.title, year: 2019, issuer: "武汉市民政局",
                projectCount: 16, revision: 1)])
            #expect(try await store.revisions(planID: outcome.planID) == [PlanRevision(
                planID: outcome.planID, number: 1, loadedBy: "规划发展处", loadedAt: Self.firstLoad, changeCount: 0)])
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func secondLoadOfTheSamePlanChangesNothing(kind: DatabaseKind) async throws {
        try await TestDatabase.withStore(kind) { store, _ in
            let first = try await store.load(SamplePlan.make(), by: "规划发展处", at: Self.firstLoad)
            let countsBefore = try await store.rowCounts()

            let second = try await store.load(SamplePlan.make(), by: "someone else", at: Self.secondLoad)

            #expect(second == LoadOutcome(planID: first.planID, status: .unchanged, revision: 1, changes: []))
            #expect(try await store.rowCounts() == countsBefore)
            #expect(try await store.revisions(planID: first.planID).count == 1)
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func aChangedPlanIsUpdatedInPlaceAsRevisionTwo(kind: DatabaseKind) async throws {
        try await TestDatabase.withStore(kind) { store, _ in
            let first = try await store.load(SamplePlan.make(), by: "规划发展处", at: Self.firstLoad)
            let idsBefore = try await store.itemIDs(planID: first.planID)
            var changed = SamplePlan.make()
            changed.projects[2].responsibility.leaderInCharge = "副局长赵副"
            changed.indicators[0].target = 75
            changed.phases[3].startMonth = 6

            let second = try await store.load(changed, by: "规划发展处", at: Self.secondLoad)

            let expected = [
                PlanChange(path: "projects[3].responsibility.leaderInCharge", before: "副局长王副", after: "副局长赵副"),
                PlanChange(path: "indicators[0].target", before: "70", after: "75"),
                PlanChange(path: "phases[2.1].startMonth", before: nil, after: "6"),
            ]
            #expect(second == LoadOutcome(planID: first.planID, status: .updated, revision: 2, changes: expected))
            #expect(try await store.plan(id: first.planID) == changed)
            #expect(try await store.itemIDs(planID: first.planID) == idsBefore)
            #expect(try await store.changes(planID: first.planID, revision: 2) == expected)
            #expect(try await store.revisions(planID: first.planID).map(\.number) == [1, 2])
            #expect(try await store.revisions(planID: first.planID).last?.loadedAt == Self.secondLoad)
            #expect(try await store.plans().map(\.revision) == [2])
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func aProjectRemovedFromThePlanIsDeletedAndTheOthersKeepTheirIDs(kind: DatabaseKind) async throws {
        try await TestDatabase.withStore(kind) { store, _ in
            let first = try await store.load(SamplePlan.make(), by: "规划发展处", at: Self.firstLoad)
            let idsBefore = try await store.itemIDs(planID: first.planID)
            var changed = SamplePlan.make()
            let removed = changed.projects.removeLast()
            changed.phases.removeLast()

            let second = try await store.load(changed, by: "规划发展处", at: Self.secondLoad)

            let idsAfter = try await store.itemIDs(planID: first.planID)
            #expect(second.changes.contains(PlanChange(path: "projects[16]", before: "16 \(removed.title)", after: nil)))
            #expect(idsAfter.projects.count == 15 && idsAfter.projects[16] == nil)
            #expect(idsAfter.projects == idsBefore.projects.filter { $0.key != 16 })
            #expect(idsAfter.phases == idsBefore.phases.filter { $0.key != "3.1" })
            #expect(try await store.plan(id: first.planID) == changed)
            #expect(try await store.plans().first?.projectCount == 15)
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func twoPlansLiveSideBySide(kind: DatabaseKind) async throws {
        try await TestDatabase.withStore(kind) { store, _ in
            let cityPlan = SamplePlan.make()
            var districtPlan = SamplePlan.make(title: "2019年江岸区民政改革工作实施方案")
            districtPlan.notice.issuer = "江岸区民政局"
            districtPlan.projects.removeFirst(10)

            let city = try await store.load(cityPlan, by: "规划发展处", at: Self.firstLoad)
            let district = try await store.load(districtPlan, by: "江岸区民政局", at: Self.firstLoad)
            districtPlan.projects[0].title = "江岸区项目"
            _ = try await store.load(districtPlan, by: "江岸区民政局", at: Self.secondLoad)

            #expect(city.planID != district.planID)
            #expect(try await store.plans().map(\.projectCount) == [16, 6])
            #expect(try await store.plans().map(\.revision) == [1, 2])
            #expect(try await store.plan(id: city.planID) == cityPlan)
            #expect(try await store.plan(id: district.planID) == districtPlan)
        }
    }
}
