// Steps 004–007: the plan's items. Projects, tasks, indicators and phases keep
// their ids across loads of a changed plan (matched by number, position or
// stream and order), because later tables — monthly reports, supervision
// notices, district targets — will refer to them.
//
// Items refer to each other by number in the model; the number is kept as
// written (so a reference to a project the plan does not list survives a round
// trip) beside the resolved id (NULL when there is no such item).

extension Migrations {
    static let createProjects = Migration(number: 4, name: "CreateProjects") { w in [
        """
        CREATE TABLE projects (
            id \(w.id),
            plan_id BIGINT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
            position BIGINT NOT NULL, number BIGINT NOT NULL, line BIGINT,
            title TEXT NOT NULL, description TEXT, category TEXT, group_name TEXT,
            first_responsible TEXT, leader_in_charge TEXT, contact_phone TEXT, lead_agency TEXT,
            deadline_date TEXT, deadline_text TEXT, deadline_kind TEXT,
            UNIQUE (plan_id, number))
        """,
        // role: responsible, supporting or lead; position: order within the role.
        """
        CREATE TABLE project_units (
            project_id BIGINT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
            role TEXT NOT NULL, position BIGINT NOT NULL,
            unit_id BIGINT NOT NULL REFERENCES units (id),
            PRIMARY KEY (project_id, role, position))
        """,
        "CREATE INDEX project_units_by_unit ON project_units (unit_id)",
    ] }

    static let createTasks = Migration(number: 5, name: "CreateTasks") { w in [
        """
        CREATE TABLE tasks (
            id \(w.id),
            plan_id BIGINT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
            position BIGINT NOT NULL, number BIGINT NOT NULL, line BIGINT,
            title TEXT NOT NULL, description TEXT,
            has_responsibility BIGINT NOT NULL,
            first_responsible TEXT, leader_in_charge TEXT, contact_phone TEXT, lead_agency TEXT,
            deadline_date TEXT, deadline_text TEXT, deadline_kind TEXT,
            UNIQUE (plan_id, number))
        """,
        """
        CREATE TABLE task_projects (
            task_id BIGINT NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
            position BIGINT NOT NULL,
            project_number BIGINT NOT NULL,
            project_id BIGINT REFERENCES projects (id) ON DELETE SET NULL,
            PRIMARY KEY (task_id, position))
        """,
        """
        CREATE TABLE task_units (
            task_id BIGINT NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
            role TEXT NOT NULL, position BIGINT NOT NULL,
            unit_id BIGINT NOT NULL REFERENCES units (id),
            PRIMARY KEY (task_id, role, position))
        """,
    ] }

    /// Targets are DOUBLE PRECISION: PostgreSQL's REAL is single precision and would turn 0.1 into 0.100000001.
    static let createIndicatorsAndPhases = Migration(number: 6, name: "CreateIndicatorsAndPhases") { w in [
        """
        CREATE TABLE indicators (
            id \(w.id),
            plan_id BIGINT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
            position BIGINT NOT NULL, line BIGINT,
            name TEXT NOT NULL, measure TEXT NOT NULL, comparator TEXT NOT NULL,
            target DOUBLE PRECISION NOT NULL, target_upper DOUBLE PRECISION,
            scope TEXT, sentence TEXT NOT NULL,
            project_number BIGINT, project_id BIGINT REFERENCES projects (id) ON DELETE SET NULL,
            task_number BIGINT, task_id BIGINT REFERENCES tasks (id) ON DELETE SET NULL)
        """,
        """
        CREATE TABLE phases (
            id \(w.id),
            plan_id BIGINT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
            position BIGINT NOT NULL, line BIGINT,
            project_number BIGINT, project_id BIGINT REFERENCES projects (id) ON DELETE SET NULL,
            stream BIGINT NOT NULL, stream_title TEXT, ordinal BIGINT NOT NULL, title TEXT NOT NULL,
            start_month BIGINT, end_month BIGINT, condition_text TEXT, timing TEXT,
            UNIQUE (plan_id, stream, ordinal))
        """,
        """
        CREATE TABLE phase_deliverables (
            phase_id BIGINT NOT NULL REFERENCES phases (id) ON DELETE CASCADE,
            position BIGINT NOT NULL, text TEXT NOT NULL,
            PRIMARY KEY (phase_id, position))
        """,
    ] }

    static let createFindings = Migration(number: 7, name: "CreateFindings") { _ in [
        """
        CREATE TABLE findings (
            plan_id BIGINT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
            position BIGINT NOT NULL,
            line BIGINT NOT NULL, col BIGINT NOT NULL, severity TEXT NOT NULL, message TEXT NOT NULL,
            PRIMARY KEY (plan_id, position))
        """,
    ] }
}
