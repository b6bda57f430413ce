import Foundation
import ReformPlan
import SQLKit

/// Where units and people are told things. A secret never reaches the audit
/// log: its entries say only whether one is set.
extension PlanStore {
    /// Every channel, or those of one owner, by owner and then as added.
    public func messageChannels(owner: Message.Recipient? = nil) async throws -> [MessageChannel] {
        var query: SQLQueryString = "SELECT * FROM message_channels WHERE 1 = 1"
        if let owner {
            let o = OutboxRows.recipientColumns(owner)
            query += " AND owner_kind = \(bind: o.kind) AND owner = \(bind: o.name)"
        }
        return try await open().reader.raw(query + " ORDER BY owner_kind DESC, owner, id").all().map(OutboxRows.channel)
    }

    public func messageChannel(id: Int64) async throws -> MessageChannel? {
        try await open().reader.raw("SELECT * FROM message_channels WHERE id = \(bind: id)").first().map(OutboxRows.channel)
    }

    /// Adds a channel (no id) or changes one; the same address twice for one owner
    /// and kind is `StoreError.duplicateItem`. The caller checks `problems()` first.
    @discardableResult
    public func saveChannel(_ channel: MessageChannel, by actor: String, at date: Date) async throws -> MessageChannel {
        try await change { db, sqlite in
            let owner = OutboxRows.recipientColumns(channel.owner)
            let clash = try await db.raw("""
                SELECT id FROM message_channels WHERE owner_kind = \(bind: owner.kind) AND owner = \(bind: owner.name)
                  AND channel = \(bind: channel.kind.rawValue) AND address = \(bind: channel.address) AND id <> \(bind: channel.id ?? 0)
                """).first()
            if clash != nil { throw StoreError.duplicateItem(path: "address", key: channel.address) }
            let values: Values = [owner.kind, owner.name, channel.kind.rawValue, channel.address, channel.secret, channel.note,
                                  channel.enabled ? 1 : 0, actor, Timestamp.text(date)]
            let columns = ["owner_kind", "owner", "channel", "address", "secret", "note", "enabled", "updated_by", "updated_at"]
            var before: MessageChannel?
            let row: (any SQLRow)?
            if let id = channel.id {
                guard let old = try await db.raw("SELECT * FROM message_channels WHERE id = \(bind: id)" + .forUpdate(sqlite: sqlite)).first() else {
                    throw StoreError.notFound(entity: "channel", id: String(id))
                }
                before = try OutboxRows.channel(old)
                let update = db.update("message_channels").where("id", .equal, id)
                for (column, value) in zip(columns, values) { _ = update.set(column, to: value) }
                try await update.run()
                row = try await db.raw("SELECT * FROM message_channels WHERE id = \(bind: id)").first()
            } else {
                row = try await db.insert(into: "message_channels").columns(columns).values(values).returning("*").first()
            }
            let saved = try OutboxRows.channel(row!)
            return (saved, [AuditEvent(actor: actor, at: date, action: "channel.save", entity: "channel", entityID: String(saved.id!),
                                       before: try before.map { try AuditJSON.text(ChannelRecord($0)) },
                                       after: try AuditJSON.text(ChannelRecord(saved)))])
        }
    }

    public func removeChannel(id: Int64, by actor: String, at date: Date) async throws {
        try await change { db, _ in
            guard let row = try await db.raw("SELECT * FROM message_channels WHERE id = \(bind: id)").first() else {
                throw StoreError.notFound(entity: "channel", id: String(id))
            }
            let before = try OutboxRows.channel(row)
            try await db.raw("DELETE FROM message_channels WHERE id = \(bind: id)").run()
            return ((), [AuditEvent(actor: actor, at: date, action: "channel.remove", entity: "channel", entityID: String(id),
                                    before: try AuditJSON.text(ChannelRecord(before)))])
        }
    }
}

/// A channel as the audit log shows it: the secret only as set or not.
struct ChannelRecord: Encodable {
    var owner: String
    var kind: String
    var address: String
    var hasSecret: Bool
    var note: String
    var enabled: Bool

    init(_ channel: MessageChannel) {
        owner = channel.owner.name
        kind = channel.kind.rawValue
        address = channel.shownAddress
        hasSecret = !(channel.secret ?? "").isEmpty
        note = channel.note
        enabled = channel.enabled
    }
}
