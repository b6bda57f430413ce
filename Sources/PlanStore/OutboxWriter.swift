import Foundation
import ReformPlan
import SQLKit

/// Puts an event's messages in the outbox, inside the event's own
/// transaction: one row for each channel that reaches the recipient, each with
/// an idempotency key of its own. A recipient that no channel reaches still
/// gets a row, dead from the start with the reason, so the supervisor sees
/// who was not told and can set a channel up.
struct OutboxWriter {
    let db: any SQLDatabase

    func enqueue(_ messages: [Message], auditID: Int64?, at date: Date) async throws {
        var rows: [Values] = []
        for message in messages {
            let channels = try await channels(reaching: message.recipient)
            let recipient = OutboxRows.recipientColumns(message.recipient)
            let common: Values = [message.kind.rawValue, recipient.kind, recipient.name]
            let text: Values = [message.subject, message.body, message.link, auditID, Timestamp.text(date)]
            if channels.isEmpty {
                rows.append([OutboxRows.newKey()] + common + [nil as Int64?, "none", ""] + text
                            + [OutboxMessage.State.dead.rawValue, 0, Timestamp.text(date), "没有可用的消息通道：请在“消息通道”中为该单位或人员设置"])
            }
            for channel in channels {
                rows.append([OutboxRows.newKey()] + common + [channel.id, channel.kind.rawValue, channel.address] + text
                            + [OutboxMessage.State.pending.rawValue, 0, Timestamp.text(date), nil as String?])
            }
        }
        try await db.insert(into: "outbox", columns: OutboxRows.insertColumns, rows: rows)
    }

    /// A unit is reached by its own channels and those of its active accounts; an account by its own.
    func channels(reaching recipient: Message.Recipient) async throws -> [MessageChannel] {
        let query: SQLQueryString
        switch recipient {
        case .unit(let unit):
            query = """
                SELECT * FROM message_channels WHERE enabled = 1 AND ((owner_kind = 'unit' AND owner = \(bind: unit))
                   OR (owner_kind = 'account' AND owner IN (SELECT login FROM accounts WHERE unit = \(bind: unit) AND disabled = 0)))
                ORDER BY id
                """
        case .account(let login):
            query = """
                SELECT * FROM message_channels WHERE enabled = 1 AND owner_kind = 'account' AND owner = \(bind: login)
                  AND owner IN (SELECT login FROM accounts WHERE disabled = 0)
                ORDER BY id
                """
        }
        return try await db.raw(query).all().map(OutboxRows.channel)
    }
}
