// Step 014: project budgets and spending (六(三) 项目经费预算).
//
// Like reports and notices, budget lines name their project by NUMBER and refer
// to the plan without ON DELETE CASCADE, so a reload of the plan leaves them be.
// Money is BIGINT fen, never a floating-point column: see ReformPlan's `Money`.
// Steps 012 and 013 belong to other work being done at the same time; the
// numbers are kept so the branches merge without renumbering.

extension Migrations {
    /// Spending refers to its line without a cascade: a line that has spending
    /// cannot be deleted (the store says so before the database has to).
    /// A voucher's bytes are on disk under voucher_storage_name, as report attachments' are.
    static let createBudgets = Migration(number: 14, name: "CreateBudgets") { w in [
        """
        CREATE TABLE budget_lines (
            id \(w.id),
            plan_id BIGINT NOT NULL REFERENCES plans (id),
            project BIGINT NOT NULL,
            source TEXT NOT NULL, amount_fen BIGINT NOT NULL CHECK (amount_fen >= 0), note TEXT NOT NULL,
            version BIGINT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL)
        """,
        "CREATE INDEX budget_lines_by_project ON budget_lines (plan_id, project)",
        """
        CREATE TABLE budget_spending (
            id \(w.id),
            line_id BIGINT NOT NULL REFERENCES budget_lines (id),
            spent_on TEXT NOT NULL, amount_fen BIGINT NOT NULL CHECK (amount_fen > 0), description TEXT NOT NULL,
            voucher_file_name TEXT, voucher_media_type TEXT, voucher_size BIGINT, voucher_sha256 TEXT,
            voucher_storage_name TEXT UNIQUE,
            version BIGINT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL)
        """,
        "CREATE INDEX budget_spending_by_line ON budget_spending (line_id)",
    ] }
}
