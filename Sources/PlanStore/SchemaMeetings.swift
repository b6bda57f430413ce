// Step 023: meetings (季度调度, 联席会议, 领导小组), special inspections with
// their findings per unit, and the tracked actions both give units: a
// meeting's decisions and an inspection's rectification items, each with an
// owner unit, a deadline and its way to closure.

extension Migrations {
    static let createMeetingsAndInspections = Migration(number: 23, name: "CreateMeetingsAndInspections") { w in [
        // attendees and agenda: JSON arrays of lines.
        """
        CREATE TABLE meetings (
            id \(w.id), plan_id BIGINT NOT NULL REFERENCES plans (id),
            kind TEXT NOT NULL, title TEXT NOT NULL, day TEXT NOT NULL, start_minute BIGINT NOT NULL,
            duration_minutes BIGINT NOT NULL, place TEXT NOT NULL, chair TEXT NOT NULL,
            attendees TEXT NOT NULL, agenda TEXT NOT NULL, minutes TEXT NOT NULL,
            created_by TEXT NOT NULL, created_at TEXT NOT NULL, version BIGINT NOT NULL)
        """,
        // projects, units, team: JSON arrays.
        """
        CREATE TABLE inspections (
            id \(w.id), plan_id BIGINT NOT NULL REFERENCES plans (id),
            title TEXT NOT NULL, theme TEXT NOT NULL, projects TEXT NOT NULL, units TEXT NOT NULL, team TEXT NOT NULL,
            start_on TEXT NOT NULL, end_on TEXT NOT NULL,
            created_by TEXT NOT NULL, created_at TEXT NOT NULL, version BIGINT NOT NULL)
        """,
        """
        CREATE TABLE inspection_findings (
            id \(w.id), inspection_id BIGINT NOT NULL REFERENCES inspections (id),
            unit TEXT NOT NULL, text TEXT NOT NULL, recorded_by TEXT NOT NULL, recorded_on TEXT NOT NULL)
        """,
        // source_kind is 'meeting' or 'inspection', source_id that row's id.
        """
        CREATE TABLE tracked_actions (
            id \(w.id), plan_id BIGINT NOT NULL REFERENCES plans (id),
            source_kind TEXT NOT NULL, source_id BIGINT NOT NULL, finding_id BIGINT REFERENCES inspection_findings (id),
            title TEXT NOT NULL, unit TEXT NOT NULL, due TEXT NOT NULL, state TEXT NOT NULL,
            evidence TEXT, reported_by TEXT, reported_on TEXT, note TEXT, closed_by TEXT, closed_on TEXT,
            created_by TEXT NOT NULL, created_at TEXT NOT NULL, version BIGINT NOT NULL)
        """,
        "CREATE INDEX actions_by_source ON tracked_actions (source_kind, source_id)",
        "CREATE INDEX actions_by_unit ON tracked_actions (plan_id, unit, state)",
    ] }
}
