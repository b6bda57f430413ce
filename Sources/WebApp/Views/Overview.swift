import PlanStore
import ReformPlan

/// The plan's state as of a day: each project's assessment by the status
/// rules, the reports they were judged on, and the units that answer. The
/// dashboard, the project list and the API all read this one computation.
struct Overview: Sendable {
    let planID: Int
    let plan: Plan
    let asOf: Day
    let thresholds: StatusThresholds
    /// Reports up to the as-of month; later months do not exist yet as of that day.
    let reports: [ProgressReport]
    let assessments: [Int: ProjectAssessment]
    /// 预算执行率 of the projects that have a budget.
    let execution: [Int: BudgetExecution]

    /// The overview of the current plan as of the server's day, from the cache.
    static func make(_ services: Services, _ current: PlanCache.Current) async throws -> Overview {
        let thresholds = try await services.thresholds()
        if let overview = try await services.plans.overview(asOf: services.today(), thresholds: thresholds),
           overview.planID == current.id {
            return overview
        }
        let reports = try await services.store.reports(planID: current.id)
        let budgets = try await services.store.budgets(planID: current.id)
        return compute(current, reports: reports, budgets: budgets, asOf: services.today(), thresholds: thresholds)
    }

    static func compute(_ current: PlanCache.Current, reports all: [ProgressReport], budgets: [Int: ProjectBudget],
                        asOf: Day, thresholds: StatusThresholds) -> Overview {
        let month = ReportMonth(asOf)
        let reports = all.filter { $0.month <= month }
        var assessments: [Int: ProjectAssessment] = [:]
        for project in current.plan.projects {
            let phases = current.plan.phases.filter { $0.project == project.number }
            assessments[project.number] = ProjectStatus.of(
                project: project, phases: phases, planYear: current.plan.year ?? asOf.year, reports: reports,
                thresholds: thresholds, asOf: asOf)
        }
        return Overview(planID: current.id, plan: current.plan, asOf: asOf, thresholds: thresholds,
                        reports: reports, assessments: assessments, execution: budgets.mapValues { budget in
                            // Spending dated after the as-of day has not happened yet as of that day.
                            var asOfDay = budget
                            asOfDay.spending = budget.spending.filter { $0.date <= asOf }
                            return BudgetExecution(asOfDay)
                        })
    }

    var month: ReportMonth { ReportMonth(asOf) }

    /// The plan year months are read in; a plan that names none is read in the as-of year.
    var year: Int { plan.year ?? asOf.year }

    /// Units that must report: every unit answering for a project, in plan order.
    var reportingUnits: [String] { plan.reportingUnits }

    func projects(answeredBy unit: String) -> [Project] {
        plan.projects(answeredBy: unit)
    }

    func phaseStatus(_ phase: Phase) -> PhaseStatus {
        PhaseStatus.of(phase, planYear: year, reports: reports, asOf: asOf)
    }

    /// An indicator's latest counted value and whether it meets the target.
    struct Latest: Sendable {
        let value: Double
        let month: ReportMonth
        let unit: String
        let met: Bool
    }

    func latest(of indicator: Indicator) -> Latest? {
        latestValue(of: indicator, reports: reports).map {
            Latest(value: $0.value, month: $0.month, unit: $0.unit, met: indicator.isMet(by: $0.value, thresholds: thresholds))
        }
    }
}
