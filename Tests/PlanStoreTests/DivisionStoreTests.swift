import Foundation
import ReformPlan
import Testing
@testable import PlanStore

/// Divisions, unit links, and indicator values rolled up, on both databases.
@Suite struct DivisionStoreTests {
    typealias F = WebFixture

    static let local = SampleDivisions.local
    static let community = RollupRule(method: .share, level: .village, kinds: [.urbanCommunity], threshold: 10)

    static func seeded(_ store: PlanStore) async throws -> (planID: Int, indicatorID: Int) {
        try await store.saveDivisions(WuhanDivisions.all, by: "admin", at: F.start)
        try await store.saveDivisions(local, by: "admin", at: F.start)
        let planID = try await store.load(SamplePlan.make(), by: "test", at: F.start).planID
        return (planID, try await store.itemIDs(planID: planID).indicators[0])
    }

    static func values(_ pairs: [(String, Double)]) -> [DivisionValue] {
        pairs.map { DivisionValue(key: DivisionCode.key($0.0)!, kind: $0.0.hasSuffix("201") ? .ruralCommunity : .urbanCommunity,
                                  value: $0.1) }
    }

    @Test(arguments: DatabaseKind.underTest)
    func divisionsAreStoredReadAsATreeAndAuditedOnce(kind: DatabaseKind) async throws {
        try await TestDatabase.withStore(kind) { store, _ in
            _ = try await Self.seeded(store)

            let upper = try await store.divisionTree(downTo: .county)
            #expect(upper.count == 20 && upper.children(of: "420100").count == 18)
            #expect(try await store.childDivisions(of: "420102002").map(\.name) == ["社区一", "社区二", "社区三"])
            #expect(try await store.division("420102")?.tags == ["中心城区"])
            #expect(try await store.division("Z420101")?.kind == .functionalZone)
            let counts = try await store.divisionCounts()
            #expect(counts[.urbanCommunity] == 8 && counts[.ruralCommunity] == 1 && counts[.street] == 4)
            #expect(try await store.divisionKinds(of: [.urbanCommunity]).count == 8)
            let entries = try await store.auditEntries().filter { $0.action == "divisions.save" }
            #expect(entries.count == 2 && entries[0].after?.contains(#""count":"13""#) == true)
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func savingADivisionAgainReplacesItsNameAndTags(kind: DatabaseKind) async throws {
        try await TestDatabase.withStore(kind) { store, _ in
            _ = try await Self.seeded(store)
            var renamed = Self.local[0]
            (renamed.name, renamed.tags) = ("大智街道（更名）", ["试点"])

            try await store.saveDivisions([renamed], by: "admin", at: F.at(minutes: 1))

            #expect(try await store.division("420102002")?.name == "大智街道（更名）")
            #expect(try await store.division("420102002")?.tags == ["试点"])
            #expect(try await store.divisionCounts()[.street] == 4)
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func aUnitIsLinkedToAKnownDivisionOnly(kind: DatabaseKind) async throws {
        try await TestDatabase.withStore(kind) { store, _ in
            _ = try await Self.seeded(store)

            try await store.linkUnit("江岸区民政局", to: "420102", by: "admin", at: F.start)
            try await store.linkUnit("江岸区民政局", to: "420102", by: "admin", at: F.at(minutes: 1))
            await #expect(throws: StoreError.notFound(entity: "division", id: "429999")) {
                try await store.linkUnit("江岸区民政局", to: "429999", by: "admin", at: F.at(minutes: 2))
            }

            #expect(try await store.unitDivisions() == ["江岸区民政局": "420102"])
            #expect(try await store.auditEntries().filter { $0.action == "unit.link" }.count == 1)
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func aShareOfCommunitiesRollsUpWithItsDenominatorFromTheTree(kind: DatabaseKind) async throws {
        try await TestDatabase.withStore(kind) { store, _ in
            let (planID, indicatorID) = try await Self.seeded(store)
            let month = ReportMonth(year: 2019, month: 9)
            try await store.saveIndicatorValues(Self.values([("420102002001", 12), ("420102002002", 9), ("420102003001", 10),
                                                             ("420117001001", 11)]),
                                                indicatorID: indicatorID, planID: planID, month: month,
                                                source: "jiangan.xlsx", by: "jiangan", at: F.start)

            var tallies = try await store.indicatorTallies(indicatorID: indicatorID, month: month, rule: Self.community,
                                                           comparator: .atLeast, groupLevel: .county)
            for (code, n) in try await store.eligibleCounts(rule: Self.community, groupLevel: .county) {
                tallies[code, default: RollupTally()].eligible = n
            }
            let figures = Rollup.carryUp(tallies, in: try await store.divisionTree(), rule: Self.community)

            #expect(figures["420102"]?.reported == 3 && figures["420102"]?.meeting == 2 && figures["420102"]?.eligible == 5)
            #expect(figures["420117"]?.meeting == 1 && figures["420117"]?.eligible == 2)
            #expect(figures["420103"]?.meeting == 0 && figures["420103"]?.eligible == 1, "a silent community falls short")
            #expect(figures["420100"]?.value(.share) == 3.0 / 8.0 * 100)
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func drillingDownShowsStreetsAndThenTheCommunitiesThatFallShort(kind: DatabaseKind) async throws {
        try await TestDatabase.withStore(kind) { store, _ in
            let (planID, indicatorID) = try await Self.seeded(store)
            let month = ReportMonth(year: 2019, month: 9)
            try await store.saveIndicatorValues(Self.values([("420102002001", 12), ("420102002002", 9), ("420102003201", 30)]),
                                                indicatorID: indicatorID, planID: planID, month: month,
                                                source: "jiangan.xlsx", by: "jiangan", at: F.start)
            let jiangan = try await store.division("420102")!, dazhi = try await store.division("420102002")!

            let streets = try await store.indicatorTallies(indicatorID: indicatorID, month: month, rule: Self.community,
                                                           comparator: .atLeast, groupLevel: .township, within: jiangan)
            let eligible = try await store.eligibleCounts(rule: Self.community, groupLevel: .township, within: jiangan)
            let leaves = try await store.leafValues(indicatorID: indicatorID, month: month, rule: Self.community, under: dazhi)

            #expect(streets.keys.sorted() == ["420102002"], "the village's value is not an urban community's")
            #expect(streets["420102002"]?.meeting == 1 && eligible == ["420102002": 3, "420102003": 2])
            #expect(leaves.map(\.division.name) == ["社区一", "社区二", "社区三"])
            #expect(leaves.map(\.value) == [12, 9, nil])
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func aSecondUploadForTheMonthReplacesOnlyItsOwnDivisions(kind: DatabaseKind) async throws {
        try await TestDatabase.withStore(kind) { store, _ in
            let (planID, indicatorID) = try await Self.seeded(store)
            let september = ReportMonth(year: 2019, month: 9), august = ReportMonth(year: 2019, month: 8)
            try await store.saveIndicatorValues(Self.values([("420102002001", 5), ("420102002002", 6)]), indicatorID: indicatorID,
                                                planID: planID, month: august, source: "a", by: "x", at: F.start)
            try await store.saveIndicatorValues(Self.values([("420102002001", 8), ("420102002002", 9)]), indicatorID: indicatorID,
                                                planID: planID, month: september, source: "a", by: "x", at: F.start)
            try await store.saveIndicatorValues(Self.values([("420102002001", 11)]), indicatorID: indicatorID,
                                                planID: planID, month: september, source: "b", by: "x", at: F.at(minutes: 1))

            let trend = try await store.indicatorTrend(indicatorID: indicatorID, rule: Self.community, comparator: .atLeast)

            #expect(trend[august]?["420102"] == RollupTally(reported: 2, sum: 11, meeting: 0))
            #expect(trend[september]?["420102"] == RollupTally(reported: 2, sum: 20, meeting: 1))
            #expect(try await store.auditEntries().filter { $0.action == "indicator.values" }.count == 3)
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func theLatestRuleTakesTheValueEnteredLast(kind: DatabaseKind) async throws {
        try await TestDatabase.withStore(kind) { store, _ in
            let (planID, indicatorID) = try await Self.seeded(store)
            let month = ReportMonth(year: 2019, month: 9), rule = RollupRule(method: .latest, level: .county)
            let jiangan = DivisionValue(key: DivisionCode.key("420102")!, kind: .district, value: 1800)
            let xinzhou = DivisionValue(key: DivisionCode.key("420117")!, kind: .district, value: 2100)
            try await store.saveIndicatorValues([xinzhou], indicatorID: indicatorID, planID: planID, month: month,
                                                source: "a", by: "x", at: F.start)
            try await store.saveIndicatorValues([jiangan], indicatorID: indicatorID, planID: planID, month: month,
                                                source: "b", by: "x", at: F.at(minutes: 5))

            let tallies = try await store.indicatorTallies(indicatorID: indicatorID, month: month, rule: rule,
                                                           comparator: .atLeast, groupLevel: .city)

            #expect(tallies["420100"]?.value(.latest) == 1800)
            let trend = try await store.indicatorTrend(indicatorID: indicatorID, rule: rule, comparator: .atLeast)
            #expect(trend[month]?["420102"]?.latestValue == 1800 && trend[month]?["420117"]?.latestValue == 2100)
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func targetsAndRulesAreKeptAndAudited(kind: DatabaseKind) async throws {
        try await TestDatabase.withStore(kind) { store, _ in
            let (planID, indicatorID) = try await Self.seeded(store)
            #expect(try await store.rollupRule(indicatorID: indicatorID) == nil)

            try await store.setRollupRule(Self.community, indicatorID: indicatorID, planID: planID, by: "guihua", at: F.start)
            try await store.setIndicatorTargets(["420102": 40, "420117": 60], indicatorID: indicatorID, planID: planID,
                                                by: "guihua", at: F.start)
            try await store.setIndicatorTargets(["420102": 45, "420117": nil], indicatorID: indicatorID, planID: planID,
                                                by: "guihua", at: F.at(minutes: 1))
            try await store.setIndicatorTargets(["420102": 45], indicatorID: indicatorID, planID: planID,
                                                by: "guihua", at: F.at(minutes: 2))

            #expect(try await store.rollupRule(indicatorID: indicatorID) == Self.community)
            #expect(try await store.indicatorTargets(indicatorID: indicatorID) == ["420102": 45])
            let entries = try await store.auditEntries().filter { $0.action == "indicator.targets" }
            #expect(entries.count == 2, "an unchanged target writes nothing")
            #expect(entries[0].before == #"{"420102":40,"420117":60}"# && entries[0].after == #"{"420102":45}"#)
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func valuesForAnUnknownPlanAreRefusedAndNothingIsStored(kind: DatabaseKind) async throws {
        try await TestDatabase.withStore(kind) { store, _ in
            let (_, indicatorID) = try await Self.seeded(store)
            await #expect(throws: StoreError.notFound(entity: "plan", id: "999")) {
                try await store.saveIndicatorValues(Self.values([("420102002001", 5)]), indicatorID: indicatorID, planID: 999,
                                                    month: ReportMonth(year: 2019, month: 9), source: "a", by: "x", at: F.start)
            }
            #expect(try await store.indicatorTrend(indicatorID: indicatorID, rule: Self.community, comparator: .atLeast).isEmpty)
        }
    }
}

@Suite struct IndicatorTallyTests {
    typealias F = WebFixture
    static let rule = DivisionStoreTests.community

    @Test(arguments: DatabaseKind.underTest)
    func keptDistrictTalliesFollowEverySaveAndEveryChangeOfTheRule(kind: DatabaseKind) async throws {
        try await TestDatabase.withStore(kind) { store, _ in
            let (planID, indicatorID) = try await DivisionStoreTests.seeded(store)
            let month = ReportMonth(year: 2019, month: 9)
            func tallies(_ rule: RollupRule) async throws -> [String: RollupTally] {
                try await store.indicatorTallies(indicatorID: indicatorID, month: month, rule: rule, comparator: .atLeast,
                                                 groupLevel: .county)
            }
            try await store.saveIndicatorValues(DivisionStoreTests.values([("420102002001", 12), ("420102002002", 9)]),
                                                indicatorID: indicatorID, planID: planID, month: month, source: "a",
                                                rule: Self.rule, by: "x", at: F.start)
            try await store.saveIndicatorValues(DivisionStoreTests.values([("420117001001", 10)]),
                                                indicatorID: indicatorID, planID: planID, month: month, source: "b",
                                                rule: Self.rule, by: "x", at: F.at(minutes: 1))
            let kept = try await store.keptTallies(indicatorID: indicatorID, months: [month], rule: Self.rule, comparator: .atLeast)

            try await store.saveIndicatorValues(DivisionStoreTests.values([("420102002002", 15)]),
                                                indicatorID: indicatorID, planID: planID, month: month, source: "c",
                                                rule: Self.rule, by: "x", at: F.at(minutes: 2))
            let afterCorrection = try await tallies(Self.rule)
            var stricter = Self.rule
            stricter.threshold = 13
            try await store.setRollupRule(stricter, indicatorID: indicatorID, planID: planID, by: "guihua", at: F.at(minutes: 3))
            let underNewRule = try await store.keptTallies(indicatorID: indicatorID, months: nil, rule: stricter, comparator: .atLeast)
            try await store.saveIndicatorValues(DivisionStoreTests.values([("420102002003", 20)]),
                                                indicatorID: indicatorID, planID: planID, month: month, source: "d", by: "x", at: F.at(minutes: 4))

            #expect(kept?[month]?["420102"] == RollupTally(reported: 2, sum: 21, meeting: 1, latestAt: Timestamp.text(F.start)))
            #expect(kept?[month]?["420117"]?.meeting == 1)
            #expect(afterCorrection["420102"]?.meeting == 2 && afterCorrection["420102"]?.sum == 27)
            #expect(underNewRule?[month]?["420102"]?.meeting == 1 && underNewRule?[month]?["420117"]?.meeting == 0)
            #expect(try await store.keptTallies(indicatorID: indicatorID, months: [month], rule: Self.rule, comparator: .atLeast) == nil,
                    "a tally of another rule is not used")
            #expect(try await store.keptTallies(indicatorID: indicatorID, months: [month], rule: stricter, comparator: .atLeast) == nil,
                    "a save without the rule drops the month's tallies")
            #expect(try await tallies(stricter)["420102"]?.meeting == 2, "and the values are grouped again")
        }
    }
}
