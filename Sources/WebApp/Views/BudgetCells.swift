import ReformPlan

/// Money and execution rates as pages show them: amounts grouped with two
/// decimals, the rate as a percent with one, and an overspent budget marked
/// by a word as well as a colour.
enum BudgetCells {
    /// The execution columns of a project row; "无预算" where there is no budget.
    static func execution(_ execution: BudgetExecution?, _ language: Language) -> [String: Any] {
        guard let execution, !execution.lines.isEmpty else {
            return ["execution": language == .zh ? "无预算" : "no budget", "hasBudget": false, "overspent": false]
        }
        return ["execution": execution.total.percentText, "hasBudget": true, "overspent": execution.total.isOverspent,
                "budgeted": execution.total.budgeted.grouped, "spent": execution.total.spent.grouped]
    }

    static func source(_ source: FundingSource, _ language: Language) -> String {
        language == .zh ? source.chineseName : source.englishName
    }
}
