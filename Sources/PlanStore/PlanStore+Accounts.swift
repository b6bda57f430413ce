import Foundation
import ReformPlan
import SQLKit

/// Accounts. Passwords are hashed by the caller (bcrypt in the web tier); the
/// store keeps the hash text and never puts it in the audit log.
extension PlanStore {
    /// Stores a new account and returns it with its id; `StoreError.duplicateLogin`
    /// when the login is taken, in any case of its letters.
    public func createAccount(_ account: Account, passwordHash: String, by actor: String, at date: Date) async throws -> Account {
        try await change { db, _ in
            let now = Timestamp.text(date)
            // DO NOTHING rather than a unique violation, which on PostgreSQL would abort the transaction.
            let row = try await db.insert(into: "accounts")
                .columns("login", "login_key", "display_name", "role", "unit", "person", "disabled", "password_hash",
                         "created_at", "updated_at")
                .values(account.login, AccountRows.key(account.login), account.displayName, account.role.rawValue,
                        account.unit, account.person, account.disabled ? 1 : 0, passwordHash, now, now)
                .ignoringConflicts(with: ["login_key"])
                .returning("id").first()
            guard let row else { throw StoreError.duplicateLogin(account.login) }
            var stored = account
            stored.id = try row.int64("id")
            return (stored, [AuditEvent(actor: actor, at: date, action: "account.create", entity: "account",
                                        entityID: String(stored.id!), after: try AuditJSON.text(stored))])
        }
    }

    /// Every account, ordered by login (sorted here: a database's collation depends on its locale).
    public func accounts() async throws -> [Account] {
        try await open().sql.raw("SELECT \(AccountRows.columns) FROM accounts a").all()
            .map(AccountRows.account).sorted { $0.login < $1.login }
    }

    public func account(id: Int64) async throws -> Account? {
        try await open().sql.raw("SELECT \(AccountRows.columns) FROM accounts a WHERE a.id = \(bind: id)").first()
            .map(AccountRows.account)
    }

    /// The account with exactly this login.
    public func account(login: String) async throws -> Account? {
        try await open().sql.raw("SELECT \(AccountRows.columns) FROM accounts a WHERE a.login = \(bind: login)").first()
            .map(AccountRows.account)
    }

    /// The account and its password hash, for checking a sign-in; disabled
    /// accounts are returned too, and the caller refuses them.
    public func credentials(login: String) async throws -> (account: Account, passwordHash: String)? {
        guard let row = try await open().sql.raw("""
            SELECT \(AccountRows.columns), a.password_hash FROM accounts a WHERE a.login = \(bind: login)
            """).first() else { return nil }
        return (try AccountRows.account(row), try row.string("password_hash"))
    }

    /// Replaces the password hash; `StoreError.unknownAccount` for an unknown login.
    /// The account's sessions are left alone: see `deleteSessions(accountID:except:)`.
    public func setPasswordHash(login: String, _ hash: String, by actor: String, at date: Date) async throws {
        try await change { db, _ in
            let row = try await db.raw("""
                UPDATE accounts SET password_hash = \(bind: hash), updated_at = \(bind: Timestamp.text(date))
                WHERE login = \(bind: login) RETURNING id
                """).first()
            guard let row else { throw StoreError.unknownAccount(login) }
            // The log says that the password changed, never what to.
            let after = try AuditJSON.text(["login": login, "password": "changed"])
            return ((), [AuditEvent(actor: actor, at: date, action: "account.password", entity: "account",
                                    entityID: String(try row.int64("id")), after: after)])
        }
    }

    /// Disables or enables an account. Disabling also deletes its sessions and
    /// revokes its access tokens, in the same transaction, so that nothing it
    /// signed in with still works; enabling it again brings none of them back.
    public func setDisabled(login: String, _ disabled: Bool, by actor: String, at date: Date) async throws {
        try await change { db, sqlite in
            let row = try await db.raw("""
                SELECT \(AccountRows.columns) FROM accounts a WHERE a.login = \(bind: login)
                """ + .forUpdate(sqlite: sqlite)).first()
            guard let row else { throw StoreError.unknownAccount(login) }
            let before = try AccountRows.account(row), id = before.id!
            if disabled {
                try await db.raw("DELETE FROM sessions WHERE account_id = \(bind: id)").run()
                try await db.raw("""
                    UPDATE access_tokens SET revoked_at = \(bind: Timestamp.text(date))
                    WHERE account_id = \(bind: id) AND revoked_at IS NULL
                    """).run()
            }
            if before.disabled == disabled { return ((), []) }
            try await db.raw("""
                UPDATE accounts SET disabled = \(bind: disabled ? 1 : 0), updated_at = \(bind: Timestamp.text(date))
                WHERE id = \(bind: id)
                """).run()
            var after = before
            after.disabled = disabled
            return ((), [AuditEvent(actor: actor, at: date, action: disabled ? "account.disable" : "account.enable",
                                    entity: "account", entityID: String(id), before: try AuditJSON.text(before),
                                    after: try AuditJSON.text(after))])
        }
    }

    /// Changes an account's name, role, unit and person (found by its id; the
    /// login and the disabled flag have their own methods). Returns the stored account.
    public func updateAccount(_ account: Account, by actor: String, at date: Date) async throws -> Account {
        guard let id = account.id else { throw StoreError.unknownAccount(account.login) }
        return try await change { db, sqlite in
            let row = try await db.raw("""
                SELECT \(AccountRows.columns) FROM accounts a WHERE a.id = \(bind: id)
                """ + .forUpdate(sqlite: sqlite)).first()
            guard let row else { throw StoreError.unknownAccount(account.login) }
            let before = try AccountRows.account(row)
            var after = before
            (after.displayName, after.role, after.unit, after.person) = (account.displayName, account.role, account.unit, account.person)
            if after == before { return (after, []) }
            try await db.raw("""
                UPDATE accounts SET display_name = \(bind: after.displayName), role = \(bind: after.role.rawValue),
                    unit = \(bind: after.unit), person = \(bind: after.person), updated_at = \(bind: Timestamp.text(date))
                WHERE id = \(bind: id)
                """).run()
            return (after, [AuditEvent(actor: actor, at: date, action: "account.update", entity: "account",
                                       entityID: String(id), before: try AuditJSON.text(before),
                                       after: try AuditJSON.text(after))])
        }
    }

    /// All accounts, disabled ones included: zero means the first administrator is still to be made.
    public func accountCount() async throws -> Int {
        try await open().sql.raw("SELECT COUNT(*) AS n FROM accounts").first()!.int("n")
    }
}
