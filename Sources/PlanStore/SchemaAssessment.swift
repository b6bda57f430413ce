// Step 018: the year-end assessment (年底考核): the scheme's versions as
// files, the events a supervisor records (commendations, accountability
// cases), supervisor adjustments with their reasons, and units' objections.
// Scores are never stored: they are computed from these and the data.

extension Migrations {
    static let createAssessment = Migration(number: 18, name: "CreateAssessment") { w in [
        """
        CREATE TABLE assessment_schemes (
            plan_id BIGINT NOT NULL REFERENCES plans (id), version BIGINT NOT NULL,
            yaml TEXT NOT NULL, note TEXT NOT NULL, adopted_by TEXT NOT NULL, adopted_at TEXT NOT NULL,
            PRIMARY KEY (plan_id, version))
        """,
        """
        CREATE TABLE assessment_events (
            id \(w.id), plan_id BIGINT NOT NULL REFERENCES plans (id),
            unit TEXT NOT NULL, kind TEXT NOT NULL, day TEXT NOT NULL, description TEXT NOT NULL, reference TEXT,
            recorded_by TEXT NOT NULL, recorded_at TEXT NOT NULL)
        """,
        """
        CREATE TABLE assessment_adjustments (
            id \(w.id), plan_id BIGINT NOT NULL REFERENCES plans (id),
            unit TEXT NOT NULL, points DOUBLE PRECISION NOT NULL, reason TEXT NOT NULL,
            made_by TEXT NOT NULL, made_at TEXT NOT NULL)
        """,
        """
        CREATE TABLE assessment_objections (
            id \(w.id), plan_id BIGINT NOT NULL REFERENCES plans (id),
            unit TEXT NOT NULL, text TEXT NOT NULL, filed_by TEXT NOT NULL, filed_at TEXT NOT NULL,
            answer TEXT, answered_by TEXT, answered_at TEXT)
        """,
    ] }
}
