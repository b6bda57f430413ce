import Foundation
import Hummingbird
import PlanStore
import ReformPlan

/// Tracked actions at /actions: every decision of a meeting and every
/// rectification item of an inspection, with who answers for it, by when and
/// where it stands; the owner unit reports one done with its evidence, the
/// supervising office closes it (销号) or sends it back with its reason.
struct ActionRoutes {
    let services: Services

    func add(to router: Router<AppContext>) {
        router.get("/actions") { request, context in try await list(request, context) }
        router.post("/actions/{id}/{step}") { request, context in try await advance(request, context) }
    }

    private func list(_ request: Request, _ context: AppContext) async throws -> Response {
        let account = try context.require(.readPlan)
        let current = try await services.currentPlan()
        let today = services.today()
        let unit = request.uri.queryParameters["unit"].map(String.init).flatMap { $0.isEmpty ? nil : $0 }
        let all = try await services.store.actions(planID: current.id, unit: unit)
        let filter = request.uri.queryParameters["state"].map(String.init) ?? "unclosed"
        let shown = all.filter { action in
            switch filter {
            case "overdue": action.isOverdue(asOf: today)
            case "reported": action.state == .reported
            case "closed": action.state == .closed
            case "all": true
            default: action.state != .closed
            }
        }
        var data = Frame.data(context, services, title: "交办事项", active: "meetings")
        data["tab_actions"] = true
        data["actions"] = ActionView.rows(shown, account: account, today: today)
        data["tabs"] = [("unclosed", "未销号"), ("overdue", "逾期"), ("reported", "待销号"), ("closed", "已销号"), ("all", "全部")].map { key, name in
            ["href": "/actions?state=\(key)" + (unit.map { "&unit=" + ($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? $0) } ?? ""), "name": name, "current": key == filter]
        }
        data["unit"] = unit ?? ""
        data["showSource"] = true
        return services.pages.page("actions", data)
    }

    private func advance(_ request: Request, _ context: AppContext) async throws -> Response {
        let id = try context.parameters.require("id", as: Int64.self)
        let step: PlanStore.ActionStep
        switch context.parameters.get("step") {
        case "report": step = .report
        case "close": step = .close
        case "sendback": step = .sendBack
        default: throw Refusal.notFound("该操作", "step")
        }
        // The role first, so that whether an action exists is told only to those who may act on one.
        let operation: ReformPlan.Operation = step == .report ? .reportAction : .runMeetings
        _ = try context.require(operation)
        let current = try await services.currentPlan()
        guard let action = try await services.store.action(id: id), action.planID == current.id else {
            throw Refusal.notFound("该交办事项", "action")
        }
        let account = try context.require(operation, units: step == .report ? [action.unit] : [])
        let form = try await FormInput.read(request, context: context, fieldLimit: 16 * 1024)
        let text = (form["text"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if text.count < 4 {
            let (zh, en) = switch step {
            case .report: ("请写明办理情况和依据（文件、会议纪要编号或链接，至少4个字）。", "Say what was done and where to see it.")
            case .close: ("请写明销号意见（核实情况，至少4个字）。", "Say how it was checked.")
            case .sendBack: ("请写明退回的理由（至少4个字），单位会看到。", "Say why it goes back.")
            }
            throw Refusal(.unprocessableContent, zh: zh, en: en, field: "text")
        }
        if text.count > 2000 {
            throw Refusal(.unprocessableContent, zh: "不超过2000字，现为\(text.count)字。", en: "At most 2,000 characters.", field: "text")
        }
        let version = try form.version()
        try await services.store.advanceAction(id: id, expectedVersion: version, step: step, text: text, by: account.login,
                                               on: services.today(), at: services.now())
        return .redirect(to: request.refererPage ?? action.source.path)
    }
}

/// How actions read in a table, with the controls the account may use.
enum ActionView {
    /// What an action is, the same for every reader (the dashboard's cached body shows this much).
    static func summary(_ action: TrackedAction, today: Day) -> [String: Any] {
        let overdue = action.isOverdue(asOf: today)
        return [
            "id": action.id ?? 0, "version": action.version, "title": action.title, "unit": action.unit,
            "unitLink": UnitRoutes.path(action.unit), "due": action.due.description, "overdue": overdue,
            "state": overdue ? "逾期未办结" : action.state.chineseName, "stateKey": overdue ? "overdue" : action.state.rawValue,
            "source": action.source.chineseName, "sourceLink": action.source.path,
        ]
    }

    /// The summary with what was done and said, and the controls this account may use.
    static func rows(_ actions: [TrackedAction], account: Account, today: Day) -> [[String: Any]] {
        actions.map { action in
            summary(action, today: today).merging([
                "evidence": action.evidence ?? "", "reportedOn": action.reportedOn?.description ?? "", "note": action.note ?? "",
                "closedOn": action.closedOn?.description ?? "",
                "canReport": action.state == .open && Access.allows(account, .reportAction, units: [action.unit]),
                "canClose": action.state != .closed && Access.allows(account, .runMeetings),
                "canSendBack": action.state == .reported && Access.allows(account, .runMeetings),
            ] as [String: Any]) { $1 }
        }
    }
}
