import Foundation
import ReformPlan
import Testing
@testable import PlanStore

/// What goes wrong is reported, and leaves the database as it was.
@Suite struct FailureTests {
    static let date = Date(timeIntervalSince1970: 1_557_964_800)

    @Test(arguments: DatabaseKind.underTest)
    func aFirstLoadThatFailsHalfwayLeavesNothingBehind(kind: DatabaseKind) async throws {
        try await TestDatabase.withStore(kind) { store, _ in
            let empty = try await store.rowCounts()
            await store.injectFault(after: "projects")

            await #expect(throws: PlanStore.InjectedFault.self) {
                try await store.load(SamplePlan.make(), by: "规划发展处", at: Self.date)
            }

            #expect(try await store.rowCounts() == empty)
            #expect(try await store.plans().isEmpty)
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func aChangedLoadThatFailsHalfwayKeepsThePreviousVersion(kind: DatabaseKind) async throws {
        try await TestDatabase.withStore(kind) { store, _ in
            let first = try await store.load(SamplePlan.make(), by: "规划发展处", at: Self.date)
            let countsBefore = try await store.rowCounts(), idsBefore = try await store.itemIDs(planID: first.planID)
            var changed = SamplePlan.make()
            changed.projects.removeFirst(3)
            changed.notice.addressees.removeAll()
            await store.injectFault(after: "tasks")

            await #expect(throws: PlanStore.InjectedFault.self) {
                try await store.load(changed, by: "规划发展处", at: Self.date)
            }

            #expect(try await store.rowCounts() == countsBefore)
            #expect(try await store.itemIDs(planID: first.planID) == idsBefore)
            #expect(try await store.plan(id: first.planID) == SamplePlan.make())
            #expect(try await store.revisions(planID: first.planID).count == 1)
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func aPlanThatRepeatsAProjectNumberIsRefusedBeforeAnythingIsWritten(kind: DatabaseKind) async throws {
        try await TestDatabase.withStore(kind) { store, _ in
            var plan = SamplePlan.make()
            plan.projects[5].number = 3
            let duplicated = plan

            await #expect(throws: StoreError.duplicateItem(path: "projects", key: "3")) {
                try await store.load(duplicated, by: "规划发展处", at: Self.date)
            }

            let stored = try await store.plans()
            #expect(stored.isEmpty)
        }
    }

    // Both kinds always: reaching no server needs no server.
    @Test(arguments: DatabaseKind.allCases)
    func anUnusableDatabaseIsAClearErrorNotACrash(kind: DatabaseKind) async throws {
        let location: DatabaseLocation = switch kind {
        case .sqlite: .sqlite(path: "/nonexistent-\(UUID().uuidString)/plans.sqlite")
        // Port 1 on loopback: nothing listens there, so the connection is refused at once.
        case .postgres: .postgres(url: "postgres://luoshi:secret@127.0.0.1:1/luoshi")
        }

        let error = await #expect(throws: StoreError.self) { try await PlanStore.open(location) }

        guard case .cannotOpen(let where_, let reason)? = error else {
            Issue.record("expected cannotOpen, got \(String(describing: error))")
            return
        }
        #expect(where_ == location.description && !reason.isEmpty)
        #expect(!String(describing: error!).contains("secret"))
    }

    @Test func aClosedStoreSaysSo() async throws {
        try await TestDatabase.withStore(.sqlite) { store, _ in
            try await store.close()

            await #expect(throws: StoreError.closed) { try await store.plans() }
        }
    }
}
