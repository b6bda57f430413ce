import Foundation
import Hummingbird
import PlanStore
import ReformPlan

/// 审核: the supervising office's queue of submitted reports; accepting one,
/// or returning it with a comment that the unit then sees on its form.
struct ReviewRoutes {
    let services: Services

    func add(to router: Router<AppContext>) {
        router.get("/review") { _, context -> Response in
            try context.require(.reviewReport)
            var data = Frame.data(context, services, title: Catalogue.strings(context.language)["nav_review"] ?? "", active: "review")
            guard let current = try await services.plans.current() else { return services.pages.page("review", data) }
            let queue = try await services.store.reports(planID: current.id, states: [.submitted])
            let recent = try await services.store.reports(planID: current.id, states: [.accepted, .returned])
                .sorted { ($0.reviewedAt ?? .distantPast) > ($1.reviewedAt ?? .distantPast) }.prefix(20)
            data["queue"] = queue.map { row($0, context.language) }
            data["recent"] = recent.map { row($0, context.language) }
            return services.pages.page("review", data)
        }
        router.post("/reports/{id}/review") { request, context in try await review(request, context) }
    }

    private func row(_ report: ProgressReport, _ language: Language) -> [String: Any] {
        ["id": report.id ?? 0, "unit": report.unit, "month": report.month.description,
         "state": Labels.report(report.state, language), "late": report.late,
         "submittedAt": report.submittedAt.map(Shanghai.minute) ?? "", "submittedBy": report.submittedBy ?? "",
         "projects": report.sections.map { String($0.project) }.joined(separator: "、"),
         "reviewComment": report.reviewComment ?? "", "reviewedBy": report.reviewedBy ?? ""]
    }

    private func review(_ request: Request, _ context: AppContext) async throws -> Response {
        let form = try await FormInput.read(request, context: context)
        _ = try await ReportDesk(services: services).review(id: context.parameters.get("id", as: Int64.self), action: form["action"],
                                                            comment: form["comment"], context: context)
        return Response.redirect(to: "/review")
    }
}
