import Foundation
import Hummingbird
import PlanStore
import ReformPlan

/// 年底考核 at /assessment: the ranking of every unit by the scheme in force,
/// each unit's itemised score with its evidence, the published result and
/// the objection window. Changes (scheme, what-if, adjustments, events,
/// objections) are in AssessmentChangeRoutes.
struct AssessmentRoutes {
    let services: Services

    func add(to router: Router<AppContext>) {
        router.get("/assessment") { request, context in try await ranking(request, context) }
        router.get("/assessment/units/{unit}") { _, context in try await unitPage(context) }
        router.post("/assessment/publish") { request, context in try await publish(request, context) }
        AssessmentChangeRoutes(services: services).add(to: router)
    }

    func desk() async throws -> AssessmentDesk {
        try await AssessmentDesk(services: services, current: try await services.currentPlan())
    }

    /// The newest published result, which opens the objection window.
    func published(_ desk: AssessmentDesk) async throws -> SupervisionDocument? {
        try await services.store.supervisionDocuments(planID: desk.current.id, kind: .assessment)
            .filter { $0.state == .issued }.max { ($0.id ?? 0) < ($1.id ?? 0) }
    }

    private func ranking(_ request: Request, _ context: AppContext) async throws -> Response {
        let account = try context.require(.readAssessment)
        if account.role == .reporter, let unit = account.unit {
            return .redirect(to: AssessmentView.path(unit))
        }
        let desk = try await desk()
        let (scheme, stored) = try await desk.scheme()
        let result = try await desk.result(scheme: scheme, asOf: desk.countedTo(services.today()))
        let view = AssessmentView(result: result)
        var data = Frame.data(context, services, title: "年底考核", active: "documents")
        data["tab_assessment"] = true
        data["schemeName"] = scheme.name
        data["schemeVersion"] = stored.map { "第\($0.version)版（\($0.adoptedBy)，\(Shanghai.minute($0.adoptedAt))）" } ?? "标准方案（尚未调整）"
        data["asOf"] = result.asOf.chineseName
        data["itemHeaders"] = view.itemHeaders
        data["groups"] = view.groups(linkUnits: true)
        data["canRun"] = Access.allows(account, .runAssessment)
        data["whatIf"] = AssessmentWhatIf.fields(scheme)
        if let published = try await published(desk) {
            data["published"] = ["id": published.id ?? 0, "number": published.number ?? "",
                                 "deadline": scheme.objectionDeadline(publishedOn: published.issuedOn ?? services.today()).chineseName]
        }
        data["unitCount"] = result.entries.count
        return services.pages.page("assessment", data)
    }

    private func unitPage(_ context: AppContext) async throws -> Response {
        let unit = try context.unitName("unit")
        let account = try context.require(.readAssessment, units: [unit])
        let desk = try await desk()
        let (scheme, _) = try await desk.scheme()
        let result = try await desk.result(scheme: scheme, asOf: desk.countedTo(services.today()))
        guard let entry = result.entry(for: unit) else { throw Refusal.notFound("该单位的考核得分", "unit score") }
        let score = entry.score
        var data = Frame.data(context, services, title: "\(unit)考核得分", active: "documents")
        data["unit"] = unit
        data["unitPath"] = AssessmentView.path(unit)
        data["kindName"] = score.kind.chineseName
        data["rank"] = entry.rank
        data["of"] = result.ranking(of: score.kind).count
        data["total"] = score.totalText
        data["base"] = AssessmentPoints.text(score.base)
        data["bonus"] = score.bonus.explanation
        data["deduction"] = score.deduction.explanation
        data["items"] = AssessmentView.items(score)
        data["adjustments"] = score.adjustments.map {
            ["points": AssessmentPoints.signedText($0.points), "reason": $0.reason, "by": $0.by, "at": Shanghai.minute($0.at)]
        }
        data["asOf"] = result.asOf.chineseName
        data["canRun"] = Access.allows(account, .runAssessment)
        // Named in a bulletin comes from the bulletins, 被问责 from the ladder's referrals the office held: never by hand, never twice.
        data["eventKinds"] = AssessmentEvent.Kind.allCases.filter { $0 != .namedInBulletin && $0 != .accountabilityCase }.map {
            ["value": $0.rawValue, "name": $0.chineseName]
        }
        data["today"] = services.today().description
        let objections = try await services.store.objections(planID: desk.current.id).filter { $0.unit == unit }
        data["objections"] = objections.map { o -> [String: Any] in
            ["id": o.id ?? 0, "text": o.text, "filedBy": o.filedBy, "filedAt": Shanghai.minute(o.filedAt),
             "answered": o.isAnswered, "answer": o.answer ?? "", "answeredBy": o.answeredBy ?? "",
             "answeredAt": o.answeredAt.map(Shanghai.minute) ?? ""]
        }
        if let published = try await published(desk), let day = published.issuedOn {
            let open = scheme.objectionOpen(publishedOn: day, asOf: services.today())
            data["published"] = ["number": published.number ?? "", "deadline": scheme.objectionDeadline(publishedOn: day).chineseName,
                                 "open": open]
            data["canObject"] = open && Access.allows(account, .fileObjection, units: [unit])
        }
        return services.pages.page("assessment-unit", data)
    }

    /// Issues the result as it stands today, numbered and frozen; its date opens the objection window.
    private func publish(_ request: Request, _ context: AppContext) async throws -> Response {
        let account = try context.require(.runAssessment)
        _ = try await FormInput.read(request, context: context)
        let desk = try await desk()
        let (scheme, _) = try await desk.scheme()
        let today = services.today()
        if let done = try await published(desk), done.period == String(scheme.year) {
            throw Refusal(.conflict, zh: "\(scheme.year)年度考核结果已公布（\(done.number ?? "")），不能重复公布。",
                          en: "The \(scheme.year) result was published as \(done.number ?? "").")
        }
        let result = try await desk.result(scheme: scheme, asOf: desk.countedTo(today))
        let documents = try await desk.documentDesk(asOf: today)
        let writing = AssessmentWriting(result: result, letterhead: documents.letterhead, planTitle: desk.plan.notice.title)
        // The text is written now (as of today) and kept as the draft's narrative; issuing numbers and freezes it.
        let draft = SupervisionDocument(planID: desk.current.id, kind: .assessment, period: String(scheme.year),
                                        title: writing.title, facts: try DocumentJSON.encode(result),
                                        narrative: try DocumentJSON.encode(writing.text(number: nil, date: today)))
        let saved: SupervisionDocument
        if let existing = try await services.store.supervisionDocuments(planID: desk.current.id, kind: .assessment)
            .first(where: { $0.state == .draft }) {
            var replaced = existing
            replaced.facts = draft.facts
            replaced.narrative = draft.narrative
            saved = try await services.store.saveDocumentDraft(replaced, expectedVersion: existing.version, by: account.login,
                                                               at: services.now())
        } else {
            saved = try await services.store.saveDocumentDraft(draft, expectedVersion: 0, by: account.login, at: services.now())
        }
        let issued = try await services.store.issueDocument(
            id: saved.id ?? 0, expectedVersion: saved.version, pattern: documents.pattern(for: .assessment), issuedOn: today,
            by: account.login, at: services.now(), notifying: desk.plan.reportingUnits) { number in
            try DocumentDesk.files(of: writing.text(number: number, date: today))
        }
        return .redirect(to: "/assessment/results/\(issued.id ?? 0)")
    }
}
