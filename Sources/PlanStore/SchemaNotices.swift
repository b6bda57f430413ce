// Step 011: supervision notices and leaders' comments. Like reports (step 010)
// they name projects by number and units by name, and refer to the plan without
// ON DELETE CASCADE.

extension Migrations {
    /// Serial numbers come from `notice_serials`, one counter row per plan and
    /// year bumped by an upsert: atomic on both databases, so two instances issuing
    /// at once get different numbers, and a number is never handed out twice.
    static let createNoticesAndComments = Migration(number: 11, name: "CreateNoticesAndComments") { w in [
        """
        CREATE TABLE supervision_notices (
            id \(w.id),
            plan_id BIGINT NOT NULL REFERENCES plans (id),
            year BIGINT NOT NULL, serial BIGINT NOT NULL,
            unit TEXT NOT NULL, project BIGINT NOT NULL, phase_stream BIGINT, phase_ordinal BIGINT,
            reason TEXT NOT NULL, reply_due TEXT NOT NULL, state TEXT NOT NULL,
            issued_by TEXT NOT NULL, issued_on TEXT NOT NULL,
            signed_by TEXT, signed_at TEXT, reply TEXT, replied_by TEXT, replied_at TEXT,
            closing_note TEXT, escalated_to TEXT,
            UNIQUE (plan_id, year, serial))
        """,
        "CREATE INDEX supervision_notices_by_unit ON supervision_notices (plan_id, unit)",
        """
        CREATE TABLE notice_serials (
            plan_id BIGINT NOT NULL REFERENCES plans (id),
            year BIGINT NOT NULL, last_serial BIGINT NOT NULL,
            PRIMARY KEY (plan_id, year))
        """,
        """
        CREATE TABLE project_comments (
            id \(w.id),
            plan_id BIGINT NOT NULL REFERENCES plans (id),
            project BIGINT NOT NULL,
            text TEXT NOT NULL, author TEXT NOT NULL, created_at TEXT NOT NULL)
        """,
        "CREATE INDEX project_comments_by_project ON project_comments (plan_id, project, id)",
    ] }
}
