import Foundation
import ReformPlan
import Testing
@testable import PlanStore

/// How items are recognised across versions, and loads large enough to need
/// more than one INSERT per table.
@Suite struct ItemIdentityTests {
    static let date = Date(timeIntervalSince1970: 1_557_964_800)

    @Test(arguments: DatabaseKind.underTest)
    func indicatorsFollowTheirNamesAndARenamedOneKeepsItsPlace(kind: DatabaseKind) async throws {
        try await TestDatabase.withStore(kind) { store, _ in
            let first = try await store.load(SamplePlan.make(), by: "规划发展处", at: Self.date)
            let before = try await store.itemIDs(planID: first.planID).indicators
            var changed = SamplePlan.make()
            changed.indicators.swapAt(0, 1)
            changed.indicators[4].name = "覆盖率（修订）"

            _ = try await store.load(changed, by: "规划发展处", at: Self.date)

            let after = try await store.itemIDs(planID: first.planID).indicators
            #expect(after == [before[1], before[0], before[2], before[3], before[4]])
            #expect(try await store.plan(id: first.planID) == changed)
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func aUnitNamedOnlyOnAResponsibilityChainHasAnIDButStaysOutOfTheDirectory(kind: DatabaseKind) async throws {
        try await TestDatabase.withStore(kind) { store, _ in
            let plan = SamplePlan.make()

            let outcome = try await store.load(plan, by: "规划发展处", at: Self.date)

            let units = try await store.itemIDs(planID: outcome.planID).units
            #expect(units["规划发展处"] != nil && units["市财政局"] != nil)
            #expect(try await store.plan(id: outcome.planID)?.units == plan.units)
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func aPlanLargerThanOneBatchIsStoredAndUpdatedWhole(kind: DatabaseKind) async throws {
        try await TestDatabase.withStore(kind) { store, _ in
            var plan = SamplePlan.make()
            plan.projects = (1...1_200).map { n in
                Project(number: n, title: "项目\(n)", responsibility: Responsibility(
                    responsibleUnits: [SamplePlan.offices[n % 8]], supportingUnits: ["各区民政局"]))
            }
            plan.indicators = (0..<1_100).map { Indicator(name: "指标\($0)", measure: "个", comparator: .atLeast,
                                                        target: Double($0) + 0.5, sentence: "第\($0)句", project: $0 + 1) }
            let first = try await store.load(plan, by: "规划发展处", at: Self.date)
            let idsBefore = try await store.itemIDs(planID: first.planID)
            plan.projects.remove(at: 600)
            plan.projects[1_000].title = "改过的项目"

            let second = try await store.load(plan, by: "规划发展处", at: Self.date)

            #expect(second.status == .updated)
            #expect(try await store.plan(id: first.planID) == plan)
            #expect(try await store.itemIDs(planID: first.planID).projects == idsBefore.projects.filter { $0.key != 601 })
        }
    }
}

@Suite struct ConcurrentLoadTests {
    @Test(arguments: DatabaseKind.underTest)
    func twoLoadsOfOnePlanAtOnceStoreItOnce(kind: DatabaseKind) async throws {
        try await TestDatabase.withStore(kind) { store, _ in
            let plan = SamplePlan.make(), date = Date(timeIntervalSince1970: 1_557_964_800)

            async let a = store.load(plan, by: "甲", at: date)
            async let b = store.load(plan, by: "乙", at: date)
            let outcomes = try await [a, b]

            #expect(Set(outcomes.map(\.status)) == [.created, .unchanged])
            #expect(try await store.plans().count == 1)
        }
    }
}
