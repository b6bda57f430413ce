import Foundation
import ReformPlan
import Testing
@testable import PlanStore

@Suite struct SubPlanStoreTests {
    typealias F = WebFixture

    static func draft(_ planID: Int) -> SubPlan {
        SubPlan(planID: planID, unit: "江岸区民政局", division: "420102", title: "2019年江岸区民政改革工作实施方案",
                acceptedRevision: 1, items: [SubPlanItem(key: "p1", project: 1, title: "养老服务改革", deadline: "10-12月",
                                                         target: "新建社区老年人服务中心8个"),
                                             SubPlanItem(key: "own1", title: "社区议事厅全覆盖", deadline: "12月前")])
    }

    @Test(arguments: DatabaseKind.underTest)
    func aSubPlanIsCreatedSavedWithItsVersionAndReadBack(kind: DatabaseKind) async throws {
        try await TestDatabase.withStore(kind) { store, _ in
            let planID = try await store.load(SamplePlan.make(), by: "test", at: F.start).planID

            var saved = try await store.saveSubPlan(Self.draft(planID), expectedVersion: 0, by: "jiangan", at: F.start)
            saved.items.append(SubPlanItem(key: "own2", title: "养老顾问"))
            let second = try await store.saveSubPlan(saved, expectedVersion: 1, by: "jiangan", at: F.at(minutes: 1))
            let stale = Self.draft(planID)

            await #expect(throws: StoreError.versionConflict(current: 2, updatedBy: "jiangan")) {
                try await store.saveSubPlan(stale, expectedVersion: 1, by: "other", at: F.at(minutes: 2))
            }
            let secondID = try #require(second.id)
            let read = try #require(try await store.subPlan(id: secondID))
            #expect(read.version == 2 && read.items.map(\.key) == ["p1", "own1", "own2"])
            #expect(read.items[0] == Self.draft(planID).items[0] && read.division == "420102")
            #expect(try await store.subPlans(planID: planID).map(\.unit) == ["江岸区民政局"])
            let actions = try await store.auditEntries().filter { $0.entity == "subplan" }.map(\.action)
            #expect(actions == ["subplan.save", "subplan.create"])
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func progressIsKeptPerItemAndMonthAndReplacedByALaterEntry(kind: DatabaseKind) async throws {
        try await TestDatabase.withStore(kind) { store, _ in
            let planID = try await store.load(SamplePlan.make(), by: "test", at: F.start).planID
            let id = try #require(try await store.saveSubPlan(Self.draft(planID), expectedVersion: 0, by: "jiangan", at: F.start).id)
            let august = ReportMonth(year: 2019, month: 8), september = ReportMonth(year: 2019, month: 9)

            try await store.saveSubPlanProgress([SubPlanProgress(itemKey: "p1", month: august, completion: 40, text: "建成3个"),
                                                 SubPlanProgress(itemKey: "own1", month: august, completion: 20, text: "试点")],
                                                subPlanID: id, by: "jiangan", at: F.start)
            try await store.saveSubPlanProgress([SubPlanProgress(itemKey: "p1", month: september, completion: 60, text: "建成5个")],
                                                subPlanID: id, by: "jiangan", at: F.at(minutes: 1))
            try await store.saveSubPlanProgress([SubPlanProgress(itemKey: "p1", month: september, completion: 65, text: "建成5个，1个在建")],
                                                subPlanID: id, by: "jiangan", at: F.at(minutes: 2))
            await #expect(throws: StoreError.notFound(entity: "subplan", id: "999")) {
                try await store.saveSubPlanProgress([SubPlanProgress(itemKey: "p1", month: august, completion: 1, text: "x")],
                                                    subPlanID: 999, by: "x", at: F.start)
            }

            let progress = try await store.subPlanProgress(subPlanID: id)
            #expect(progress.map(\.completion) == [20, 40, 65])
            #expect(progress.last?.text == "建成5个，1个在建")
        }
    }
}
