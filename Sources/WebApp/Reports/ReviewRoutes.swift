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
         "submittedAt": report.submittedAt.map(Dates.minute) ?? "", "submittedBy": report.submittedBy ?? "",
         "projects": report.sections.map { String($0.project) }.joined(separator: "、"),
         "reviewComment": report.reviewComment ?? "", "reviewedBy": report.reviewedBy ?? ""]
    }

    private func review(_ request: Request, _ context: AppContext) async throws -> Response {
        let form = try await FormInput.read(request, context: context)
        guard let id = context.parameters.get("id", as: Int64.self),
              let (planID, stored) = try await services.store.report(id: id) else {
            throw Refusal.notFound("该报送", "report")
        }
        let account = try context.require(.reviewReport, units: [stored.unit])
        guard stored.state == .submitted else {
            throw Refusal(.conflict, zh: "该报送当前为“\(stored.state.chineseName)”，只有已报送的报送可以审核。",
                          en: "The report is \(stored.state.rawValue); only submitted reports can be reviewed.")
        }
        let comment = form.text("comment")
        var report = stored
        switch form["action"] {
        case "accept":
            report.state = .accepted
        case "return":
            guard comment != nil else {
                throw Refusal(.unprocessableContent, zh: "退回时请填写审核意见，说明需要修改什么。",
                              en: "Say what must change when returning a report.", field: "comment")
            }
            report.state = .returned
        default:
            throw Refusal(.badRequest, zh: "请选择“采纳”或“退回”。", en: "Choose accept or return.", field: "action")
        }
        report.reviewComment = comment
        report.reviewedBy = account.login
        report.reviewedAt = services.now()
        _ = try await services.store.saveReport(report, planID: planID, expectedVersion: stored.version,
                                                by: account.login, at: services.now())
        return Response.redirect(to: "/review")
    }
}
