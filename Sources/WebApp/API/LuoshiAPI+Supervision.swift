import Foundation
import OpenAPIRuntime
import PlanStore
import ReformPlan

/// The escalation ladder and the tracked actions through the API, read-only:
/// who stands where, who owes what by when — as the ladder and actions pages show it.
extension LuoshiAPI {
    func getLadder(_ input: Operations.GetLadder.Input) async throws -> Operations.GetLadder.Output {
        let account = try APIRequest.current().require(.readLadder)
        let current = try await services.currentPlan()
        var standings = try await LadderDesk(services: services, current: current).standings()
        if Access.scope(of: account.role, for: .readLadder) != .all { standings = standings.filter { $0.unit == account.unit } }
        return .ok(.init(body: .json(standings.map(S.LadderStanding.init))))
    }

    func listActions(_ input: Operations.ListActions.Input) async throws -> Operations.ListActions.Output {
        try APIRequest.current().require(.readPlan)
        let query = input.query
        let paging = try Paging(query.page, query.perPage)
        try Check.line(query.unit, "unit", max: 100)
        let current = try await services.currentPlan()
        let state: TrackedAction.State? = APIValue.map(query.state)
        let actions = try await services.store.actions(planID: current.id, unit: query.unit).filter { state == nil || $0.state == state }
        let page = paging.slice(actions), today = services.today()
        return .ok(.init(body: .json(.init(items: page.items.map { S.Action($0, asOf: today) }, page: paging.page,
                                           perPage: paging.perPage, total: page.total))))
    }
}

extension S.LadderStanding {
    init(_ s: LadderStanding) {
        self.init(unit: s.unit, reached: s.reached.map(Self.rung), since: s.since?.description, highest: s.highest.map(Self.rung),
                  counts: .init(additionalProperties: Dictionary(uniqueKeysWithValues: Rung.allCases.map { (Self.rung($0).rawValue, s.counts[$0] ?? 0) })),
                  daysLate: s.daysLate, due: s.due.map(Self.rung), reason: s.reason)
    }

    static func rung(_ rung: Rung) -> S.Rung {
        switch rung {
        case .reminder: .reminder
        case .pressed: .pressed
        case .notice: .notice
        case .bulletin: .bulletin
        case .interview: .interview
        case .accountability: .accountability
        }
    }
}

extension S.Action {
    init(_ a: TrackedAction, asOf: Day) {
        let source: S.Action.SourcePayload = switch a.source {
        case .meeting: .meeting
        case .inspection: .inspection
        }
        self.init(id: a.id ?? 0, source: source, sourceId: a.source.id, title: a.title,
                  unit: a.unit, due: a.due.description, state: APIValue.map(a.state), overdue: a.isOverdue(asOf: asOf),
                  evidence: a.evidence, reportedOn: a.reportedOn?.description, note: a.note, closedOn: a.closedOn?.description)
    }
}
