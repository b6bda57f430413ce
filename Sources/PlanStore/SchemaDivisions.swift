// Steps 012–013: administrative divisions, and indicator targets and values by
// division. Divisions belong to the bureau, not to a plan: every plan counts
// over the same districts, streets and communities.

extension Migrations {
    /// `division_key` is the code as a twelve-digit number (NULL for a
    /// functional zone's own code), so that "every community of 江岸区" is a key
    /// range and "its street" is integer division: roll-ups group 600,000
    /// communities without string functions.
    static let createDivisions = Migration(number: 12, name: "CreateDivisions") { _ in [
        """
        CREATE TABLE divisions (
            code TEXT PRIMARY KEY,
            division_key BIGINT UNIQUE,
            name TEXT NOT NULL, kind TEXT NOT NULL, parent_code TEXT,
            tags TEXT NOT NULL, managed_by TEXT,
            is_demo BIGINT NOT NULL)
        """,
        "CREATE INDEX divisions_by_parent ON divisions (parent_code, code)",
        "CREATE INDEX divisions_by_kind ON divisions (kind, division_key)",
        // Which division a unit (a district bureau) answers for, by the unit's name as plans write it.
        "CREATE TABLE unit_divisions (unit_name TEXT PRIMARY KEY, division_code TEXT NOT NULL)",
    ] }

    /// Targets and values refer to the plan's indicator by its item id (stable
    /// across versions of the plan) without a foreign key, like reports: values
    /// entered for an indicator outlive a version of the plan that drops it.
    /// `month` is yyyymm. Values are per month, as of that month. The division's
    /// kind is copied in so that a share of urban communities filters without a join.
    static let createIndicatorValues = Migration(number: 13, name: "CreateIndicatorTargetsAndValues") { _ in [
        """
        CREATE TABLE indicator_rules (
            indicator_id BIGINT PRIMARY KEY,
            plan_id BIGINT NOT NULL REFERENCES plans (id),
            method TEXT NOT NULL, level BIGINT NOT NULL, kinds TEXT NOT NULL,
            threshold DOUBLE PRECISION, tag TEXT,
            updated_by TEXT NOT NULL, updated_at TEXT NOT NULL)
        """,
        """
        CREATE TABLE indicator_targets (
            indicator_id BIGINT NOT NULL,
            plan_id BIGINT NOT NULL REFERENCES plans (id),
            division_code TEXT NOT NULL,
            target DOUBLE PRECISION NOT NULL,
            updated_by TEXT NOT NULL, updated_at TEXT NOT NULL,
            PRIMARY KEY (indicator_id, division_code))
        """,
        """
        CREATE TABLE indicator_values (
            indicator_id BIGINT NOT NULL,
            month BIGINT NOT NULL,
            division_key BIGINT NOT NULL, division_kind TEXT NOT NULL,
            value DOUBLE PRECISION NOT NULL,
            source TEXT NOT NULL, entered_by TEXT NOT NULL, entered_at TEXT NOT NULL,
            PRIMARY KEY (indicator_id, month, division_key))
        """,
    ] }
}

extension Migrations {
    /// Each district's tally of an indicator-month (count, sum, how many meet
    /// the threshold), kept up to date by every save of values and every change
    /// of the roll-up rule, so that a roll-up to the city or the nation reads
    /// a few thousand rows instead of grouping every community again.
    /// `signature` names the rule the tally was made under; a tally of another
    /// rule is not used.
    static let createIndicatorTallies = Migration(number: 16, name: "CreateIndicatorTallies") { _ in [
        """
        CREATE TABLE indicator_tallies (
            indicator_id BIGINT NOT NULL, month BIGINT NOT NULL, county_key BIGINT NOT NULL,
            signature TEXT NOT NULL,
            reported BIGINT NOT NULL, total DOUBLE PRECISION NOT NULL, meeting BIGINT NOT NULL, latest_at TEXT,
            PRIMARY KEY (indicator_id, month, county_key))
        """,
    ] }
}
