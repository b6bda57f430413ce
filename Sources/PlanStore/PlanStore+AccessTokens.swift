import Foundation
import ReformPlan
import SQLKit

/// A personal access token as its owner sees it: never the token or its hash.
public struct AccessTokenInfo: Hashable, Sendable, Codable {
    public var id: Int64
    public var accountID: Int64
    public var name: String
    public var createdAt: Date
    public var expiresAt: Date
    public var revokedAt: Date?
    /// Updated at most once a minute, so that API calls do not each cost a write.
    public var lastUsedAt: Date?

    public init(id: Int64, accountID: Int64, name: String, createdAt: Date, expiresAt: Date,
                revokedAt: Date? = nil, lastUsedAt: Date? = nil) {
        self.id = id
        self.accountID = accountID
        self.name = name
        self.createdAt = createdAt
        self.expiresAt = expiresAt
        self.revokedAt = revokedAt
        self.lastUsedAt = lastUsedAt
    }

    /// Usable at `now`: neither revoked nor expired.
    public func isActive(at now: Date) -> Bool { revokedAt == nil && now < expiresAt }
}

/// Personal access tokens for the JSON API: stored as the SHA-256 hex the caller
/// computes, revocable, with an expiry. Creating and revoking one are audited;
/// using one is not.
extension PlanStore {
    /// `actor` is who creates it, by default the account's own login.
    public func createAccessToken(accountID: Int64, name: String, tokenHash: String, createdAt: Date,
                                  expiresAt: Date, by actor: String? = nil) async throws -> AccessTokenInfo {
        try await change { db, _ in
            guard let owner = try await db.raw("SELECT login FROM accounts WHERE id = \(bind: accountID)").first() else {
                throw StoreError.notFound(entity: "account", id: String(accountID))
            }
            let row = try await db.insert(into: "access_tokens")
                .columns("account_id", "name", "token_hash", "created_at", "expires_at")
                .values(accountID, name, tokenHash, Timestamp.text(createdAt), Timestamp.text(expiresAt))
                .returning("*").first()
            let token = try Self.tokenInfo(row!)
            return (token, [AuditEvent(actor: try actor ?? owner.string("login"), at: createdAt, action: "token.create",
                                       entity: "token", entityID: String(token.id), after: try AuditJSON.text(token))])
        }
    }

    /// The account's tokens, revoked and expired ones included, oldest first.
    public func accessTokens(accountID: Int64) async throws -> [AccessTokenInfo] {
        try await open().sql.raw("SELECT * FROM access_tokens WHERE account_id = \(bind: accountID) ORDER BY id")
            .all().map(Self.tokenInfo)
    }

    /// The account a token signs in, or nil when the token is unknown, expired,
    /// revoked, or its account disabled. Notes the use in `lastUsedAt`.
    public func account(accessTokenHash: String, now: Date) async throws -> Account? {
        let sql = try open().sql, nowText = Timestamp.text(now)
        guard let row = try await sql.raw("""
            SELECT \(AccountRows.columns), t.id AS token_id FROM access_tokens t JOIN accounts a ON a.id = t.account_id
            WHERE t.token_hash = \(bind: accessTokenHash) AND t.revoked_at IS NULL
              AND t.expires_at > \(bind: nowText) AND a.disabled = 0
            """).first() else { return nil }
        try await sql.raw("""
            UPDATE access_tokens SET last_used_at = \(bind: nowText)
            WHERE id = \(bind: try row.int64("token_id"))
              AND (last_used_at IS NULL OR last_used_at < \(bind: Timestamp.text(now.addingTimeInterval(-60))))
            """).run()
        return try AccountRows.account(row)
    }

    /// Revokes one of the account's tokens; false when it has no such token or
    /// the token was revoked already. `actor` defaults to the account's login.
    @discardableResult
    public func revokeAccessToken(id: Int64, accountID: Int64, at date: Date, by actor: String? = nil) async throws -> Bool {
        try await change { db, _ in
            guard let row = try await db.raw("""
                UPDATE access_tokens SET revoked_at = \(bind: Timestamp.text(date))
                WHERE id = \(bind: id) AND account_id = \(bind: accountID) AND revoked_at IS NULL
                RETURNING *
                """).first() else { return (false, []) }
            let after = try Self.tokenInfo(row)
            var before = after
            before.revokedAt = nil
            let owner = try await db.raw("SELECT login FROM accounts WHERE id = \(bind: accountID)").first()!
            return (true, [AuditEvent(actor: try actor ?? owner.string("login"), at: date, action: "token.revoke",
                                      entity: "token", entityID: String(id), before: try AuditJSON.text(before),
                                      after: try AuditJSON.text(after))])
        }
    }

    static func tokenInfo(_ row: any SQLRow) throws -> AccessTokenInfo {
        AccessTokenInfo(id: try row.int64("id"), accountID: try row.int64("account_id"), name: try row.string("name"),
                        createdAt: try row.date("created_at", in: "access_tokens"),
                        expiresAt: try row.date("expires_at", in: "access_tokens"),
                        revokedAt: try row.date(ifAny: "revoked_at", in: "access_tokens"),
                        lastUsedAt: try row.date(ifAny: "last_used_at", in: "access_tokens"))
    }
}
