import Testing
@testable import ReformPlan

@Suite struct BudgetExecutionTests {
    func rate(_ spent: Int64, of budgeted: Int64) -> ExecutionRate {
        ExecutionRate(spent: Money(fen: spent), budgeted: Money(fen: budgeted))
    }

    @Test func theRateIsRoundedHalfUpToOneDecimalOfAPercent() {
        #expect(rate(1, of: 3).percentText == "33.3%")
        #expect(rate(2, of: 3).percentText == "66.7%")
        #expect(rate(1, of: 2000).percentText == "0.1%", "0.05% rounds up")
        #expect(rate(1, of: 2001).percentText == "0.0%", "just under 0.05% rounds down")
        #expect(rate(456, of: 1000).percentText == "45.6%")
        #expect(rate(3, of: 2).percentText == "150.0%")
        #expect(rate(0, of: 0).percentText == "—")
        #expect(rate(0, of: 0).permille == nil)
    }

    @Test func largeBudgetsKeepAnExactRate() {
        let trillion = Money.largest.fen
        #expect(rate(trillion / 3, of: trillion).percentText == "33.3%")
        #expect(rate(trillion, of: trillion).percentText == "100.0%")
        #expect(rate(trillion - 1, of: trillion).percentText == "100.0%")
        #expect(!rate(trillion, of: trillion).isOverspent)
        #expect(rate(trillion + 1, of: trillion).isOverspent)
    }

    @Test func totalsArePerSourceAndOverspentLinesAreFlagged() {
        let budget = ProjectBudget(project: 1, lines: [
            BudgetLine(id: 1, project: 1, source: .cityFinance, amount: Money(fen: 1_000_000)),
            BudgetLine(id: 2, project: 1, source: .rewardSubsidy, amount: Money(fen: 10)),
            BudgetLine(id: 3, project: 1, source: .cityFinance, amount: Money(fen: 20)),
        ], spending: [
            Spending(id: 1, line: 1, date: Day(year: 2019, month: 3, day: 1), amount: Money(fen: 10), description: "a"),
            Spending(id: 2, line: 2, date: Day(year: 2019, month: 3, day: 2), amount: Money(fen: 20), description: "b"),
            Spending(id: 3, line: 1, date: Day(year: 2019, month: 3, day: 3), amount: Money(fen: 20), description: "c"),
        ])

        let execution = BudgetExecution(budget)

        #expect(execution.sources.map(\.source) == [.cityFinance, .rewardSubsidy])
        #expect(execution.sources[0].rate == rate(30, of: 1_000_020))
        #expect(execution.sources[1].rate == rate(20, of: 10))
        #expect(execution.total == rate(50, of: 1_000_030))
        #expect(execution.overspentLines.map(\.id) == [2])
        #expect(execution.lines.map(\.rate.spent.fen) == [30, 20, 0])
        #expect(!execution.total.isOverspent)
    }

    @Test func aProjectWithoutLinesHasNoRate() {
        let execution = BudgetExecution(ProjectBudget(project: 7))

        #expect(execution.lines.isEmpty && execution.sources.isEmpty)
        #expect(execution.total.percentText == "—")
    }

    @Test func onlyFinanceAndTheSupervisorEditBudgetsAndEveryoneReadsThem() {
        let finance = Account(login: "caiwu", displayName: "财务", role: .finance, unit: "局财务处")
        #expect(Access.allows(finance, .editBudget))
        #expect(Access.allows(finance, .readPlan) && Access.allows(finance, .readBudget))
        #expect(!Access.allows(finance, .editReport) && !Access.allows(finance, .reviewReport) && !Access.allows(finance, .readDraftReport))
        for role in Role.allCases {
            let account = Account(login: "x", displayName: "x", role: role, unit: "养老服务处")
            #expect(Access.allows(account, .readBudget), "\(role) reads budgets")
            #expect(Access.allows(account, .editBudget) == [.finance, .supervisor].contains(role), "\(role)")
        }
    }
}
