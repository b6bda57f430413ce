import Foundation
import Hummingbird
import NoticeImport
import PlanStore
import ReformPlan

/// Everything that changes the assessment: the scheme file (a new version
/// each time), a what-if before adopting a change, supervisor adjustments
/// with a reason, recorded commendations and accountability cases, and
/// objections with their answers. Each change is audited by the store.
struct AssessmentChangeRoutes {
    let services: Services

    func add(to router: Router<AppContext>) {
        router.get("/assessment/scheme") { _, context in try await schemePage(context) }
        router.post("/assessment/scheme") { request, context in try await adopt(request, context) }
        router.post("/assessment/whatif") { request, context in try await whatIf(request, context) }
        router.post("/assessment/units/{unit}/adjust") { request, context in try await adjust(request, context) }
        router.post("/assessment/units/{unit}/events") { request, context in try await record(request, context) }
        router.post("/assessment/units/{unit}/objections") { request, context in try await object(request, context) }
        router.post("/assessment/objections/{id}/answer") { request, context in try await answer(request, context) }
    }

    func desk() async throws -> AssessmentDesk {
        try await AssessmentDesk(services: services, current: try await services.currentPlan())
    }

    private func schemePage(_ context: AppContext, typed: String? = nil, note: String? = nil, problems: [String] = [],
                            status: HTTPResponse.Status = .ok) async throws -> Response {
        let account = try context.require(.readAssessment)
        let desk = try await desk()
        let (scheme, _) = try await desk.scheme()
        var data = Frame.data(context, services, title: "考核方案", active: "documents")
        data["yaml"] = try typed ?? AssessmentSchemeFile.yaml(scheme)
        data["note"] = note ?? ""
        data["problems"] = problems
        data["canRun"] = Access.allows(account, .runAssessment)
        data["versions"] = try await services.store.assessmentSchemes(planID: desk.current.id).map {
            ["version": $0.version, "note": $0.note, "by": $0.adoptedBy, "at": Shanghai.minute($0.adoptedAt)]
        }
        data["warnings"] = scheme.problems.filter { $0.severity == .warning }.map(\.description)
        return services.pages.page("assessment-scheme", data, status: status)
    }

    /// A scheme file adopted as the next version; refused whole, with every problem by path and line.
    private func adopt(_ request: Request, _ context: AppContext) async throws -> Response {
        let account = try context.require(.runAssessment)
        let form = try await FormInput.read(request, context: context, fieldLimit: 256 * 1024)
        let yaml = (form["yaml"] ?? "").replacingOccurrences(of: "\r\n", with: "\n")
        guard let note = form.text("note") else {
            return try await schemePage(context, typed: yaml, problems: ["请写明修改说明（为什么改、改了什么）。"],
                                        status: .unprocessableContent)
        }
        let problems = AssessmentSchemeFile.problems(of: yaml)
        guard problems.isEmpty else {
            return try await schemePage(context, typed: yaml, note: note, problems: problems, status: .unprocessableContent)
        }
        let desk = try await desk()
        try await services.store.adoptAssessmentScheme(planID: desk.current.id, yaml: yaml, note: note, by: account.login,
                                                       at: services.now())
        return .redirect(to: "/assessment")
    }

    /// The scores and ranking the changed numbers would give, beside the current ones.
    private func whatIf(_ request: Request, _ context: AppContext) async throws -> Response {
        _ = try context.require(.runAssessment)
        let form = try await FormInput.read(request, context: context)
        let desk = try await desk()
        let (scheme, _) = try await desk.scheme()
        let proposed = try AssessmentWhatIf.apply(form, to: scheme)
        let today = desk.countedTo(services.today())
        let current = try await desk.result(scheme: scheme, asOf: today)
        let comparison = AssessmentComparison(current: current, proposed: try await desk.result(scheme: proposed, asOf: today))
        var data = Frame.data(context, services, title: "考核方案模拟", active: "documents")
        data["rows"] = comparison.rows.map { row -> [String: Any] in
            ["unit": row.unit, "kind": row.kind.chineseName,
             "current": row.currentTotal.map(AssessmentPoints.text) ?? "—", "proposed": row.proposedTotal.map(AssessmentPoints.text) ?? "—",
             "delta": AssessmentPoints.signedText(row.delta), "currentRank": row.currentRank ?? 0, "proposedRank": row.proposedRank ?? 0,
             "movement": row.movement.chineseName, "movementKey": row.movement.rawValue, "sentence": row.sentence]
        }
        data["moves"] = comparison.moves.map(\.sentence)
        data["hasMoves"] = !comparison.moves.isEmpty
        data["changes"] = zip(scheme.items, proposed.items).compactMap { old, new -> String? in
            old == new ? nil : "\(old.name)：\(Self.describe(old)) → \(Self.describe(new))"
        }
        var adopted = proposed
        let versions = try await services.store.assessmentSchemes(planID: desk.current.id)
        adopted.version = (versions.first?.version ?? 0) + 1
        data["yaml"] = try AssessmentSchemeFile.yaml(adopted)
        return services.pages.page("assessment-whatif", data)
    }

    static func describe(_ item: AssessmentItem) -> String {
        switch item.rule {
        case .bonus(_, let points), .deduction(_, let points), .publicityAdopted(let points):
            "每次\(AssessmentPoints.text(points))分，上限\(AssessmentPoints.text(item.cap ?? item.weight))分"
        default:
            "\(AssessmentPoints.text(item.weight))分"
        }
    }

    private func unit(_ context: AppContext) throws -> String { try context.unitName("unit") }

    /// A unit that is assessed: a misspelt name is refused, not stored against nobody.
    private func requireAssessed(_ unit: String, _ desk: AssessmentDesk) async throws {
        let units = try await desk.evidence(asOf: desk.countedTo(services.today())).map(\.unit)
        guard units.contains(unit) else { throw Refusal.notFound("被考核单位“\(unit)”", "unit") }
    }

    private func adjust(_ request: Request, _ context: AppContext) async throws -> Response {
        let account = try context.require(.runAssessment)
        let form = try await FormInput.read(request, context: context)
        let unit = try unit(context)
        guard let text = form.text("points"), let points = Double(text), points.isFinite, points != 0, abs(points) <= 100 else {
            throw Refusal(.unprocessableContent, zh: "调整分值应为-100到100之间、不为零的数字（减分写负数，如 -1.5），收到“\(form["points"] ?? "")”。",
                          en: "Points must be a non-zero number from -100 to 100.", field: "points")
        }
        guard let reason = form.text("reason") else {
            throw Refusal(.unprocessableContent, zh: "调整得分必须写明理由。", en: "An adjustment needs a reason.", field: "reason")
        }
        let adjustment = AssessmentAdjustment(unit: unit, points: points, reason: reason, by: account.login, at: services.now())
        if let problem = adjustment.problems.first {
            throw Refusal(.unprocessableContent, zh: problem, en: problem, field: "points")
        }
        let desk = try await desk()
        try await requireAssessed(unit, desk)
        try await services.store.addAssessmentAdjustment(planID: desk.current.id, adjustment)
        return .redirect(to: AssessmentView.path(unit))
    }

    private func record(_ request: Request, _ context: AppContext) async throws -> Response {
        let account = try context.require(.runAssessment)
        let form = try await FormInput.read(request, context: context)
        let unit = try unit(context)
        guard let kind = form["kind"].flatMap(AssessmentEvent.Kind.init(rawValue:)), kind != .namedInBulletin, kind != .accountabilityCase else {
            throw Refusal(.unprocessableContent, zh: "请选择事项类别（被通报由系统按已印发的通报自动计入）。", en: "Choose a kind.", field: "kind")
        }
        guard let day = form["date"].flatMap(Day.init(iso:)) else {
            throw Refusal(.unprocessableContent, zh: "请填写日期，如 2019-11-02。", en: "Give the date.", field: "date")
        }
        guard let description = form.text("description") else {
            throw Refusal(.unprocessableContent, zh: "请写明事由（如表彰名称和文号）。", en: "Describe it.", field: "description")
        }
        let desk = try await desk()
        try await requireAssessed(unit, desk)
        try await services.store.recordAssessmentEvent(
            planID: desk.current.id, unit: unit,
            event: AssessmentEvent(kind: kind, date: day, description: description, reference: form.text("reference")),
            by: account.login, at: services.now())
        return .redirect(to: AssessmentView.path(unit))
    }

    /// A unit objects to its published score, while the window is open.
    private func object(_ request: Request, _ context: AppContext) async throws -> Response {
        let unit = try unit(context)
        let account = try context.require(.fileObjection, units: [unit])
        let form = try await FormInput.read(request, context: context)
        guard let text = form.text("text") else {
            throw Refusal(.unprocessableContent, zh: "请写明对哪一项得分有异议、理由和依据。", en: "Say what you object to.", field: "text")
        }
        let desk = try await desk()
        let (scheme, _) = try await desk.scheme()
        let published = try await AssessmentRoutes(services: services).published(desk)
        guard let day = published?.issuedOn, scheme.objectionOpen(publishedOn: day, asOf: services.today()) else {
            let when = published?.issuedOn.map { "已于\(scheme.objectionDeadline(publishedOn: $0).chineseName)截止" } ?? "考核结果尚未公布"
            throw Refusal(.conflict, zh: "异议期\(when)，不能再提出异议。", en: "The objection window is not open.")
        }
        try await services.store.fileObjection(planID: desk.current.id, AssessmentObjection(
            unit: unit, text: text, filedBy: account.login, filedAt: services.now()))
        return .redirect(to: AssessmentView.path(unit))
    }

    private func answer(_ request: Request, _ context: AppContext) async throws -> Response {
        let account = try context.require(.runAssessment)
        let form = try await FormInput.read(request, context: context)
        let id = try context.parameters.require("id", as: Int64.self)
        guard let answer = form.text("answer") else {
            throw Refusal(.unprocessableContent, zh: "请填写答复意见。", en: "Write the answer.", field: "answer")
        }
        let desk = try await desk()
        guard let objection = try await services.store.objections(planID: desk.current.id).first(where: { $0.id == id }) else {
            throw Refusal.notFound("该异议", "objection")
        }
        try await services.store.answerObjection(id: id, answer: answer, by: account.login, at: services.now())
        return .redirect(to: AssessmentView.path(objection.unit))
    }
}
