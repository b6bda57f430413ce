// Step 010: monthly progress reports and their attachments.
//
// These rows (and those of step 011) refer to a plan by its id but to projects
// by NUMBER and to units by NAME, never by the rows of `projects` or `units`: a
// reload of a changed plan deletes the items it no longer lists, and a report or
// notice about them must outlive that. Plans are referred to without ON DELETE
// CASCADE, so a plan that has reports cannot be deleted by accident.

extension Migrations {
    /// A report's sections, phases and indicator values are child rows keyed by
    /// position, rewritten on each save; the report row carries the version that
    /// makes concurrent edits of one draft detectable.
    static let createProgressReports = Migration(number: 10, name: "CreateProgressReports") { w in [
        """
        CREATE TABLE progress_reports (
            id \(w.id),
            plan_id BIGINT NOT NULL REFERENCES plans (id),
            unit TEXT NOT NULL, month TEXT NOT NULL,
            state TEXT NOT NULL, version BIGINT NOT NULL,
            submitted_at TEXT, submitted_by TEXT, late BIGINT NOT NULL,
            review_comment TEXT, reviewed_by TEXT, reviewed_at TEXT,
            updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
            UNIQUE (plan_id, unit, month))
        """,
        "CREATE INDEX progress_reports_by_month ON progress_reports (plan_id, month, unit)",
        """
        CREATE TABLE report_sections (
            report_id BIGINT NOT NULL REFERENCES progress_reports (id) ON DELETE CASCADE,
            position BIGINT NOT NULL,
            project BIGINT NOT NULL, completion BIGINT NOT NULL,
            progress TEXT NOT NULL, problems TEXT NOT NULL, next_steps TEXT NOT NULL,
            PRIMARY KEY (report_id, position))
        """,
        """
        CREATE TABLE report_phases (
            report_id BIGINT NOT NULL REFERENCES progress_reports (id) ON DELETE CASCADE,
            section BIGINT NOT NULL, position BIGINT NOT NULL,
            stream BIGINT NOT NULL, ordinal BIGINT NOT NULL, percent BIGINT NOT NULL,
            PRIMARY KEY (report_id, section, position))
        """,
        """
        CREATE TABLE report_indicator_values (
            report_id BIGINT NOT NULL REFERENCES progress_reports (id) ON DELETE CASCADE,
            section BIGINT NOT NULL, position BIGINT NOT NULL,
            indicator TEXT NOT NULL, value DOUBLE PRECISION NOT NULL,
            PRIMARY KEY (report_id, section, position))
        """,
        // The bytes are on disk under storage_name, chosen at random by the web tier.
        """
        CREATE TABLE report_attachments (
            id \(w.id),
            report_id BIGINT NOT NULL REFERENCES progress_reports (id),
            project BIGINT NOT NULL,
            file_name TEXT NOT NULL, media_type TEXT NOT NULL, size BIGINT NOT NULL,
            sha256 TEXT NOT NULL, storage_name TEXT NOT NULL UNIQUE,
            uploaded_by TEXT NOT NULL, uploaded_at TEXT NOT NULL)
        """,
        "CREATE INDEX report_attachments_by_report ON report_attachments (report_id)",
    ] }
}
