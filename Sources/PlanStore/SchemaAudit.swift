// Step 008: the audit log every business change writes to, and settings.

extension Migrations {
    static let createAuditLogAndSettings = Migration(number: 8, name: "CreateAuditLogAndSettings") { _ in [
        // A hash chain: each row's hash covers its fields and the previous row's
        // hash (see `AuditHash`). The id is given by the store, one more than the
        // last, under a lock, so the ids have no gaps and follow the chain. There
        // is no foreign key to plans: the record of a change outlives what it changed.
        """
        CREATE TABLE audit_log (
            id BIGINT PRIMARY KEY,
            at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
            entity TEXT NOT NULL, entity_id TEXT NOT NULL,
            plan_id BIGINT, project BIGINT,
            before_json TEXT, after_json TEXT,
            prev_hash TEXT NOT NULL, hash TEXT NOT NULL)
        """,
        "CREATE INDEX audit_log_by_plan ON audit_log (plan_id, project, id)",
        """
        CREATE TABLE settings (
            setting_key TEXT PRIMARY KEY, value TEXT NOT NULL,
            updated_by TEXT NOT NULL, updated_at TEXT NOT NULL)
        """,
    ] }
}
