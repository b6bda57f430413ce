import Foundation
import OpenAPIRuntime
import ReformPlan

/// Project budgets through the API: read only; the figures are those of the
/// budget page, from the same rules (`BudgetExecution`).
extension LuoshiAPI {
    func getProjectBudget(_ input: Operations.GetProjectBudget.Input) async throws -> Operations.GetProjectBudget.Output {
        try APIRequest.current().require(.readBudget)
        try Check.range(input.path.number, 1...9999, "number")
        let current = try await services.currentPlan()
        guard let project = current.plan.project(input.path.number) else {
            throw Refusal.notFound("第\(input.path.number)项改革项目", "project \(input.path.number)")
        }
        let budget = try await services.store.budget(planID: current.id, project: project.number)
        return .ok(.init(body: .json(S.ProjectBudget(budget))))
    }
}

extension S.Execution {
    init(_ rate: ExecutionRate) {
        self.init(budgeted: rate.budgeted.plain, spent: rate.spent.plain, executionPermille: rate.permille,
                  overspent: rate.isOverspent)
    }
}

extension S.ProjectBudget {
    init(_ budget: ProjectBudget) {
        let execution = BudgetExecution(budget)
        self.init(
            project: budget.project,
            total: S.Execution(execution.total),
            sources: execution.sources.map { S.BudgetSourceTotal(source: APIValue.map($0.source), execution: S.Execution($0.rate)) },
            lines: execution.lines.map { figures in
                S.BudgetLine(id: figures.line.id ?? 0, source: APIValue.map(figures.line.source), amount: figures.line.amount.plain,
                             note: figures.line.note, version: figures.line.version, execution: S.Execution(figures.rate))
            },
            spending: budget.spending.map { entry in
                S.Spending(id: entry.id ?? 0, line: entry.line, date: entry.date.description, amount: entry.amount.plain,
                           description: entry.description,
                           voucher: entry.voucher.map { S.Voucher(fileName: $0.fileName, mediaType: $0.mediaType, size: $0.size,
                                                                  url: "/vouchers/\(entry.id ?? 0)") },
                           version: entry.version)
            })
    }
}
