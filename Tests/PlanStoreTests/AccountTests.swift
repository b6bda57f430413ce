import Foundation
import ReformPlan
import Testing
@testable import PlanStore

/// Accounts: unique logins, credentials, password changes and disabling.
@Suite struct AccountTests {
    typealias F = WebFixture

    @Test(arguments: DatabaseKind.underTest)
    func aCreatedAccountReadsBackByIdAndLogin(kind: DatabaseKind) async throws {
        try await TestDatabase.withStore(kind) { store, _ in
            #expect(try await store.accountCount() == 0)

            let created = try await store.createAccount(F.reporter, passwordHash: F.hash("pw"), by: "admin", at: F.start)
            let leader = try await store.createAccount(F.leader, passwordHash: F.hash("pw2"), by: "admin", at: F.start)

            var expected = F.reporter
            expected.id = created.id
            #expect(created.id != nil && created == expected)
            #expect(try await store.account(id: created.id!) == created)
            #expect(try await store.account(login: "yanglao") == created)
            #expect(try await store.accounts() == [leader, created])   // by login: wangfu < yanglao
            #expect(try await store.accountCount() == 2)
            let credentials = try await store.credentials(login: "yanglao")
            #expect(credentials?.account == created && credentials?.passwordHash == F.hash("pw"))
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func unknownAccountsAreNil(kind: DatabaseKind) async throws {
        try await TestDatabase.withStore(kind) { store, _ in
            _ = try await store.createAccount(F.reporter, passwordHash: F.hash("pw"), by: "admin", at: F.start)

            #expect(try await store.account(id: 999) == nil)
            #expect(try await store.account(login: "nobody") == nil)
            #expect(try await store.credentials(login: "nobody") == nil)
            #expect(try await store.account(login: "YANGLAO") == nil)   // lookups are exact
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func aTakenLoginIsRefusedWhateverItsCase(kind: DatabaseKind) async throws {
        try await TestDatabase.withStore(kind) { store, _ in
            _ = try await store.createAccount(F.reporter, passwordHash: F.hash("pw"), by: "admin", at: F.start)
            var again = F.leader
            again.login = "yanglao"
            var shouting = F.leader
            shouting.login = "YangLao"

            await #expect(throws: StoreError.duplicateLogin("yanglao")) {
                try await store.createAccount(again, passwordHash: F.hash("x"), by: "admin", at: F.start)
            }
            await #expect(throws: StoreError.duplicateLogin("YangLao")) {
                try await store.createAccount(shouting, passwordHash: F.hash("x"), by: "admin", at: F.start)
            }

            #expect(try await store.accountCount() == 1)
            #expect(try await store.auditEntries().map(\.action) == ["account.create"])
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func aPasswordChangeReplacesTheHashAndLogsNoHash(kind: DatabaseKind) async throws {
        try await TestDatabase.withStore(kind) { store, _ in
            let account = try await store.createAccount(F.reporter, passwordHash: F.hash("old"), by: "admin", at: F.start)

            try await store.setPasswordHash(login: "yanglao", F.hash("new"), by: "yanglao", at: F.at(minutes: 1))

            #expect(try await store.credentials(login: "yanglao")?.passwordHash == F.hash("new"))
            let entry = try #require(try await store.auditEntries().first)
            #expect(entry.action == "account.password" && entry.actor == "yanglao" && entry.entityID == "\(account.id!)")
            #expect(entry.after == #"{"login":"yanglao","password":"changed"}"#)
            await #expect(throws: StoreError.unknownAccount("nobody")) {
                try await store.setPasswordHash(login: "nobody", F.hash("x"), by: "admin", at: F.start)
            }
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func disablingEndsSessionsAndRevokesTokensAndEnablingRestoresNeither(kind: DatabaseKind) async throws {
        try await TestDatabase.withStore(kind) { store, _ in
            let account = try await store.createAccount(F.reporter, passwordHash: F.hash("pw"), by: "admin", at: F.start)
            let id = account.id!, later = F.at(minutes: 60 * 24)
            try await store.createSession(tokenHash: "s1", accountID: id, csrfToken: "c", createdAt: F.start, expiresAt: later)
            let token = try await store.createAccessToken(accountID: id, name: "脚本", tokenHash: "t1",
                                                          createdAt: F.start, expiresAt: later)

            try await store.setDisabled(login: "yanglao", true, by: "admin", at: F.at(minutes: 5))

            #expect(try await store.account(id: id)?.disabled == true)
            #expect(try await store.session(tokenHash: "s1", now: F.at(minutes: 6)) == nil)
            #expect(try await store.accessTokens(accountID: id).map(\.revokedAt) == [F.at(minutes: 5)])
            let entry = try #require(try await store.auditEntries().first)
            #expect(entry.action == "account.disable" && entry.actor == "admin")
            #expect(entry.before?.contains(#""disabled":false"#) == true && entry.after?.contains(#""disabled":true"#) == true)

            try await store.setDisabled(login: "yanglao", false, by: "admin", at: F.at(minutes: 7))

            #expect(try await store.account(id: id)?.disabled == false)
            #expect(try await store.session(tokenHash: "s1", now: F.at(minutes: 8)) == nil)
            #expect(try await store.account(accessTokenHash: "t1", now: F.at(minutes: 8)) == nil)
            #expect(try await store.accessTokens(accountID: id).first?.id == token.id)
            #expect(try await store.auditEntries().first?.action == "account.enable")
            await #expect(throws: StoreError.unknownAccount("nobody")) {
                try await store.setDisabled(login: "nobody", true, by: "admin", at: F.start)
            }
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func disablingADisabledAccountLogsNothing(kind: DatabaseKind) async throws {
        try await TestDatabase.withStore(kind) { store, _ in
            _ = try await store.createAccount(F.reporter, passwordHash: F.hash("pw"), by: "admin", at: F.start)
            try await store.setDisabled(login: "yanglao", true, by: "admin", at: F.start)

            try await store.setDisabled(login: "yanglao", true, by: "admin", at: F.start)

            #expect(try await store.auditEntries().map(\.action) == ["account.disable", "account.create"])
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func anUpdateChangesNameRoleUnitAndPersonButNotLoginOrFlag(kind: DatabaseKind) async throws {
        try await TestDatabase.withStore(kind) { store, _ in
            let created = try await store.createAccount(F.reporter, passwordHash: F.hash("pw"), by: "admin", at: F.start)
            var changed = created
            changed.displayName = "社会救助处填报员"
            changed.unit = "社会救助处"
            changed.role = .viewer
            changed.login = "ignored"
            changed.disabled = true

            let stored = try await store.updateAccount(changed, by: "admin", at: F.at(minutes: 1))

            var expected = created
            (expected.displayName, expected.unit, expected.role) = ("社会救助处填报员", "社会救助处", .viewer)
            #expect(stored == expected)
            #expect(try await store.account(id: created.id!) == expected)
            #expect(try await store.auditEntries().first?.action == "account.update")
            var unknown = F.leader
            unknown.id = 999
            await #expect(throws: StoreError.unknownAccount("wangfu")) {
                try await store.updateAccount(unknown, by: "admin", at: F.start)
            }
        }
    }
}
