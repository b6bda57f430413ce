// Steps 001–003: the plan, its history, its directory, and the notice around it.
// Lists that belong to the notice are child tables keyed by (plan_id, position):
// their rows have no identity of their own and are rewritten on each load.

extension Migrations {
    static let createPlans = Migration(number: 1, name: "CreatePlans") { w in [
        """
        CREATE TABLE plans (
            id \(w.id),
            plan_key TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL, notice_title TEXT, document_number TEXT, issuer TEXT, supervising_unit TEXT,
            year BIGINT, issued_date TEXT, published_date TEXT,
            source_text TEXT,
            revision BIGINT NOT NULL)
        """,
        """
        CREATE TABLE plan_revisions (
            id \(w.id),
            plan_id BIGINT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
            number BIGINT NOT NULL,
            loaded_by TEXT NOT NULL, loaded_at TEXT NOT NULL,
            change_count BIGINT NOT NULL,
            UNIQUE (plan_id, number))
        """,
        """
        CREATE TABLE plan_changes (
            revision_id BIGINT NOT NULL REFERENCES plan_revisions (id) ON DELETE CASCADE,
            position BIGINT NOT NULL,
            path TEXT NOT NULL, before_value TEXT, after_value TEXT,
            PRIMARY KEY (revision_id, position))
        """,
    ] }

    /// Units and people are per plan: their ids are what reports and notices
    /// will point at. A unit the plan names only on a responsibility chain gets a
    /// row too (kind NULL) so that it has an id to report under.
    static let createUnitsAndPeople = Migration(number: 2, name: "CreateUnitsAndPeople") { w in [
        """
        CREATE TABLE units (
            id \(w.id),
            plan_id BIGINT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
            name TEXT NOT NULL, kind TEXT,
            position BIGINT NOT NULL,
            UNIQUE (plan_id, name))
        """,
        """
        CREATE TABLE people (
            id \(w.id),
            plan_id BIGINT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
            name TEXT NOT NULL, title TEXT,
            position BIGINT NOT NULL)
        """,
        "CREATE INDEX people_by_plan ON people (plan_id, name)",
    ] }

    static let createNoticeDetails = Migration(number: 3, name: "CreateNoticeDetails") { _ in
        let planList = "plan_id BIGINT NOT NULL REFERENCES plans (id) ON DELETE CASCADE, position BIGINT NOT NULL"
        return [
            "CREATE TABLE plan_addressees (\(planList), name TEXT NOT NULL, PRIMARY KEY (plan_id, position))",
            "CREATE TABLE plan_references (\(planList), title TEXT, number TEXT, PRIMARY KEY (plan_id, position))",
            "CREATE TABLE plan_attachments (\(planList), name TEXT NOT NULL, PRIMARY KEY (plan_id, position))",
            """
            CREATE TABLE plan_leaders (\(planList),
                name TEXT NOT NULL, title TEXT NOT NULL, role TEXT, PRIMARY KEY (plan_id, position))
            """,
            """
            CREATE TABLE plan_contacts (\(planList),
                unit TEXT, person TEXT, phone TEXT, email TEXT, purpose TEXT NOT NULL, PRIMARY KEY (plan_id, position))
            """,
            """
            CREATE TABLE supervision_activities (\(planList),
                cadence TEXT NOT NULL, activity TEXT NOT NULL, text TEXT NOT NULL, PRIMARY KEY (plan_id, position))
            """,
            """
            CREATE TABLE plan_sections (\(planList),
                number BIGINT NOT NULL, heading TEXT NOT NULL, text TEXT NOT NULL, PRIMARY KEY (plan_id, position))
            """,
        ]
    }
}
