// Step 015: district and office sub-plans under a city plan, their items
// (city projects carried down, as accepted, and items of their own) and
// monthly progress on each item.

extension Migrations {
    static let createSubPlans = Migration(number: 15, name: "CreateSubPlans") { w in [
        """
        CREATE TABLE sub_plans (
            id \(w.id),
            plan_id BIGINT NOT NULL REFERENCES plans (id),
            unit TEXT NOT NULL, division_code TEXT, title TEXT NOT NULL,
            accepted_revision BIGINT NOT NULL, version BIGINT NOT NULL,
            created_by TEXT NOT NULL, created_at TEXT NOT NULL, updated_by TEXT NOT NULL, updated_at TEXT NOT NULL,
            UNIQUE (plan_id, unit))
        """,
        // Items are rewritten whole with their sub-plan; progress refers to them by key, so it outlives a rewrite.
        """
        CREATE TABLE sub_plan_items (
            sub_plan_id BIGINT NOT NULL REFERENCES sub_plans (id) ON DELETE CASCADE,
            position BIGINT NOT NULL, item_key TEXT NOT NULL, project BIGINT,
            title TEXT NOT NULL, deadline TEXT NOT NULL, target TEXT NOT NULL, responsible TEXT NOT NULL,
            PRIMARY KEY (sub_plan_id, item_key))
        """,
        """
        CREATE TABLE sub_plan_progress (
            sub_plan_id BIGINT NOT NULL REFERENCES sub_plans (id) ON DELETE CASCADE,
            item_key TEXT NOT NULL, month BIGINT NOT NULL,
            completion BIGINT NOT NULL, text TEXT NOT NULL,
            entered_by TEXT NOT NULL, entered_at TEXT NOT NULL,
            PRIMARY KEY (sub_plan_id, item_key, month))
        """,
    ] }
}
