import Foundation
import OpenAPIRuntime
import PlanStore
import ReformPlan

/// The JSON API: the operations generated from openapi.yaml, done with the
/// same store, rules and permission checks as the pages. A handler sees only
/// its typed input; who is calling comes from `APIRequest.current()`, bound
/// by `APIGate`. Every refusal is thrown, and `RefusalMiddleware` answers it
/// as `{message, message_en, field}`; handlers return only their success.
struct LuoshiAPI: APIProtocol {
    let services: Services

    var reports: ReportDesk { ReportDesk(services: services) }
    var notices: NoticeDesk { NoticeDesk(services: services) }

    // MARK: plans

    func listPlans(_ input: Operations.ListPlans.Input) async throws -> Operations.ListPlans.Output {
        try APIRequest.current().require(.readPlan)
        let paging = try Paging(input.query.page, input.query.perPage)
        let current = try await services.plans.current()
        let page = paging.slice(try await services.store.plans())
        return .ok(.init(body: .json(.init(items: page.items.map { S.PlanSummary($0, current: $0.id == current?.id) },
                                           page: paging.page, perPage: paging.perPage, total: page.total))))
    }

    func getPlan(_ input: Operations.GetPlan.Input) async throws -> Operations.GetPlan.Output {
        try APIRequest.current().require(.readPlan)
        try Check.id(input.path.planId, "planId")
        guard let summary = try await services.store.plans().first(where: { Int64($0.id) == input.path.planId }),
              let plan = try await services.store.plan(id: summary.id) else {
            throw Refusal.notFound("编号为\(input.path.planId)的实施方案", "plan \(input.path.planId)")
        }
        let current = try await services.plans.current()
        return .ok(.init(body: .json(S.Plan(summary, plan, current: current?.id == summary.id))))
    }

    // MARK: projects, phases, indicators

    func listProjects(_ input: Operations.ListProjects.Input) async throws -> Operations.ListProjects.Output {
        try APIRequest.current().require(.readPlan)
        let query = input.query
        let paging = try Paging(query.page, query.perPage)
        try Check.line(query.unit, "unit", max: 100)
        let overview = try await Overview.make(services, try await services.currentPlan())
        let filter = ProjectFilter(category: query.category?.rawValue, unit: query.unit, leader: nil,
                                   status: query.status?.rawValue, text: nil)
        let page = paging.slice(overview.plan.projects.filter { filter.matches($0, overview.assessments[$0.number]?.status) })
        return .ok(.init(body: .json(.init(items: page.items.map { S.ProjectSummary($0, overview.assessments[$0.number]) },
                                           page: paging.page, perPage: paging.perPage, total: page.total))))
    }

    /// The current plan's overview and one of its projects; 404 for a number it does not have.
    private func project(_ number: Int) async throws -> (Overview, Project) {
        try APIRequest.current().require(.readPlan)
        try Check.range(number, 1...9999, "number")
        let overview = try await Overview.make(services, try await services.currentPlan())
        guard let project = overview.plan.project(number) else {
            throw Refusal.notFound("第\(number)项改革项目", "project \(number)")
        }
        return (overview, project)
    }

    func getProject(_ input: Operations.GetProject.Input) async throws -> Operations.GetProject.Output {
        let (overview, project) = try await project(input.path.number)
        return .ok(.init(body: .json(S.Project(project, overview.assessments[project.number]))))
    }

    func listProjectPhases(_ input: Operations.ListProjectPhases.Input) async throws -> Operations.ListProjectPhases.Output {
        let (overview, project) = try await project(input.path.number)
        let phases = overview.plan.phases(of: project.number).map { S.Phase($0, status: overview.phaseStatus($0)) }
        return .ok(.init(body: .json(.init(project: project.number, items: phases))))
    }

    func listIndicators(_ input: Operations.ListIndicators.Input) async throws -> Operations.ListIndicators.Output {
        try APIRequest.current().require(.readPlan)
        let paging = try Paging(input.query.page, input.query.perPage)
        try Check.range(input.query.project, 1...9999, "project")
        let overview = try await Overview.make(services, try await services.currentPlan())
        let wanted = overview.plan.indicators.filter { input.query.project == nil || $0.project == input.query.project }
        let page = paging.slice(wanted)
        return .ok(.init(body: .json(.init(items: page.items.map { S.Indicator($0, latest: overview.latest(of: $0)) },
                                           page: paging.page, perPage: paging.perPage, total: page.total))))
    }

    // MARK: accounts

    func listAccounts(_ input: Operations.ListAccounts.Input) async throws -> Operations.ListAccounts.Output {
        try APIRequest.current().require(.manageAccounts)
        let paging = try Paging(input.query.page, input.query.perPage)
        let page = paging.slice(try await services.store.accounts())
        return .ok(.init(body: .json(.init(items: page.items.map(S.Account.init), page: paging.page, perPage: paging.perPage,
                                           total: page.total))))
    }

    func createAccount(_ input: Operations.CreateAccount.Input) async throws -> Operations.CreateAccount.Output {
        let admin = try APIRequest.current().require(.manageAccounts)
        let new = switch input.body { case .json(let body): body }
        try Check.line(new.login, "login", max: 64)
        try Check.line(new.displayName, "displayName", max: 100)
        try Check.line(new.unit, "unit", max: 100)
        try Check.line(new.person, "person", max: 100)
        let account = try AccountInput.check(login: new.login, displayName: new.displayName, role: APIValue.map(new.role) as Role,
                                             unit: new.unit, person: new.person)
        let (stored, password) = try await AccountInput.create(account, by: admin, services: services)
        return .created(.init(body: .json(.init(account: S.Account(stored), initialPassword: password))))
    }

    func getMe(_ input: Operations.GetMe.Input) async throws -> Operations.GetMe.Output {
        .ok(.init(body: .json(S.Account(try APIRequest.current().account()))))
    }
}
