import Foundation
import ReformPlan
import Testing
@testable import PlanStore

/// Sessions kept in the database, and sign-in throttling: shared by instances, not audited.
@Suite struct SessionTests {
    typealias F = WebFixture

    @Test(arguments: DatabaseKind.underTest)
    func aSessionIsFoundUntilItExpires(kind: DatabaseKind) async throws {
        try await TestDatabase.withStore(kind) { store, _ in
            let account = try await store.createAccount(F.reporter, passwordHash: F.hash("pw"), by: "admin", at: F.start)
            let expires = F.at(minutes: 30)

            try await store.createSession(tokenHash: "abc", accountID: account.id!, csrfToken: "csrf-1",
                                          createdAt: F.start, expiresAt: expires)

            #expect(try await store.session(tokenHash: "abc", now: F.at(minutes: 29)) ==
                    StoredSession(account: account, csrfToken: "csrf-1", createdAt: F.start, expiresAt: expires))
            #expect(try await store.session(tokenHash: "abc", now: expires) == nil)
            #expect(try await store.session(tokenHash: "unknown", now: F.start) == nil)
            #expect(try await store.auditEntries().map(\.action) == ["account.create"])
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func aDisabledAccountsSessionIsNotFound(kind: DatabaseKind) async throws {
        try await TestDatabase.withStore(kind) { store, location in
            let account = try await store.createAccount(F.reporter, passwordHash: F.hash("pw"), by: "admin", at: F.start)
            try await store.createSession(tokenHash: "abc", accountID: account.id!, csrfToken: "c",
                                          createdAt: F.start, expiresAt: F.at(minutes: 30))
            // Disabled behind the store's back, as another program might: the lookup still checks.
            let other = try await PlanStore.open(location)
            try await other.open().sql.raw("UPDATE accounts SET disabled = 1").run()
            try await other.close()

            #expect(try await store.session(tokenHash: "abc", now: F.at(minutes: 1)) == nil)
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func sessionsAreDeletedOneByOneByAccountOrWhenExpired(kind: DatabaseKind) async throws {
        try await TestDatabase.withStore(kind) { store, _ in
            let a = try await store.createAccount(F.reporter, passwordHash: F.hash("pw"), by: "admin", at: F.start).id!
            let b = try await store.createAccount(F.leader, passwordHash: F.hash("pw"), by: "admin", at: F.start).id!
            for (hash, account, minutes) in [("a1", a, 10.0), ("a2", a, 20), ("a3", a, 90), ("b1", b, 15), ("b2", b, 60)] {
                try await store.createSession(tokenHash: hash, accountID: account, csrfToken: "c", createdAt: F.start,
                                              expiresAt: F.at(minutes: minutes))
            }
            let now = F.start

            try await store.deleteSession(tokenHash: "a1")
            #expect(try await store.session(tokenHash: "a1", now: now) == nil)
            #expect(try await store.deleteSessions(accountID: a, except: "a2") == 1)
            #expect(try await store.session(tokenHash: "a3", now: now) == nil)
            #expect(try await store.session(tokenHash: "a2", now: now) != nil)
            #expect(try await store.deleteExpiredSessions(now: F.at(minutes: 20)) == 2)   // a2 at its expiry, b1
            #expect(try await store.session(tokenHash: "b2", now: now)?.account.login == "wangfu")
            #expect(try await store.deleteSessions(accountID: b) == 1)
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func aSessionForAnUnknownAccountIsRefused(kind: DatabaseKind) async throws {
        try await TestDatabase.withStore(kind) { store, _ in
            await #expect(throws: StoreError.notFound(entity: "account", id: "42")) {
                try await store.createSession(tokenHash: "x", accountID: 42, csrfToken: "c", createdAt: F.start,
                                              expiresAt: F.at(minutes: 1))
            }
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func signInFailuresAreCountedPerKeyOverAWindow(kind: DatabaseKind) async throws {
        try await TestDatabase.withStore(kind) { store, _ in
            for minutes in [0.0, 5, 9, 10] { try await store.recordSignInFailure(key: "login:alice", at: F.at(minutes: minutes)) }
            try await store.recordSignInFailure(key: "addr:127.0.0.1", at: F.at(minutes: 9))

            #expect(try await store.signInFailures(key: "login:alice", since: F.at(minutes: 5)) == 3)
            #expect(try await store.signInFailures(key: "addr:127.0.0.1", since: F.start) == 1)
            #expect(try await store.signInFailures(key: "login:bob", since: F.start) == 0)

            try await store.clearSignInFailures(key: "login:alice")
            #expect(try await store.signInFailures(key: "login:alice", since: F.start) == 0)
            #expect(try await store.deleteSignInFailures(before: F.at(minutes: 9)) == 0)
            #expect(try await store.deleteSignInFailures(before: F.at(minutes: 10)) == 1)
            #expect(try await store.auditEntries().isEmpty)
        }
    }
}
