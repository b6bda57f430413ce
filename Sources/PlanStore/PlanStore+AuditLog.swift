import Foundation
import SQLKit

/// One entry of the audit log. `before` and `after` are JSON text (sorted keys,
/// instants as ISO 8601); nil where the change had no before (a creation) or
/// nothing to show after.
public struct AuditEntry: Hashable, Sendable, Codable {
    public var id: Int64
    public var at: Date
    /// The login of whoever made the change.
    public var actor: String
    /// "report.submit", "notice.issue", "account.disable", …
    public var action: String
    /// "report", "notice", "account", "token", "attachment", "comment", "setting".
    public var entity: String
    /// The record's id, or the setting's key.
    public var entityID: String
    public var planID: Int?
    public var project: Int?
    public var before: String?
    public var after: String?
    public var prevHash: String
    public var hash: String

    public init(id: Int64, at: Date, actor: String, action: String, entity: String, entityID: String,
                planID: Int? = nil, project: Int? = nil, before: String? = nil, after: String? = nil,
                prevHash: String, hash: String) {
        self.id = id
        self.at = at
        self.actor = actor
        self.action = action
        self.entity = entity
        self.entityID = entityID
        self.planID = planID
        self.project = project
        self.before = before
        self.after = after
        self.prevHash = prevHash
        self.hash = hash
    }
}

/// What `verifyAuditLog()` found: every entry checked, and the first that breaks the chain.
public struct AuditVerification: Hashable, Sendable, Codable {
    /// The entries in the log.
    public var entries: Int
    /// The first entry whose hash or link does not match; nil when the chain is whole.
    public var firstBrokenID: Int64?
    /// What is wrong with it, in words.
    public var problem: String?

    public var isIntact: Bool { firstBrokenID == nil }

    public init(entries: Int, firstBrokenID: Int64? = nil, problem: String? = nil) {
        self.entries = entries
        self.firstBrokenID = firstBrokenID
        self.problem = problem
    }
}

extension PlanStore {
    /// Entries newest first, at most `limit`, those of a plan (and one of its
    /// projects) when given, and older than the entry `before` when given (for paging).
    public func auditEntries(planID: Int? = nil, project: Int? = nil, limit: Int = 200,
                             before: Int64? = nil) async throws -> [AuditEntry] {
        var query: SQLQueryString = "SELECT * FROM audit_log WHERE 1 = 1"
        if let planID { query += " AND plan_id = \(bind: planID)" }
        if let project { query += " AND project = \(bind: project)" }
        if let before { query += " AND id < \(bind: before)" }
        query += " ORDER BY id DESC LIMIT \(bind: max(0, limit))"
        return try await open().sql.raw(query).all().map(Self.auditEntry)
    }

    /// Recomputes every entry's hash in id order and checks that each entry
    /// follows the one before it: an edited entry, one deleted from the middle,
    /// or entries swapped, all show at the first entry that no longer fits.
    /// (Entries removed from the end leave a shorter whole chain; the count of
    /// entries is reported so it can be compared with one noted elsewhere.)
    public func verifyAuditLog() async throws -> AuditVerification {
        let sql = try open().sql
        var checked = 0, previous: (id: Int64, hash: String)? = nil
        var broken: (id: Int64, problem: String)? = nil
        // In pages, so a long log is never all in memory.
        while true {
            let rows = try await sql.raw("""
                SELECT * FROM audit_log WHERE id > \(bind: previous?.id ?? 0) ORDER BY id LIMIT 1000
                """).all()
            if rows.isEmpty { break }
            for row in rows {
                let fields = try Self.hashFields(row), stored = try row.string("hash")
                checked += 1
                if broken == nil {
                    broken = Self.problem(with: fields, hash: stored, after: previous).map { (fields.id, $0) }
                }
                previous = (fields.id, stored)
            }
        }
        return AuditVerification(entries: checked, firstBrokenID: broken?.id, problem: broken?.problem)
    }

    /// Why an entry does not fit the chain after `previous`, or nil when it does.
    static func problem(with f: AuditHash.Fields, hash: String, after previous: (id: Int64, hash: String)?) -> String? {
        let expectedID = (previous?.id ?? 0) + 1
        if f.id != expectedID {
            return previous.map { "entries after \($0.id) and before \(f.id) are missing" }
                ?? "entries before \(f.id) are missing"
        }
        if f.prevHash != (previous?.hash ?? AuditHash.genesis) {
            return "its prev_hash is not the hash of entry \(previous.map { String($0.id) } ?? "0 (the start)"): an entry before it was changed or replaced"
        }
        if AuditHash.hash(f) != hash {
            return "its fields do not match its hash: it was changed after it was written"
        }
        return nil
    }

    static func hashFields(_ row: any SQLRow) throws -> AuditHash.Fields {
        AuditHash.Fields(id: try row.int64("id"), at: try row.string("at"), actor: try row.string("actor"),
                         action: try row.string("action"), entity: try row.string("entity"),
                         entityID: try row.string("entity_id"), planID: try row.int(ifAny: "plan_id"),
                         project: try row.int(ifAny: "project"), before: try row.string(ifAny: "before_json"),
                         after: try row.string(ifAny: "after_json"), prevHash: try row.string("prev_hash"))
    }

    static func auditEntry(_ row: any SQLRow) throws -> AuditEntry {
        let f = try hashFields(row)
        return AuditEntry(id: f.id, at: try row.date("at", in: "audit_log"), actor: f.actor, action: f.action,
                          entity: f.entity, entityID: f.entityID, planID: f.planID, project: f.project,
                          before: f.before, after: f.after, prevHash: f.prevHash, hash: try row.string("hash"))
    }
}
