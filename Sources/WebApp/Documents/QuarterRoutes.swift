import Hummingbird
import ReformPlan

/// 季度调度 at /quarters?q=3: each project's phases due in the quarter, met or
/// missed, and the problems raised in it — the quarterly meeting's material.
struct QuarterRoutes {
    let services: Services

    func add(to router: Router<AppContext>) {
        router.get("/quarters") { request, context in try await page(request, context) }
    }

    private func page(_ request: Request, _ context: AppContext) async throws -> Response {
        _ = try context.require(.readDocuments)
        let current = try await services.currentPlan()
        let today = services.today()
        let year = current.plan.year ?? today.year
        let asked = request.uri.queryParameters.get("q")
        let quarter: Int
        if let asked {
            guard let q = Int(asked), (1...4).contains(q) else {
                throw Refusal(.badRequest, zh: "季度“\(asked)”应为1到4。", en: "Quarter must be 1 to 4.", field: "q")
            }
            quarter = q
        } else {
            quarter = today.year == year ? (today.month - 1) / 3 + 1 : 4
        }
        let reports = try await services.store.reports(planID: current.id)
        let review = QuarterReview(plan: current.plan, reports: reports, year: year, quarter: quarter, today: today,
                                   thresholds: try await services.thresholds())
        let onlyAttention = request.uri.queryParameters.get("attention") == "1"
        var data = Frame.data(context, services, title: "\(review.title)调度", active: "documents")
        data["title"] = review.title
        data["tab_quarters"] = true
        data["asOf"] = review.asOf.chineseName
        data["quarters"] = (1...4).map { ["q": $0, "name": "第\(ChineseNumber.text($0))季度", "current": $0 == quarter] }
        data["q"] = quarter
        data["onlyAttention"] = onlyAttention
        data["met"] = review.metCount
        data["missed"] = review.missedCount
        data["projects"] = review.projects.filter { !onlyAttention || $0.needsAttention }.map { entry -> [String: Any] in
            ["number": entry.project.number, "title": entry.project.title,
             "units": entry.project.responsibility.answeringUnits.joined(separator: "、"),
             "status": entry.status.chineseName, "statusKey": entry.status.rawValue,
             "phases": entry.phases.map { ["title": $0.phase.title, "timing": $0.phase.timing ?? "",
                                            "status": $0.status.chineseName, "statusKey": $0.status.rawValue] },
             "hasPhases": !entry.phases.isEmpty, "problems": entry.problems]
        }
        return services.pages.page("quarter", data)
    }
}
