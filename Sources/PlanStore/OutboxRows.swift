import Foundation
import ReformPlan
import SQLKit

/// One message for one channel, as the outbox keeps it and the delivery worker sends it.
public struct OutboxMessage: Hashable, Sendable {
    public enum State: String, Hashable, Sendable, CaseIterable {
        /// Waiting for its first try, or for the next after a failure.
        case pending
        /// Claimed by a worker, whose lease runs until `claimedUntil`.
        case sending
        case sent
        /// Given up: the last try failed, the receiver refused it for good, or no channel reaches the recipient.
        case dead
        /// One that no channel reached, sent again by hand as new rows to the channels set up since.
        case replaced

        public var chineseName: String {
            switch self {
            case .pending: "待发送"
            case .sending: "发送中"
            case .sent: "已送达"
            case .dead: "发送失败"
            case .replaced: "已改发"
            }
        }
    }

    public var id: Int64
    /// The idempotency key: the same on every try, so a receiver that honours it posts once.
    public var key: String
    public var kind: Message.Kind
    public var recipient: Message.Recipient
    public var channelID: Int64?
    /// nil when no channel reached the recipient.
    public var channel: MessageChannel.Kind?
    public var address: String
    public var subject: String
    public var body: String
    public var link: String
    public var createdAt: Date
    public var state: State
    /// Tries begun, the one under way included.
    public var attempts: Int
    public var nextAttemptAt: Date
    public var claimedBy: String?
    public var lastError: String?
    public var sentAt: Date?

    public init(id: Int64, key: String, kind: Message.Kind, recipient: Message.Recipient, channelID: Int64?,
                channel: MessageChannel.Kind?, address: String, subject: String, body: String, link: String,
                createdAt: Date, state: State, attempts: Int, nextAttemptAt: Date, claimedBy: String? = nil,
                lastError: String? = nil, sentAt: Date? = nil) {
        self.id = id
        self.key = key
        self.kind = kind
        self.recipient = recipient
        self.channelID = channelID
        self.channel = channel
        self.address = address
        self.subject = subject
        self.body = body
        self.link = link
        self.createdAt = createdAt
        self.state = state
        self.attempts = attempts
        self.nextAttemptAt = nextAttemptAt
        self.claimedBy = claimedBy
        self.lastError = lastError
        self.sentAt = sentAt
    }
}

enum OutboxRows {
    static let insertColumns = ["message_key", "kind", "recipient_kind", "recipient", "channel_id", "channel", "address",
                                "subject", "body", "link", "audit_id", "created_at",
                                "state", "attempts", "next_attempt_at", "last_error"]

    /// Random and unguessable: it travels to receivers as Message-ID and Idempotency-Key.
    static func newKey() -> String { "luoshi-" + UUID().uuidString.lowercased() }

    static func recipientColumns(_ recipient: Message.Recipient) -> (kind: String, name: String) {
        switch recipient {
        case .unit(let name): ("unit", name)
        case .account(let login): ("account", login)
        }
    }

    static func recipient(kind: String, name: String) -> Message.Recipient {
        kind == "account" ? .account(name) : .unit(name)
    }

    static func message(_ row: any SQLRow) throws -> OutboxMessage {
        let kind = try row.string("kind"), state = try row.string("state")
        guard let kindValue = Message.Kind(rawValue: kind) else { throw StoreError.unreadable(table: "outbox", column: "kind", value: kind) }
        guard let stateValue = OutboxMessage.State(rawValue: state) else { throw StoreError.unreadable(table: "outbox", column: "state", value: state) }
        return OutboxMessage(
            id: try row.int64("id"), key: try row.string("message_key"), kind: kindValue,
            recipient: recipient(kind: try row.string("recipient_kind"), name: try row.string("recipient")),
            channelID: try row.decode(column: "channel_id", as: Int64?.self),
            channel: MessageChannel.Kind(rawValue: try row.string("channel")), address: try row.string("address"),
            subject: try row.string("subject"), body: try row.string("body"), link: try row.string("link"),
            createdAt: try row.date("created_at", in: "outbox"), state: stateValue, attempts: try row.int("attempts"),
            nextAttemptAt: try row.date("next_attempt_at", in: "outbox"), claimedBy: try row.string(ifAny: "claimed_by"),
            lastError: try row.string(ifAny: "last_error"), sentAt: try row.date(ifAny: "sent_at", in: "outbox"))
    }

    static func channel(_ row: any SQLRow) throws -> MessageChannel {
        let kind = try row.string("channel")
        guard let kindValue = MessageChannel.Kind(rawValue: kind) else {
            throw StoreError.unreadable(table: "message_channels", column: "channel", value: kind)
        }
        return MessageChannel(id: try row.int64("id"),
                              owner: recipient(kind: try row.string("owner_kind"), name: try row.string("owner")),
                              kind: kindValue, address: try row.string("address"), secret: try row.string(ifAny: "secret"),
                              note: try row.string("note"), enabled: try row.bool("enabled"))
    }
}
