import Foundation
import ReformPlan
import Testing
@testable import PlanStore

/// Personal access tokens for the JSON API.
@Suite struct AccessTokenTests {
    typealias F = WebFixture

    @Test(arguments: DatabaseKind.underTest)
    func aTokenSignsItsAccountInUntilItExpires(kind: DatabaseKind) async throws {
        try await TestDatabase.withStore(kind) { store, _ in
            let account = try await store.createAccount(F.reporter, passwordHash: F.hash("pw"), by: "admin", at: F.start)
            let expires = F.at(minutes: 60)

            let token = try await store.createAccessToken(accountID: account.id!, name: "月报脚本", tokenHash: "h1",
                                                          createdAt: F.start, expiresAt: expires)

            #expect(token == AccessTokenInfo(id: token.id, accountID: account.id!, name: "月报脚本", createdAt: F.start,
                                             expiresAt: expires))
            #expect(try await store.account(accessTokenHash: "h1", now: F.at(minutes: 59)) == account)
            #expect(try await store.account(accessTokenHash: "h1", now: expires) == nil)
            #expect(try await store.account(accessTokenHash: "unknown", now: F.start) == nil)
            let entry = try #require(try await store.auditEntries().first)
            #expect(entry.action == "token.create" && entry.actor == "yanglao" && entry.entityID == "\(token.id)")
            #expect(entry.after?.contains("h1") == false && entry.after?.contains("月报脚本") == true)
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func useIsNotedAtMostOnceAMinute(kind: DatabaseKind) async throws {
        try await TestDatabase.withStore(kind) { store, _ in
            let id = try await store.createAccount(F.reporter, passwordHash: F.hash("pw"), by: "admin", at: F.start).id!
            _ = try await store.createAccessToken(accountID: id, name: "t", tokenHash: "h1", createdAt: F.start,
                                                  expiresAt: F.at(minutes: 60))

            _ = try await store.account(accessTokenHash: "h1", now: F.at(minutes: 1))
            _ = try await store.account(accessTokenHash: "h1", now: F.at(minutes: 1.5))
            #expect(try await store.accessTokens(accountID: id).first?.lastUsedAt == F.at(minutes: 1))
            _ = try await store.account(accessTokenHash: "h1", now: F.at(minutes: 2.5))
            #expect(try await store.accessTokens(accountID: id).first?.lastUsedAt == F.at(minutes: 2.5))
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func aRevokedTokenNoLongerWorksAndOnlyItsOwnerCanRevokeIt(kind: DatabaseKind) async throws {
        try await TestDatabase.withStore(kind) { store, _ in
            let owner = try await store.createAccount(F.reporter, passwordHash: F.hash("pw"), by: "admin", at: F.start).id!
            let other = try await store.createAccount(F.leader, passwordHash: F.hash("pw"), by: "admin", at: F.start).id!
            let first = try await store.createAccessToken(accountID: owner, name: "一", tokenHash: "h1", createdAt: F.start,
                                                          expiresAt: F.at(minutes: 60))
            let second = try await store.createAccessToken(accountID: owner, name: "二", tokenHash: "h2",
                                                           createdAt: F.at(minutes: 1), expiresAt: F.at(minutes: 60))

            #expect(try await store.revokeAccessToken(id: first.id, accountID: other, at: F.at(minutes: 2)) == false)
            #expect(try await store.revokeAccessToken(id: first.id, accountID: owner, at: F.at(minutes: 3)) == true)
            #expect(try await store.revokeAccessToken(id: first.id, accountID: owner, at: F.at(minutes: 4)) == false)
            #expect(try await store.revokeAccessToken(id: 999, accountID: owner, at: F.at(minutes: 4)) == false)

            #expect(try await store.account(accessTokenHash: "h1", now: F.at(minutes: 5)) == nil)
            #expect(try await store.account(accessTokenHash: "h2", now: F.at(minutes: 5))?.id == owner)
            let tokens = try await store.accessTokens(accountID: owner)
            #expect(tokens.map(\.id) == [first.id, second.id])
            #expect(tokens.map(\.revokedAt) == [F.at(minutes: 3), nil])
            #expect(tokens[0].isActive(at: F.at(minutes: 5)) == false && tokens[1].isActive(at: F.at(minutes: 5)))
            #expect(try await store.accessTokens(accountID: other).isEmpty)
            let revoked = try await store.auditEntries().filter { $0.action == "token.revoke" }
            #expect(revoked.count == 1 && revoked[0].entityID == "\(first.id)")
            #expect(revoked[0].before?.contains("revokedAt") == false && revoked[0].after?.contains("revokedAt") == true)
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func aDisabledAccountsTokenDoesNotWorkAndUnknownAccountsGetNone(kind: DatabaseKind) async throws {
        try await TestDatabase.withStore(kind) { store, location in
            let id = try await store.createAccount(F.reporter, passwordHash: F.hash("pw"), by: "admin", at: F.start).id!
            _ = try await store.createAccessToken(accountID: id, name: "t", tokenHash: "h1", createdAt: F.start,
                                                  expiresAt: F.at(minutes: 60), by: "admin")
            #expect(try await store.auditEntries().first?.actor == "admin")
            let other = try await PlanStore.open(location)
            try await other.open().sql.raw("UPDATE accounts SET disabled = 1").run()
            try await other.close()

            #expect(try await store.account(accessTokenHash: "h1", now: F.at(minutes: 1)) == nil)
            await #expect(throws: StoreError.notFound(entity: "account", id: "77")) {
                try await store.createAccessToken(accountID: 77, name: "t", tokenHash: "h9", createdAt: F.start,
                                                  expiresAt: F.at(minutes: 1))
            }
        }
    }
}
