import Foundation
import ReformPlan
import SQLKit
import Testing
@testable import PlanStore

/// The audit log: an entry per change, written with the change, chained by
/// hashes that reveal edits and deletions.
@Suite struct AuditLogTests {
    typealias F = WebFixture

    /// Twelve changes, each with its entry.
    static func twelveChanges(_ store: PlanStore) async throws {
        for i in 1...12 { try await store.setSetting("key\(i)", "value \(i)", by: "admin", at: F.at(minutes: Double(i))) }
    }

    @Test(arguments: DatabaseKind.underTest)
    func anUntouchedLogVerifiesAndEachEntryLinksToThePrevious(kind: DatabaseKind) async throws {
        try await TestDatabase.withStore(kind) { store, _ in
            try await Self.twelveChanges(store)

            let entries = try await store.auditEntries()
            #expect(entries.map(\.id) == Array((1...12).reversed()))
            #expect(zip(entries, entries.dropFirst()).allSatisfy { $0.prevHash == $1.hash })
            #expect(entries.last?.prevHash == AuditHash.genesis)
            #expect(try await store.verifyAuditLog() == AuditVerification(entries: 12))
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func anEmptyLogVerifies(kind: DatabaseKind) async throws {
        try await TestDatabase.withStore(kind) { store, _ in
            let result = try await store.verifyAuditLog()
            #expect(result == AuditVerification(entries: 0) && result.isIntact)
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func anEditedAfterIsFoundAtItsEntry(kind: DatabaseKind) async throws {
        try await TestDatabase.withStore(kind) { store, location in
            try await Self.twelveChanges(store)

            try await Self.tamper(location, "UPDATE audit_log SET after_json = '{\"value\":\"value 66\"}' WHERE id = 6")

            let result = try await store.verifyAuditLog()
            #expect(result.entries == 12 && result.firstBrokenID == 6)
            #expect(result.problem?.contains("do not match its hash") == true)
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func aDeletedMiddleEntryIsFoundAtTheNextOne(kind: DatabaseKind) async throws {
        try await TestDatabase.withStore(kind) { store, location in
            try await Self.twelveChanges(store)

            try await Self.tamper(location, "DELETE FROM audit_log WHERE id = 4")

            let result = try await store.verifyAuditLog()
            #expect(result == AuditVerification(entries: 11, firstBrokenID: 5,
                                                problem: "entries after 3 and before 5 are missing"))
        }
    }

    /// Renumbering to hide a deletion does not help: the next entry's link no longer fits.
    @Test(arguments: DatabaseKind.underTest)
    func aDeletionHiddenByRenumberingIsFound(kind: DatabaseKind) async throws {
        try await TestDatabase.withStore(kind) { store, location in
            try await Self.twelveChanges(store)

            try await Self.tamper(location, "DELETE FROM audit_log WHERE id = 4")
            for id in 5...12 { try await Self.tamper(location, "UPDATE audit_log SET id = \(id - 1) WHERE id = \(id)") }

            let result = try await store.verifyAuditLog()
            #expect(result.firstBrokenID == 4 && result.problem?.contains("prev_hash") == true)
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func swappedEntriesAreFound(kind: DatabaseKind) async throws {
        try await TestDatabase.withStore(kind) { store, location in
            try await Self.twelveChanges(store)

            for statement in ["UPDATE audit_log SET id = 100 WHERE id = 7", "UPDATE audit_log SET id = 7 WHERE id = 8",
                              "UPDATE audit_log SET id = 8 WHERE id = 100"] {
                try await Self.tamper(location, statement)
            }

            #expect(try await store.verifyAuditLog().firstBrokenID == 7)
        }
    }

    /// Two instances writing at once on one database keep one chain without gaps.
    @Test(arguments: DatabaseKind.underTest)
    func concurrentWritesFromTwoInstancesKeepOneChain(kind: DatabaseKind) async throws {
        try await TestDatabase.withStore(kind) { store, location in
            let second = try await PlanStore.open(location)
            do {
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for i in 0..<40 {
                        let instance = i % 2 == 0 ? store : second
                        group.addTask {
                            try await instance.setSetting("key\(i)", "\(i)", by: "admin", at: F.at(minutes: Double(i)))
                        }
                    }
                    try await group.waitForAll()
                }
                #expect(try await second.verifyAuditLog() == AuditVerification(entries: 40))
                #expect(try await store.auditEntries(limit: 100).map(\.id) == Array((1...40).reversed()))
                try await second.close()
            } catch {
                try? await second.close()
                throw error
            }
        }
    }

    @Test func theCanonicalTextSeparatesFieldsUnambiguously() {
        let base = AuditHash.Fields(id: 1, at: "2019-09-01T00:00:00.000Z", actor: "a", action: "x.y", entity: "e",
                                    entityID: "1", planID: nil, project: 3, before: nil, after: "{}",
                                    prevHash: AuditHash.genesis)
        var shifted = base
        (shifted.actor, shifted.action) = ("ax", ".y")
        var emptyNotNil = base
        emptyNotNil.before = ""

        #expect(AuditHash.canonicalText(base) ==
                "S1:1;S24:2019-09-01T00:00:00.000Z;S1:a;S3:x.y;S1:e;S1:1;N;S1:3;N;S2:{};S64:\(AuditHash.genesis);")
        #expect(Set([base, shifted, emptyNotNil].map(AuditHash.hash)).count == 3)
        #expect(AuditHash.hash(base).count == 64 && AuditHash.hash(base) == AuditHash.hash(base))
    }

    /// A statement from outside the store, as someone editing the database by hand.
    static func tamper(_ location: DatabaseLocation, _ statement: String) async throws {
        let other = try await PlanStore.open(location)
        do {
            try await other.open().sql.raw(SQLQueryString(statement)).run()
            try await other.close()
        } catch {
            try? await other.close()
            throw error
        }
    }
}
