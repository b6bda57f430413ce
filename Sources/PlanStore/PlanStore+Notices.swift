import Foundation
import ReformPlan
import SQLKit

/// Supervision notices (督办单). Like reports they name the project by number and
/// the unit by name, so plan reloads leave them alone.
extension PlanStore {
    /// Stores a new notice with the next serial number of its plan and year
    /// (`notice.year`; the given serial is ignored) and returns it with id and serial.
    public func issueNotice(_ notice: SupervisionNotice, planID: Int, by actor: String, at date: Date) async throws -> SupervisionNotice {
        try await change { db, _ in
            try await Self.requirePlan(planID, in: db)
            // One counter row per plan and year, bumped in one statement: on PostgreSQL the
            // second of two concurrent issues waits on the row and then gets the next number.
            let counter = try await db.raw("""
                INSERT INTO notice_serials (plan_id, year, last_serial) VALUES (\(bind: planID), \(bind: notice.year), 1)
                ON CONFLICT (plan_id, year) DO UPDATE SET last_serial = notice_serials.last_serial + 1
                RETURNING last_serial
                """).first()
            let serial = try counter!.int("last_serial")
            let row = try await db.insert(into: "supervision_notices")
                .columns(["plan_id", "year", "serial"] + NoticeRows.columns)
                .values([planID, notice.year, serial] + NoticeRows.values(notice))
                .returning("*").first()
            let stored = try NoticeRows.notice(row!)
            let title = try await Self.projectTitle(planID: planID, number: stored.project, in: db)
            return (stored, [AuditEvent(actor: actor, at: date, action: "notice.issue", entity: "notice",
                                        entityID: String(stored.id!), planID: planID, project: stored.project,
                                        after: try AuditJSON.text(stored),
                                        messages: [Messages.noticeIssued(stored, projectTitle: title)])])
        }
    }

    /// A plan's notices by year and serial, narrowed by unit, project, and to
    /// those not closed when `openOnly`.
    public func notices(planID: Int, unit: String? = nil, project: Int? = nil,
                        openOnly: Bool = false) async throws -> [SupervisionNotice] {
        var query: SQLQueryString = "SELECT * FROM supervision_notices WHERE plan_id = \(bind: planID)"
        if let unit { query += " AND unit = \(bind: unit)" }
        if let project { query += " AND project = \(bind: project)" }
        if openOnly { query += " AND state <> \(bind: SupervisionNotice.State.closed.rawValue)" }
        return try await open().reader.raw(query + " ORDER BY year, serial").all().map(NoticeRows.notice)
    }

    public func notice(id: Int64) async throws -> (planID: Int, notice: SupervisionNotice)? {
        guard let row = try await open().sql.raw("SELECT * FROM supervision_notices WHERE id = \(bind: id)").first() else {
            return nil
        }
        return (try row.int("plan_id"), try NoticeRows.notice(row))
    }

    /// Writes the notice's fields (all but its plan, year and serial). Whether the
    /// change of state is allowed is the caller's rule; when `expectedState` is
    /// given, the stored notice must still be in it, or this throws
    /// `StoreError.stateConflict` — two people answering one notice at once.
    /// The audit entry holds the notice before and after.
    public func updateNotice(_ notice: SupervisionNotice, expectedState: SupervisionNotice.State? = nil,
                             by actor: String, at date: Date) async throws {
        guard let id = notice.id else { throw StoreError.notFound(entity: "notice", id: "without an id") }
        try await change { db, sqlite in
            guard let row = try await db.raw("""
                SELECT * FROM supervision_notices WHERE id = \(bind: id)
                """ + .forUpdate(sqlite: sqlite)).first() else {
                throw StoreError.notFound(entity: "notice", id: String(id))
            }
            let before = try NoticeRows.notice(row), planID = try row.int("plan_id")
            if let expectedState, before.state != expectedState {
                throw StoreError.stateConflict(entity: "notice", id: String(id), current: before.state.rawValue)
            }
            let update = db.update("supervision_notices").where("id", .equal, id)
            for (column, value) in zip(NoticeRows.columns, NoticeRows.values(notice)) { _ = update.set(column, to: value) }
            try await update.run()
            let after = try NoticeRows.notice(try await db.raw("SELECT * FROM supervision_notices WHERE id = \(bind: id)").first()!)
            if after == before { return ((), []) }
            var told: [Message] = []
            if after.state == .escalated, before.state != .escalated {
                let title = try await Self.projectTitle(planID: planID, number: after.project, in: db)
                told.append(Messages.noticeEscalated(after, projectTitle: title))
            }
            return ((), [AuditEvent(actor: actor, at: date, action: NoticeRows.auditAction(from: before.state, to: after.state),
                                    entity: "notice", entityID: String(id), planID: planID, project: after.project,
                                    before: try AuditJSON.text(before), after: try AuditJSON.text(after), messages: told)])
        }
    }

    /// A project's title for a message; nil when the plan no longer has it.
    static func projectTitle(planID: Int, number: Int, in db: any SQLDatabase) async throws -> String? {
        try await db.raw("SELECT title FROM projects WHERE plan_id = \(bind: planID) AND number = \(bind: number)").first()?.string("title")
    }
}
