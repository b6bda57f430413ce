import Foundation
import ReformPlan
import SQLKit

/// A signed-in browser's session as the web tier needs it on each request.
public struct StoredSession: Hashable, Sendable {
    public var account: Account
    public var csrfToken: String
    public var createdAt: Date
    public var expiresAt: Date

    public init(account: Account, csrfToken: String, createdAt: Date, expiresAt: Date) {
        self.account = account
        self.csrfToken = csrfToken
        self.createdAt = createdAt
        self.expiresAt = expiresAt
    }
}

/// Sessions live in the database so that every instance serving one PostgreSQL
/// knows them. They are keyed by the SHA-256 hex of the cookie's token, which the
/// caller computes: a copy of the table signs nobody in. Sessions are not
/// business changes and write nothing to the audit log.
extension PlanStore {
    /// `StoreError.notFound` when there is no such account.
    public func createSession(tokenHash: String, accountID: Int64, csrfToken: String,
                              createdAt: Date, expiresAt: Date) async throws {
        // INSERT … SELECT: one statement that inserts nothing when the account does not exist.
        let row = try await open().sql.raw("""
            INSERT INTO sessions (token_hash, account_id, csrf_token, created_at, expires_at)
            SELECT \(bind: tokenHash), id, \(bind: csrfToken), \(bind: Timestamp.text(createdAt)), \(bind: Timestamp.text(expiresAt))
            FROM accounts WHERE id = \(bind: accountID)
            RETURNING token_hash
            """).first()
        if row == nil { throw StoreError.notFound(entity: "account", id: String(accountID)) }
    }

    /// The session, or nil when it is unknown, has expired (at `expiresAt` or
    /// later) or belongs to a disabled account.
    public func session(tokenHash: String, now: Date) async throws -> StoredSession? {
        guard let row = try await open().reader.raw("""
            SELECT \(AccountRows.columns), s.csrf_token, s.created_at, s.expires_at
            FROM sessions s JOIN accounts a ON a.id = s.account_id
            WHERE s.token_hash = \(bind: tokenHash) AND s.expires_at > \(bind: Timestamp.text(now)) AND a.disabled = 0
            """).first() else { return nil }
        return StoredSession(account: try AccountRows.account(row), csrfToken: try row.string("csrf_token"),
                             createdAt: try row.date("created_at", in: "sessions"),
                             expiresAt: try row.date("expires_at", in: "sessions"))
    }

    public func deleteSession(tokenHash: String) async throws {
        try await open().sql.raw("DELETE FROM sessions WHERE token_hash = \(bind: tokenHash)").run()
    }

    /// Signs an account out everywhere, except (when given) the session making the
    /// request: after a password change, say. Returns how many sessions ended.
    @discardableResult
    public func deleteSessions(accountID: Int64, except tokenHash: String? = nil) async throws -> Int {
        try await open().sql.raw("""
            DELETE FROM sessions WHERE account_id = \(bind: accountID) AND token_hash <> \(bind: tokenHash ?? "")
            RETURNING token_hash
            """).all().count
    }

    /// Removes sessions that have expired by `now`; returns how many.
    @discardableResult
    public func deleteExpiredSessions(now: Date) async throws -> Int {
        try await open().sql.raw("""
            DELETE FROM sessions WHERE expires_at <= \(bind: Timestamp.text(now)) RETURNING token_hash
            """).all().count
    }
}
