import Hummingbird
import ReformPlan

/// 总览: every project's status at a glance, by category and by unit; phases
/// due and overdue; who has not reported this month; open notices; indicators.
struct DashboardRoutes {
    let services: Services

    func add(to router: Router<AppContext>) {
        router.get("/") { _, context -> Response in
            let account = try context.require(.readPlan)
            var data = Frame.data(context, services, title: Catalogue.strings(context.language)["nav_dashboard"] ?? "", active: "dashboard")
            guard let current = try await services.plans.current() else {
                data["noPlan"] = true
                return services.pages.page("dashboard", data)
            }
            // The body depends on the plan's state (the cache's mark), the day, the
            // language and, for a leader, who they are; the frame around it on the session.
            let language = context.language, asOf = services.today()
            let reader = account.role == .leader ? account.person ?? "" : ""
            data["body"] = try await services.plans.fragment("dashboard|\(language)|\(asOf)|\(reader)") {
                let overview = try await Overview.make(services, current)
                let notices = try await services.plans.openNotices()
                var body = DashboardView(overview: overview, notices: notices, account: account, language: language).data
                body.merge(DashboardCharts(overview: overview, notices: try await services.store.notices(planID: current.id)).data) { $1 }
                // The five indicators furthest from their targets, by the city's roll-up.
                let summaries = try await IndicatorDesk(services: services, current: current).summaries(asOf: asOf)
                body["behind"] = summaries.filter { $0.attainment != nil }
                    .sorted { ($0.attainment ?? 0, $0.number) < ($1.attainment ?? 0, $1.number) }
                    .prefix(5).map(\.data)
                body["hasBehind"] = (body["behind"] as? [[String: Any]])?.isEmpty == false
                // Decisions and rectification items not yet closed, soonest due first: who owes what, by when.
                let open = try await services.store.actions(planID: current.id, openOnly: true)
                body["actions"] = open.prefix(10).map { ActionView.summary($0, today: asOf) }
                body["actionCount"] = open.count
                body["actionOverdue"] = open.filter { $0.isOverdue(asOf: asOf) }.count
                body["t"] = Catalogue.strings(language)
                return services.pages.fragment("dashboard-body", body)
            }
            return services.pages.page("dashboard", data)
        }
    }
}

/// The dashboard's content, built from an overview for one reader.
struct DashboardView {
    let overview: Overview
    let notices: [SupervisionNotice]
    let account: Account
    let language: Language

    var data: [String: Any] {
        let rows = overview.plan.projects.map { ProjectRow(project: $0, overview: overview, language: language).data }
        var data: [String: Any] = [
            "plan": ["title": overview.plan.notice.title, "year": overview.year],
            "month": language == .zh ? overview.month.chineseName : overview.month.description,
            "totals": totals,
            "categories": categories,
            "units": units,
            "phasesDue": phases(where: { $0 == .dueThisMonth }),
            "phasesOverdue": phases(where: { $0 == .overdue }),
            "missing": missing,
            "notices": notices.map { NoticeRow(notice: $0, asOf: overview.asOf, language: language).data },
            "indicators": IndicatorRows(overview: overview, language: language).rows,
            "projects": rows,
        ]
        if account.role == .leader, let person = account.person {
            let mine = overview.plan.projects
                .filter { $0.responsibility.leaderInCharge == person || $0.responsibility.firstResponsible == person }
                .map { ProjectRow(project: $0, overview: overview, language: language).data }
            data["mine"] = mine
            data["hasMine"] = !mine.isEmpty
        }
        return data
    }

    private var totals: [[String: Any]] {
        ProjectStatus.allCases.map { status in
            var label = Labels.project(status, language)
            label["count"] = overview.assessments.values.filter { $0.status == status }.count
            return label
        }
    }

    private var categories: [[String: Any]] {
        let groups = Dictionary(grouping: overview.plan.projects, by: { $0.category })
        return ProjectCategory.allCases.compactMap { category -> [String: Any]? in
            guard let projects = groups[category] else { return nil }
            return ["name": Labels.category(category, language), "count": projects.count,
                    "projects": projects.map { chip($0) }]
        }
    }

    private var units: [[String: Any]] {
        overview.reportingUnits.map { unit in
            ["name": unit, "projects": overview.projects(answeredBy: unit).map { chip($0) }]
        }
    }

    private func chip(_ project: Project) -> [String: Any] {
        let status = overview.assessments[project.number]?.status ?? .notStarted
        return ["number": project.number, "title": project.title, "status": Labels.project(status, language)]
    }

    private func phases(where wanted: (PhaseStatus) -> Bool) -> [[String: Any]] {
        overview.plan.phases.compactMap { phase in
            let status = overview.phaseStatus(phase)
            guard wanted(status), let number = phase.project,
                  let project = overview.plan.projects.first(where: { $0.number == number }) else { return nil }
            return ["project": number, "projectTitle": project.title, "title": phase.title, "timing": phase.timing ?? "",
                    "units": project.responsibility.answeringUnits.joined(separator: "、"),
                    "status": Labels.phase(status, language)]
        }
    }

    private var missing: [[String: Any]] {
        let month = overview.month
        let due = month.dueDate(dayOfMonth: overview.thresholds.reportDueDay)
        return MonthlyReporting.missingReports(units: overview.reportingUnits, reports: overview.reports, month: month).map { unit in
            let draft = overview.reports.first { $0.unit == unit && $0.month == month }
            return ["unit": unit, "due": due.description, "pastDue": overview.asOf > due,
                    "state": draft.map { Labels.report($0.state, language) } ?? ["key": "none", "text": language == .zh ? "未填报" : "not started"]]
        }
    }
}
