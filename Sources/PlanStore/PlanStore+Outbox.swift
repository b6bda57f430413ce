import Foundation
import ReformPlan
import SQLKit

/// The outbox as the delivery worker and the supervisor's page use it. Rows are
/// written by `OutboxWriter` in the transaction of the event; here they are
/// claimed, marked and retried. Claims and marks are bookkeeping, not business
/// changes, and write no audit entry; a retry by hand does.
extension PlanStore {
    /// Claims up to `limit` messages that are due: pending ones whose next try has
    /// come, and ones whose sender's lease ran out (it died mid-delivery). Each is
    /// leased to `worker` until `now + lease` and its try counted. On PostgreSQL
    /// `FOR UPDATE SKIP LOCKED` lets instances claim side by side, never the same
    /// row twice; on SQLite the statement holds the one write lock. Messages of the
    /// `skipping` kinds are left for another worker (one without a mail server leaves e-mail).
    public func claimMessages(limit: Int, worker: String, now: Date, lease: TimeInterval,
                              skipping: Set<MessageChannel.Kind> = []) async throws -> [OutboxMessage] {
        let connection = try open()
        let lock: SQLQueryString = connection.isSQLite ? "" : " FOR UPDATE SKIP LOCKED"
        let nowText = Timestamp.text(now)
        var skipped: SQLQueryString = ""
        for kind in skipping.sorted(by: { $0.rawValue < $1.rawValue }) { skipped += " AND channel <> \(bind: kind.rawValue)" }
        let rows = try await connection.sql.raw("""
            UPDATE outbox SET state = 'sending', claimed_by = \(bind: worker),
                claimed_until = \(bind: Timestamp.text(now.addingTimeInterval(lease))), attempts = attempts + 1
            WHERE id IN (SELECT id FROM outbox
                WHERE ((state = 'pending' AND next_attempt_at <= \(bind: nowText))
                   OR (state = 'sending' AND claimed_until < \(bind: nowText)))
            """ + skipped + " ORDER BY id LIMIT \(bind: max(1, limit))" + lock + ") RETURNING *").all()
        return try rows.map(OutboxRows.message).sorted { $0.id < $1.id }
    }

    /// The receiver took it. Only the worker holding the claim can say so: one whose
    /// lease ran out and was claimed again changes nothing. Returns whether it did.
    @discardableResult
    public func markSent(_ id: Int64, worker: String, at date: Date) async throws -> Bool {
        try await open().sql.raw("""
            UPDATE outbox SET state = 'sent', sent_at = \(bind: Timestamp.text(date)), claimed_until = NULL, last_error = NULL
            WHERE id = \(bind: id) AND claimed_by = \(bind: worker) AND state = 'sending' RETURNING id
            """).first() != nil
    }

    /// The try failed: back to pending until `retryAt`, or dead when `retryAt` is nil.
    @discardableResult
    public func markFailed(_ id: Int64, worker: String, error: String, retryAt: Date?) async throws -> Bool {
        let state = retryAt == nil ? OutboxMessage.State.dead : .pending
        let next: SQLQueryString = retryAt.map { ", next_attempt_at = \(bind: Timestamp.text($0))" } ?? ""
        return try await open().sql.raw("""
            UPDATE outbox SET state = \(bind: state.rawValue), claimed_until = NULL, last_error = \(bind: String(error.prefix(1000)))
            """ + next + """
             WHERE id = \(bind: id) AND claimed_by = \(bind: worker) AND state = 'sending' RETURNING id
            """).first() != nil
    }

    /// Newest first, in a state when given, to one of `recipients` when given, older than
    /// message `before` when given (for paging).
    public func outboxMessages(state: OutboxMessage.State? = nil, recipients: [Message.Recipient]? = nil, limit: Int = 100,
                               before: Int64? = nil) async throws -> [OutboxMessage] {
        var query: SQLQueryString = "SELECT * FROM outbox WHERE 1 = 1"
        if let state { query += " AND state = \(bind: state.rawValue)" }
        if let recipients { query += Self.recipientFilter(recipients) }
        if let before { query += " AND id < \(bind: before)" }
        query += " ORDER BY id DESC LIMIT \(bind: max(0, limit))"
        return try await open().reader.raw(query).all().map(OutboxRows.message)
    }

    public func outboxMessage(id: Int64) async throws -> OutboxMessage? {
        try await open().sql.raw("SELECT * FROM outbox WHERE id = \(bind: id)").first().map(OutboxRows.message)
    }

    /// How many messages are in each state, of those to `recipients` when given.
    public func outboxCounts(recipients: [Message.Recipient]? = nil) async throws -> [OutboxMessage.State: Int] {
        var counts: [OutboxMessage.State: Int] = [:]
        var query: SQLQueryString = "SELECT state, COUNT(*) AS n FROM outbox WHERE 1 = 1"
        if let recipients { query += Self.recipientFilter(recipients) }
        for row in try await open().reader.raw(query + " GROUP BY state").all() {
            if let state = OutboxMessage.State(rawValue: try row.string("state")) { counts[state] = try row.int("n") }
        }
        return counts
    }

    /// ` AND (…)`: to one of these recipients, each by kind and name; none matches nothing.
    static func recipientFilter(_ recipients: [Message.Recipient]) -> SQLQueryString {
        var filter: SQLQueryString = " AND (1 = 0"
        for recipient in recipients {
            let r = OutboxRows.recipientColumns(recipient)
            filter += " OR (recipient_kind = \(bind: r.kind) AND recipient = \(bind: r.name))"
        }
        return filter + ")"
    }

    /// A dead message tried again from the start, by hand: its tries counted anew,
    /// its key kept (a receiver that saw it already posts it once). One that no
    /// channel reached, or whose channel was removed or disabled since, is sent to
    /// the channels its recipient has now, as new rows, and marked replaced.
    /// `StoreError.stateConflict` unless it is dead.
    public func retryMessage(id: Int64, by actor: String, at date: Date) async throws {
        try await change { db, sqlite in
            guard let row = try await db.raw("SELECT * FROM outbox WHERE id = \(bind: id)" + .forUpdate(sqlite: sqlite)).first() else {
                throw StoreError.notFound(entity: "message", id: String(id))
            }
            let message = try OutboxRows.message(row)
            guard message.state == .dead else {
                throw StoreError.stateConflict(entity: "message", id: String(id), current: message.state.rawValue)
            }
            // No channel reached it, or its channel is gone or switched off: the recipient's channels now.
            var usable = false
            if let id = message.channelID,
               let row = try await db.raw("SELECT * FROM message_channels WHERE id = \(bind: id)").first() {
                usable = try OutboxRows.channel(row).enabled
            }
            if message.channel == nil || !usable {
                let resent = Message(kind: message.kind, recipient: message.recipient, subject: message.subject,
                                     body: message.body, link: message.link)
                guard try await !OutboxWriter(db: db).channels(reaching: message.recipient).isEmpty else {
                    throw StoreError.invalidValue(field: "channel", value: message.recipient.name)
                }
                try await db.raw("""
                    UPDATE outbox SET state = 'replaced', last_error = \(bind: "已按现在的通道重新发送") WHERE id = \(bind: id)
                    """).run()
                return ((), [AuditEvent(actor: actor, at: date, action: "message.retry", entity: "message", entityID: String(id),
                                        messages: [resent])])
            }
            try await db.raw("""
                UPDATE outbox SET state = 'pending', attempts = 0, next_attempt_at = \(bind: Timestamp.text(date)),
                    claimed_by = NULL, claimed_until = NULL WHERE id = \(bind: id)
                """).run()
            return ((), [AuditEvent(actor: actor, at: date, action: "message.retry", entity: "message", entityID: String(id),
                                    before: try AuditJSON.text(["state": "dead", "error": message.lastError ?? ""]))])
        }
    }

    /// Empties the outbox. Only the demo does this, after simulating its year:
    /// months of past events would otherwise be "sent" on the first start.
    public func discardOutbox() async throws {
        try await open().sql.raw("DELETE FROM outbox").run()
    }

    /// A message to try the recipient's channels, written like any other event's.
    public func sendTestMessage(to recipient: Message.Recipient, by actor: String, at date: Date) async throws {
        try await change { _, _ in
            ((), [AuditEvent(actor: actor, at: date, action: "message.test", entity: "message", entityID: recipient.name,
                             messages: [Messages.test(to: recipient, by: actor)])])
        }
    }
}
