import Foundation
import PlanStore
import ReformPlan

/// The rules of supervision notices that the notice pages and the JSON API
/// share: finding a notice, issuing one, and each action on it (who may, from
/// which state, what it records). Callers read their own input and pass it
/// here already typed.
struct NoticeDesk {
    let services: Services

    /// A notice of the current plan, by id; 404 for another plan's or none.
    func notice(id: Int64?) async throws -> SupervisionNotice {
        guard let id, let (planID, notice) = try await services.store.notice(id: id),
              let current = try await services.plans.current(), current.id == planID else {
            throw Refusal.notFound("该督办单", "notice")
        }
        return notice
    }

    /// Checks and stores a new notice from the signed-in supervisor; it comes back numbered.
    func issue(project: Int?, unit: String?, phase: PhaseKey?, reason: String?, replyDue: String?,
               context: AppContext) async throws -> SupervisionNotice {
        let account = try context.require(.issueNotice)
        let current = try await services.currentPlan()
        let notice = try NoticeInput.check(project: project, unit: unit, phase: phase, reason: reason, replyDue: replyDue,
                                           plan: current.plan, issuedBy: account.login, today: services.today())
        return try await services.store.issueNotice(notice, planID: current.id, by: account.login, at: services.now())
    }

    /// Does `action` on notice `id` as the signed-in account. `text` is the
    /// reply (required for `.reply`; `textField` names where it was given) or
    /// the closing or escalating note. Two people acting on one notice at
    /// once: the second finds its state changed (409).
    func act(_ action: SupervisionNotice.Action, on id: Int64?, text: String?, textField: String,
             context: AppContext) async throws -> SupervisionNotice {
        var notice = try await notice(id: id)
        let account = try context.require(action.operation, units: [notice.unit])
        let before = notice.state
        guard action.allowedFrom.contains(before) else {
            throw Refusal(.conflict, zh: "督办单当前为“\(before.chineseName)”，不能\(action.chineseName)。",
                          en: "The notice is \(before.rawValue); it cannot be \(action.pastTense) now.")
        }
        let text = text?.trimmingCharacters(in: .whitespacesAndNewlines)
        let said = text?.isEmpty == false ? text : nil
        let now = services.now()
        switch action {
        case .sign:
            notice.signedBy = account.login
            notice.signedAt = services.eventTime()
        case .reply:
            guard let said else {
                throw Refusal(.unprocessableContent, zh: "回复内容不能为空。", en: "The reply is empty.", field: textField)
            }
            notice.reply = said
            notice.repliedBy = account.login
            notice.repliedAt = services.eventTime()
            if notice.signedBy == nil { notice.signedBy = account.login; notice.signedAt = services.eventTime() }
        case .close:
            notice.closingNote = said
        case .escalate:
            let plan = try await services.currentPlan().plan
            notice.escalatedTo = plan.project(notice.project)?.responsibility.leaderInCharge ?? "分管领导"
            notice.closingNote = said
        }
        notice.state = action.result
        try await services.store.updateNotice(notice, expectedState: before, by: account.login, at: now)
        return notice
    }
}

extension SupervisionNotice.Action {
    var chineseName: String {
        switch self {
        case .sign: "签收"
        case .reply: "回复"
        case .close: "办结"
        case .escalate: "提级督办"
        }
    }

    var pastTense: String {
        switch self {
        case .sign: "signed"
        case .reply: "replied to"
        case .close: "closed"
        case .escalate: "escalated"
        }
    }
}

/// A new notice, checked field by field: the project, a unit that answers
/// for it, a phase of that project (or none), a reason, and a reply date not
/// before today. The field names are the same in the form and the API body.
enum NoticeInput {
    static func check(project number: Int?, unit: String?, phase: PhaseKey?, reason: String?, replyDue: String?,
                      plan: Plan, issuedBy: String, today: Day) throws -> SupervisionNotice {
        guard let number, let project = plan.project(number) else {
            throw Refusal(.unprocessableContent, zh: "请选择督办的项目。", en: "Choose the project.", field: "project")
        }
        let units = project.responsibility.answeringUnits
        guard let unit = unit?.trimmingCharacters(in: .whitespacesAndNewlines), units.contains(unit) else {
            throw Refusal(.unprocessableContent, zh: "请选择负责项目\(number)的单位（\(units.joined(separator: "、"))）。",
                          en: "Choose a unit that answers for project \(number).", field: "unit")
        }
        if let phase, !plan.phases(of: number).contains(where: { PhaseKey($0) == phase }) {
            throw foreignPhase(number)
        }
        guard let reason = reason?.trimmingCharacters(in: .whitespacesAndNewlines), !reason.isEmpty else {
            throw Refusal(.unprocessableContent, zh: "请填写督办事由。", en: "Give the reason.", field: "reason")
        }
        guard let dueText = replyDue?.trimmingCharacters(in: .whitespaces), let due = Day(iso: dueText) else {
            throw Refusal(.unprocessableContent, zh: "回复期限应为 yyyy-mm-dd 格式的日期。", en: "The reply date must be yyyy-mm-dd.", field: "replyDue")
        }
        guard due >= today else {
            throw Refusal(.unprocessableContent, zh: "回复期限\(due)早于今天（\(today)）。", en: "The reply date \(due) is before today (\(today)).", field: "replyDue")
        }
        return SupervisionNotice(year: today.year, serial: 0, unit: unit, project: number, phase: phase, reason: reason,
                                 replyDue: due, issuedBy: issuedBy, issuedOn: today)
    }

    static func foreignPhase(_ project: Int) -> Refusal {
        Refusal(.unprocessableContent, zh: "所选阶段不属于项目\(project)。", en: "That phase is not one of project \(project)'s.", field: "phase")
    }
}
