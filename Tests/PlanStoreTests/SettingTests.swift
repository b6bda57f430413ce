import Foundation
import ReformPlan
import Testing
@testable import PlanStore

/// Settings, shared by every instance.
@Suite struct SettingTests {
    typealias F = WebFixture

    @Test(arguments: DatabaseKind.underTest)
    func settingsAreSetAndAuditedOnlyWhenTheyChange(kind: DatabaseKind) async throws {
        try await TestDatabase.withStore(kind) { store, _ in
            #expect(try await store.setting("reports.dueDay") == nil)

            try await store.setSetting("reports.dueDay", "5", by: "admin", at: F.start)
            try await store.setSetting("reports.dueDay", "10", by: "admin", at: F.at(minutes: 1))
            try await store.setSetting("reports.dueDay", "10", by: "admin", at: F.at(minutes: 2))
            try await store.setSetting("site.name", "武汉市民政局", by: "admin", at: F.start)

            #expect(try await store.setting("reports.dueDay") == "10")
            #expect(try await store.settings() == ["reports.dueDay": "10", "site.name": "武汉市民政局"])
            let entries = try await store.auditEntries().filter { $0.entityID == "reports.dueDay" }
            #expect(entries.map(\.action) == ["setting.set", "setting.set"])
            #expect(entries[0].before == #"{"value":"5"}"# && entries[0].after == #"{"value":"10"}"#)
            #expect(entries[1].before == nil && entries[1].entity == "setting")
        }
    }
}

@Suite struct ChangeMarkTests {
    @Test(arguments: DatabaseKind.underTest)
    func theMarkMovesWithEveryChangeAndOnlyThen(_ kind: DatabaseKind) async throws {
        try await TestDatabase.withStore(kind) { store, _ in
            let empty = try await store.changeMark()
            #expect(empty == ChangeMark(auditEntry: 0, planRevision: 0))
            let loaded = try await store.load(SamplePlan.make(), by: "test", at: Date())
            let afterLoad = try await store.changeMark()
            #expect(afterLoad.planRevision > empty.planRevision)
            _ = try await store.load(SamplePlan.make(), by: "test", at: Date())
            #expect(try await store.changeMark() == afterLoad, "an identical reload changes nothing")
            try await store.setSetting("reports.dueDay", "20", by: "test", at: Date())
            let afterSetting = try await store.changeMark()
            #expect(afterSetting.auditEntry > afterLoad.auditEntry)
            _ = try await store.saveReport(ProgressReport(unit: "养老服务处", month: ReportMonth(year: 2019, month: 9)),
                                           planID: loaded.planID, expectedVersion: 0, by: "test", at: Date())
            #expect(try await store.changeMark().auditEntry > afterSetting.auditEntry)
            _ = try await store.session(tokenHash: "nothing", now: Date())
            #expect(try await store.changeMark().auditEntry > afterSetting.auditEntry)
        }
    }
}
