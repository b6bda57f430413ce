// Step 020: publicity pieces (宣传稿件) sent to the policy office, and what it
// decided: adopted (where), returned or filed.

extension Migrations {
    static let createPublicity = Migration(number: 20, name: "CreatePublicity") { w in [
        """
        CREATE TABLE publicity_submissions (
            id \(w.id), plan_id BIGINT NOT NULL REFERENCES plans (id),
            unit TEXT NOT NULL, title TEXT NOT NULL, text TEXT NOT NULL,
            submitted_by TEXT NOT NULL, submitted_at TEXT NOT NULL, state TEXT NOT NULL,
            outlet TEXT, outlet_name TEXT, note TEXT, decided_by TEXT, decided_at TEXT,
            version BIGINT NOT NULL)
        """,
        "CREATE INDEX publicity_by_unit ON publicity_submissions (plan_id, unit)",
    ] }
}
