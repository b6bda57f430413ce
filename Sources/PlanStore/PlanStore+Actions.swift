import Foundation
import ReformPlan
import SQLKit

/// Tracked actions (a meeting's decisions, an inspection's rectification
/// items): given to a unit with a message, reported done by it with its
/// evidence, closed (销号) or sent back by the supervising office; each step
/// at the version the page showed, audited.
extension PlanStore {
    /// Inserts an action inside a change already under way; the audit event carries the unit's message.
    static func insertAction(_ action: TrackedAction, origin: String, in db: any SQLDatabase, at date: Date) async throws -> (TrackedAction, AuditEvent) {
        let row = try await db.insert(into: "tracked_actions")
            .columns("plan_id", "source_kind", "source_id", "finding_id", "title", "unit", "due", "state", "created_by", "created_at", "version")
            .values(action.planID, action.source.kind, action.source.id, action.findingID, action.title, action.unit,
                    action.due.description, TrackedAction.State.open.rawValue, action.createdBy, Timestamp.text(date), 1)
            .returning("id").first()
        var saved = action
        saved.id = try row!.int64("id")
        saved.state = .open
        saved.version = 1
        let event = AuditEvent(actor: action.createdBy, at: date, action: "action.assign", entity: "action", entityID: String(saved.id!),
                               planID: action.planID,
                               after: try AuditJSON.text(["source": "\(action.source.kind):\(action.source.id)", "title": action.title,
                                                          "unit": action.unit, "due": action.due.description]),
                               messages: [Messages.actionAssigned(saved, from: origin)])
        return (saved, event)
    }

    @discardableResult
    public func assignAction(_ action: TrackedAction, origin: String, at date: Date) async throws -> TrackedAction {
        try await change { db, _ in
            try await Self.requirePlan(action.planID, in: db)
            let (saved, event) = try await Self.insertAction(action, origin: origin, in: db, at: date)
            return (saved, [event])
        }
    }

    public enum ActionStep: String, Sendable {
        /// The owner unit says it is done, with its evidence.
        case report
        /// The office checks and closes it (from reported, or from open when it saw for itself).
        case close
        /// The office sends a report back: the action is open again.
        case sendBack
    }

    /// One step of an action's way to closure; refused from a state it does not start from.
    @discardableResult
    public func advanceAction(id: Int64, expectedVersion: Int, step: ActionStep, text: String, by actor: String,
                              on day: Day, at date: Date) async throws -> TrackedAction {
        try await change { db, sqlite in
            guard let row = try await db.raw("SELECT * FROM tracked_actions WHERE id = \(bind: id)" + .forUpdate(sqlite: sqlite)).first() else {
                throw StoreError.notFound(entity: "action", id: String(id))
            }
            var action = try Self.action(row)
            guard action.version == expectedVersion else {
                throw StoreError.versionConflict(current: action.version, updatedBy: action.closedBy ?? action.reportedBy ?? action.createdBy)
            }
            let allowed: [TrackedAction.State] = switch step {
            case .report: [.open]
            case .close: [.open, .reported]
            case .sendBack: [.reported]
            }
            guard allowed.contains(action.state) else {
                throw StoreError.stateConflict(entity: "action", id: String(id), current: action.state.rawValue)
            }
            var messages: [Message] = []
            switch step {
            case .report:
                (action.state, action.evidence, action.reportedBy, action.reportedOn) = (.reported, text, actor, day)
            case .close:
                (action.state, action.note, action.closedBy, action.closedOn) = (.closed, text, actor, day)
                messages.append(Messages.actionClosed(action))
            case .sendBack:
                (action.state, action.note) = (.open, text)
                messages.append(Messages.actionReturned(action))
            }
            action.version += 1
            try await db.raw("""
                UPDATE tracked_actions SET state = \(bind: action.state.rawValue), evidence = \(bind: action.evidence),
                    reported_by = \(bind: action.reportedBy), reported_on = \(bind: action.reportedOn?.description),
                    note = \(bind: action.note), closed_by = \(bind: action.closedBy), closed_on = \(bind: action.closedOn?.description),
                    version = \(bind: action.version) WHERE id = \(bind: id)
                """).run()
            return (action, [AuditEvent(actor: actor, at: date, action: "action.\(step.rawValue)", entity: "action", entityID: String(id),
                                        planID: action.planID, after: try AuditJSON.text(["state": action.state.rawValue, "text": text]),
                                        messages: messages)])
        }
    }

    /// The plan's actions, soonest due first; narrowed to a source, a unit or the unclosed ones.
    public func actions(planID: Int, source: TrackedAction.Source? = nil, unit: String? = nil, openOnly: Bool = false) async throws -> [TrackedAction] {
        var query: SQLQueryString = "SELECT * FROM tracked_actions WHERE plan_id = \(bind: planID)"
        if let source { query += " AND source_kind = \(bind: source.kind) AND source_id = \(bind: source.id)" }
        if let unit { query += " AND unit = \(bind: unit)" }
        if openOnly { query += " AND state <> 'closed'" }
        return try await open().reader.raw(query + " ORDER BY due, id").all().map(Self.action)
    }

    public func action(id: Int64) async throws -> TrackedAction? {
        try await open().reader.raw("SELECT * FROM tracked_actions WHERE id = \(bind: id)").first().map(Self.action)
    }

    static func action(_ row: any SQLRow) throws -> TrackedAction {
        let kind = try row.string("source_kind"), sourceID = try row.int64("source_id")
        guard let source = TrackedAction.Source(kind: kind, id: sourceID) else {
            throw StoreError.unreadable(table: "tracked_actions", column: "source_kind", value: kind)
        }
        return TrackedAction(
            id: try row.int64("id"), planID: try row.int("plan_id"), source: source,
            findingID: try row.int(ifAny: "finding_id").map(Int64.init), title: try row.string("title"), unit: try row.string("unit"),
            due: try row.day("due", in: "tracked_actions"), state: try row.value("state", in: "tracked_actions"),
            evidence: try row.string(ifAny: "evidence"), reportedBy: try row.string(ifAny: "reported_by"),
            reportedOn: try row.day(ifAny: "reported_on", in: "tracked_actions"), note: try row.string(ifAny: "note"),
            closedBy: try row.string(ifAny: "closed_by"), closedOn: try row.day(ifAny: "closed_on", in: "tracked_actions"),
            createdBy: try row.string("created_by"), version: try row.int("version"))
    }
}
