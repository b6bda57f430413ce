import Foundation
import Hummingbird
import OfficialDocuments
import PlanStore
import ReformPlan

/// 宣传稿件 at /publicity (六(四)): units send pieces to the office the notice
/// names (政策法规处), which adopts them for an outlet, returns or files them;
/// counts per unit; the quarter's adopted list as XLSX for 市委改革办.
struct PublicityRoutes {
    let services: Services

    func add(to router: Router<AppContext>) {
        router.get("/publicity") { _, context in try await list(context) }
        router.post("/publicity") { request, context in try await submit(request, context) }
        router.get("/publicity/adopted.xlsx") { request, context in try await adoptedList(request, context) }
        router.get("/publicity/{id}") { _, context in try await page(context) }
        router.post("/publicity/{id}/decide") { request, context in try await decide(request, context) }
    }

    /// The receiving office: as the notice names it, else 政策法规处.
    func office(_ plan: Plan) -> String { plan.notice.publicityOffice ?? "政策法规处" }

    /// Whether the account sees every unit's pieces: the office, and those who read all.
    func seesAll(_ account: Account, office: String) -> Bool {
        Access.scope(of: account.role, for: .readPublicity) == .all || Access.allows(account, .decidePublicity, units: [office])
    }

    private func list(_ context: AppContext, typed: FormInput? = nil, problems: [String] = [],
                      status: HTTPResponse.Status = .ok) async throws -> Response {
        let account = try context.require(.readPublicity)
        let current = try await services.currentPlan()
        let office = office(current.plan)
        let all = seesAll(account, office: office)
        guard all || account.unit != nil else { throw Refusal.forbidden("查看宣传稿件", "read publicity pieces") }
        let pieces = try await services.store.publicitySubmissions(planID: current.id, unit: all ? nil : account.unit)
        var data = Frame.data(context, services, title: "宣传稿件", active: "publicity")
        data["office"] = office
        data["pieces"] = pieces.map(Self.row)
        data["seesAll"] = all
        data["counts"] = Self.counts(pieces)
        data["canSubmit"] = account.unit.map { Access.allows(account, .submitPublicity, units: [$0]) } ?? false
        data["unit"] = account.unit ?? ""
        data["typedTitle"] = typed?["title"] ?? ""
        data["typedText"] = typed?["text"] ?? ""
        data["problems"] = problems
        let quarter = (services.today().month - 1) / 3 + 1
        data["quarters"] = (1...4).map { ["q": $0, "name": "第\(ChineseNumber.text($0))季度", "current": $0 == quarter] }
        return services.pages.page("publicity", data, status: status)
    }

    static func row(_ p: PublicitySubmission) -> [String: Any] {
        ["id": p.id ?? 0, "unit": p.unit, "title": p.title, "state": p.state.chineseName, "stateKey": p.state.rawValue,
         "submittedAt": Shanghai.minute(p.submittedAt), "outlet": p.outlet?.chineseName ?? "", "outletName": p.outletName ?? ""]
    }

    /// Per unit: sent, adopted and adopted by level, most adopted first.
    static func counts(_ pieces: [PublicitySubmission]) -> [[String: Any]] {
        Dictionary(grouping: pieces, by: \.unit).map { unit, list in
            (unit, list.count, list.filter { $0.state == .adopted })
        }.sorted { ($1.2.count, $0.0) < ($0.2.count, $1.0) }.map { unit, sent, adopted in
            ["unit": unit, "sent": sent, "adopted": adopted.count,
             "levels": PublicitySubmission.Outlet.allCases.map { outlet in adopted.filter { $0.outlet == outlet }.count }]
        }
    }

    private func submit(_ request: Request, _ context: AppContext) async throws -> Response {
        let account = try context.account()
        guard let unit = account.unit else { throw Refusal.forbidden("报送宣传稿件", "send publicity pieces") }
        try context.require(.submitPublicity, units: [unit])
        let form = try await FormInput.read(request, context: context, fieldLimit: 64 * 1024)
        let title = (form["title"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let text = (form["text"] ?? "").replacingOccurrences(of: "\r\n", with: "\n")
        let problems = PublicitySubmission.problems(title: title, text: text)
        guard problems.isEmpty else {
            return try await list(context, typed: form, problems: problems.map(\.message), status: .unprocessableContent)
        }
        let current = try await services.currentPlan()
        let saved = try await services.store.submitPublicity(PublicitySubmission(
            planID: current.id, unit: unit, title: title, text: text, submittedBy: account.login, submittedAt: services.eventTime()))
        return .redirect(to: "/publicity/\(saved.id ?? 0)")
    }

    /// The piece, if the account may read it: its own unit's, or all for the office and readers of all.
    private func piece(_ context: AppContext) async throws -> (Account, PublicitySubmission, String) {
        let current = try await services.currentPlan()
        let id = try context.parameters.require("id", as: Int64.self)
        guard let piece = try await services.store.publicitySubmission(id: id), piece.planID == current.id else {
            throw Refusal.notFound("该宣传稿件", "publicity piece")
        }
        let office = office(current.plan)
        let account = try context.require(.readPublicity, units: [piece.unit, office])
        return (account, piece, office)
    }

    private func page(_ context: AppContext) async throws -> Response {
        let (account, piece, office) = try await piece(context)
        var data = Frame.data(context, services, title: piece.title, active: "publicity")
        data.merge(Self.row(piece)) { $1 }
        data["text"] = piece.text
        data["submittedBy"] = piece.submittedBy
        data["note"] = piece.note ?? ""
        data["decidedBy"] = piece.decidedBy ?? ""
        data["decidedAt"] = piece.decidedAt.map(Shanghai.minute) ?? ""
        data["decided"] = piece.state != .submitted
        data["version"] = piece.version
        data["office"] = office
        data["canDecide"] = piece.state == .submitted && Access.allows(account, .decidePublicity, units: [office])
        data["outlets"] = PublicitySubmission.Outlet.allCases.map { ["value": $0.rawValue, "name": $0.chineseName] }
        return services.pages.page("publicity-item", data)
    }

    private func decide(_ request: Request, _ context: AppContext) async throws -> Response {
        let (account, piece, office) = try await piece(context)
        try context.require(.decidePublicity, units: [office])
        let form = try await FormInput.read(request, context: context)
        guard let state = form["state"].flatMap(PublicitySubmission.State.init(rawValue:)), state != .submitted else {
            throw Refusal(.unprocessableContent, zh: "请选择采用、退回修改或存档。", en: "Choose adopt, return or file.", field: "state")
        }
        let outlet = form["outlet"].flatMap(PublicitySubmission.Outlet.init(rawValue:))
        if state == .adopted && outlet == nil {
            throw Refusal(.unprocessableContent, zh: "采用的稿件须注明采用级别（市委改革办、市级、省级、国家级）。",
                          en: "Say where it was adopted.", field: "outlet")
        }
        let note = form.text("note")
        if state != .adopted && note == nil {
            throw Refusal(.unprocessableContent, zh: "退回或存档须写明理由，单位会看到。", en: "Say why.", field: "note")
        }
        let version = try form.version()
        try await services.store.decidePublicity(id: piece.id ?? 0, expectedVersion: version, state: state,
                                                 outlet: state == .adopted ? outlet : nil,
                                                 outletName: state == .adopted ? form.text("outletName") : nil, note: note,
                                                 by: account.login, at: services.eventTime())
        return .redirect(to: "/publicity/\(piece.id ?? 0)")
    }
}
