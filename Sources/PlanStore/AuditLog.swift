import Foundation
import ReformPlan
import SQLKit

/// One business change as the audit log records it. `before` and `after` are
/// JSON made by `AuditJSON` from values that hold no secrets: password and token
/// hashes never reach the log because the types encoded here do not carry them.
struct AuditEvent: Sendable {
    var actor: String
    var at: Date
    var action: String
    var entity: String
    var entityID: String
    var planID: Int? = nil
    var project: Int? = nil
    var before: String? = nil
    var after: String? = nil
    /// Whom the change should tell: written to the outbox with the entry, in its transaction.
    var messages: [Message] = []
}

/// Appends to the hash chain inside the transaction that made the change, so the
/// change and its record are committed together or not at all.
struct AuditLog {
    let db: any SQLDatabase
    let sqlite: Bool

    /// Must be the last statements of the transaction: on PostgreSQL the lock
    /// serializes every instance's appends until commit, and holding it no longer
    /// than that keeps writers of unrelated records from waiting on each other.
    func append(_ event: AuditEvent) async throws {
        if !sqlite {
            // One chain per schema. SQLite needs nothing: BEGIN IMMEDIATE already holds its one write lock.
            try await db.raw("SELECT pg_advisory_xact_lock(hashtext('luoshi audit log ' || current_schema()))").run()
        }
        // Read after taking the lock, so the last entry is the one the previous holder committed.
        let last = try await db.raw("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").first()
        let fields = AuditHash.Fields(
            id: (try last?.int64("id") ?? 0) + 1, at: Timestamp.text(event.at), actor: event.actor,
            action: event.action, entity: event.entity, entityID: event.entityID, planID: event.planID,
            project: event.project, before: event.before, after: event.after,
            prevHash: try last?.string("hash") ?? AuditHash.genesis)
        try await db.insert(into: "audit_log")
            .columns("id", "at", "actor", "action", "entity", "entity_id", "plan_id", "project",
                     "before_json", "after_json", "prev_hash", "hash")
            .values(fields.id, fields.at, fields.actor, fields.action, fields.entity, fields.entityID, fields.planID,
                    fields.project, fields.before, fields.after, fields.prevHash, AuditHash.hash(fields))
            .run()
        if !event.messages.isEmpty {
            try await OutboxWriter(db: db).enqueue(event.messages, auditID: fields.id, at: event.at)
        }
    }
}

/// Values as the audit log shows them: JSON with sorted keys and instants as the
/// store's timestamp text, so an entry reads the same in a SQL console and in Luoshi.
enum AuditJSON {
    static func text(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(Timestamp.text(date))
        }
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
