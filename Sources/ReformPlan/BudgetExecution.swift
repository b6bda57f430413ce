/// 预算执行率: spent over budgeted, kept as the exact fraction of two amounts
/// and rounded only when shown (half up, to a tenth of a percent).
public struct ExecutionRate: Hashable, Sendable {
    public var spent: Money
    public var budgeted: Money

    public init(spent: Money, budgeted: Money) {
        self.spent = spent
        self.budgeted = budgeted
    }

    /// Tenths of a percent, rounded half up: 1/3 → 333 (33.3%), 2/3 → 667.
    /// Nil when nothing is budgeted, where a rate means nothing.
    public var permille: Int64? {
        guard budgeted.fen > 0 else { return nil }
        // (spent × 1000 + budgeted / 2) / budgeted in integers; amounts are
        // bounded by Money.largest times the lines of a project, so no overflow.
        let (product, overflow) = spent.fen.multipliedReportingOverflow(by: 2000)
        if overflow { return Int64.max }
        return (product + budgeted.fen) / (2 * budgeted.fen)
    }

    /// "45.6%", or "—" when nothing is budgeted.
    public var percentText: String {
        guard let permille else { return "—" }
        return "\(permille / 10).\(permille % 10)%"
    }

    /// More spent than budgeted.
    public var isOverspent: Bool { spent > budgeted }
}

/// The budget's figures: per line, per funding source and for the project.
public struct BudgetExecution: Hashable, Sendable {
    public struct LineFigures: Hashable, Sendable {
        public var line: BudgetLine
        public var rate: ExecutionRate
        public var isOverspent: Bool { rate.isOverspent }
    }

    public struct SourceFigures: Hashable, Sendable {
        public var source: FundingSource
        public var rate: ExecutionRate
    }

    public var lines: [LineFigures]
    /// Only the sources the budget has, in the order of `FundingSource.allCases`.
    public var sources: [SourceFigures]
    public var total: ExecutionRate

    /// Spending against a line the budget does not have counts in the total
    /// spent (it was spent), but against no line or source.
    public init(_ budget: ProjectBudget) {
        var spentByLine: [Int64: Money] = [:]
        for spending in budget.spending { spentByLine[spending.line, default: .zero] = spentByLine[spending.line, default: .zero] + spending.amount }
        let lines = budget.lines.map { line in
            LineFigures(line: line, rate: ExecutionRate(spent: line.id.flatMap { spentByLine[$0] } ?? .zero, budgeted: line.amount))
        }
        self.lines = lines
        sources = FundingSource.allCases.compactMap { source in
            let mine = lines.filter { $0.line.source == source }
            guard !mine.isEmpty else { return nil }
            return SourceFigures(source: source, rate: ExecutionRate(
                spent: mine.reduce(.zero) { $0 + $1.rate.spent }, budgeted: mine.reduce(.zero) { $0 + $1.rate.budgeted }))
        }
        total = ExecutionRate(spent: budget.spending.reduce(.zero) { $0 + $1.amount },
                              budgeted: budget.lines.reduce(.zero) { $0 + $1.amount })
    }

    /// The lines on which more was spent than budgeted.
    public var overspentLines: [BudgetLine] { lines.filter(\.isOverspent).map(\.line) }
}
