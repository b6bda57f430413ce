import Foundation
import OpenAPIRuntime
import PlanStore
import ReformPlan

/// Supervision notices through the API: the notice pages' rules (`NoticeDesk`).
extension LuoshiAPI {
    func listNotices(_ input: Operations.ListNotices.Input) async throws -> Operations.ListNotices.Output {
        try APIRequest.current().require(.readNotice)
        let query = input.query
        let paging = try Paging(query.page, query.perPage)
        try Check.line(query.unit, "unit", max: 100)
        let current = try await services.currentPlan()
        let notices = try await services.store.notices(planID: current.id, unit: query.unit, openOnly: query.open == true)
            .filter { query.open != false || !$0.state.isOpen }
        let page = paging.slice(notices), today = services.today()
        return .ok(.init(body: .json(.init(items: page.items.map { S.Notice($0, asOf: today) }, page: paging.page,
                                           perPage: paging.perPage, total: page.total))))
    }

    func issueNotice(_ input: Operations.IssueNotice.Input) async throws -> Operations.IssueNotice.Output {
        let context = try APIRequest.current()
        try context.require(.issueNotice)
        let new = switch input.body { case .json(let body): body }
        try Check.range(new.project, 1...9999, "project")
        try Check.unit(new.unit)
        try Check.range(new.phase?.stream, 1...99, "phase.stream")
        try Check.range(new.phase?.order, 1...99, "phase.order")
        try Check.paragraph(new.reason, "reason", max: 2000, required: true)
        let notice = try await notices.issue(project: new.project, unit: new.unit,
                                             phase: new.phase.map { PhaseKey(stream: $0.stream, order: $0.order) },
                                             reason: new.reason, replyDue: new.replyDue, context: context)
        return .created(.init(body: .json(S.Notice(notice, asOf: services.today()))))
    }

    func getNotice(_ input: Operations.GetNotice.Input) async throws -> Operations.GetNotice.Output {
        try APIRequest.current().require(.readNotice)
        try Check.id(input.path.id)
        let notice = try await notices.notice(id: input.path.id)
        return .ok(.init(body: .json(S.Notice(notice, asOf: services.today()))))
    }

    func actOnNotice(_ input: Operations.ActOnNotice.Input) async throws -> Operations.ActOnNotice.Output {
        let context = try APIRequest.current()
        try Check.id(input.path.id)
        let text: String? = switch input.body { case .json(let body): body.text; case nil: nil }
        try Check.paragraph(text, "text", max: 2000)
        let action: SupervisionNotice.Action = APIValue.map(input.path.action)
        let notice = try await notices.act(action, on: input.path.id, text: text, textField: "text", context: context)
        return .ok(.init(body: .json(S.Notice(notice, asOf: services.today()))))
    }
}
