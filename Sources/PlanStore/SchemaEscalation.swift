// Step 022: the rungs of the escalation ladder people climb by hand (催办,
// 约谈, 问责), each a record with what happened and, for a referral, the
// result the office came back with.

extension Migrations {
    static let createEscalation = Migration(number: 22, name: "CreateEscalation") { w in [
        """
        CREATE TABLE escalation_records (
            id \(w.id), plan_id BIGINT NOT NULL REFERENCES plans (id),
            unit TEXT NOT NULL, step TEXT NOT NULL, day TEXT NOT NULL,
            summary TEXT NOT NULL, done_by TEXT NOT NULL, outcome TEXT, held BIGINT,
            recorded_by TEXT NOT NULL, recorded_at TEXT NOT NULL, version BIGINT NOT NULL)
        """,
        "CREATE INDEX escalation_by_unit ON escalation_records (plan_id, unit, day)",
    ] }
}
