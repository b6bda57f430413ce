// Step 021: where units and people are told things (message_channels), the
// outbox of messages written in the transaction of the event that caused them,
// and the reminders already sent, so that none is sent twice.

extension Migrations {
    static let createMessaging = Migration(number: 21, name: "CreateMessaging") { w in [
        // A unit's (or an account's) e-mail address, DingTalk robot or WeCom robot.
        // The secret (DingTalk's 加签 key) is read at delivery and never copied elsewhere.
        """
        CREATE TABLE message_channels (
            id \(w.id),
            owner_kind TEXT NOT NULL, owner TEXT NOT NULL, channel TEXT NOT NULL, address TEXT NOT NULL,
            secret TEXT, note TEXT NOT NULL, enabled BIGINT NOT NULL,
            updated_by TEXT NOT NULL, updated_at TEXT NOT NULL,
            UNIQUE (owner_kind, owner, channel, address))
        """,
        // One row per message and channel. message_key is the idempotency key a
        // receiver may dedupe by; claimed_until is the lease a worker holds while
        // sending, so a worker that dies mid-delivery leaves the row to another.
        // channel_id is no foreign key: a removed channel leaves its history.
        """
        CREATE TABLE outbox (
            id \(w.id), message_key TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL, recipient_kind TEXT NOT NULL, recipient TEXT NOT NULL,
            channel_id BIGINT, channel TEXT NOT NULL, address TEXT NOT NULL,
            subject TEXT NOT NULL, body TEXT NOT NULL, link TEXT NOT NULL,
            audit_id BIGINT, created_at TEXT NOT NULL,
            state TEXT NOT NULL, attempts BIGINT NOT NULL, next_attempt_at TEXT NOT NULL,
            claimed_by TEXT, claimed_until TEXT, last_error TEXT, sent_at TEXT)
        """,
        "CREATE INDEX outbox_due ON outbox (state, next_attempt_at)",
        // 提醒 already sent: the key says what and for which month or notice.
        """
        CREATE TABLE reminders_sent (
            plan_id BIGINT NOT NULL REFERENCES plans (id), reminder_key TEXT NOT NULL,
            kind TEXT NOT NULL, unit TEXT NOT NULL, sent_on TEXT NOT NULL, created_at TEXT NOT NULL,
            PRIMARY KEY (plan_id, reminder_key))
        """,
    ] }
}
