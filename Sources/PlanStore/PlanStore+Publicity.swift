import Foundation
import ReformPlan
import SQLKit

/// Publicity pieces: sent by units, decided by the policy office; audited.
extension PlanStore {
    @discardableResult
    public func submitPublicity(_ piece: PublicitySubmission) async throws -> PublicitySubmission {
        try await change { db, _ in
            try await Self.requirePlan(piece.planID, in: db)
            let row = try await db.insert(into: "publicity_submissions")
                .columns("plan_id", "unit", "title", "text", "submitted_by", "submitted_at", "state", "version")
                .values(piece.planID, piece.unit, piece.title, piece.text, piece.submittedBy, Timestamp.text(piece.submittedAt),
                        PublicitySubmission.State.submitted.rawValue, 1)
                .returning("id").first()
            var saved = piece
            saved.id = try row!.int64("id")
            saved.state = .submitted
            saved.version = 1
            return (saved, [AuditEvent(actor: piece.submittedBy, at: piece.submittedAt, action: "publicity.submit",
                                       entity: "publicity", entityID: String(saved.id!), planID: piece.planID,
                                       after: try AuditJSON.text(["unit": [piece.unit], "title": [piece.title]]))])
        }
    }

    /// The policy office's decision on a piece it has not decided yet; a
    /// decided piece stays as decided (a returned one comes back as a new piece).
    @discardableResult
    public func decidePublicity(id: Int64, expectedVersion: Int, state: PublicitySubmission.State,
                                outlet: PublicitySubmission.Outlet?, outletName: String?, note: String?,
                                by actor: String, at date: Date) async throws -> PublicitySubmission {
        try await change { db, sqlite in
            guard let row = try await db.raw("SELECT * FROM publicity_submissions WHERE id = \(bind: id)"
                + .forUpdate(sqlite: sqlite)).first() else {
                throw StoreError.notFound(entity: "publicity", id: String(id))
            }
            var piece = try Self.publicity(row)
            guard piece.version == expectedVersion else {
                throw StoreError.versionConflict(current: piece.version, updatedBy: piece.decidedBy ?? piece.submittedBy)
            }
            guard piece.state == .submitted else {
                throw StoreError.stateConflict(entity: "publicity", id: String(id), current: piece.state.rawValue)
            }
            piece.state = state
            piece.outlet = outlet
            piece.outletName = outletName
            piece.note = note
            piece.decidedBy = actor
            piece.decidedAt = date
            piece.version += 1
            try await db.raw("""
                UPDATE publicity_submissions SET state = \(bind: state.rawValue), outlet = \(bind: outlet?.rawValue),
                    outlet_name = \(bind: outletName), note = \(bind: note), decided_by = \(bind: actor),
                    decided_at = \(bind: Timestamp.text(date)), version = \(bind: piece.version) WHERE id = \(bind: id)
                """).run()
            return (piece, [AuditEvent(actor: actor, at: date, action: "publicity.decide", entity: "publicity",
                                       entityID: String(id), planID: piece.planID,
                                       after: try AuditJSON.text(["state": [state.rawValue], "outlet": [outlet?.rawValue ?? ""],
                                                                  "note": [note ?? ""]]))])
        }
    }

    /// The plan's pieces, newest first; one unit's when `unit` is given.
    public func publicitySubmissions(planID: Int, unit: String? = nil) async throws -> [PublicitySubmission] {
        let filter: SQLQueryString = unit.map { " AND unit = \(bind: $0)" } ?? ""
        return try await open().reader.raw("SELECT * FROM publicity_submissions WHERE plan_id = \(bind: planID)" + filter
            + " ORDER BY submitted_at DESC, id DESC").all().map(Self.publicity)
    }

    public func publicitySubmission(id: Int64) async throws -> PublicitySubmission? {
        try await open().reader.raw("SELECT * FROM publicity_submissions WHERE id = \(bind: id)").first().map(Self.publicity)
    }

    static func publicity(_ row: any SQLRow) throws -> PublicitySubmission {
        PublicitySubmission(
            id: try row.int64("id"), planID: try row.int("plan_id"), unit: try row.string("unit"), title: try row.string("title"),
            text: try row.string("text"), submittedBy: try row.string("submitted_by"),
            submittedAt: try row.date("submitted_at", in: "publicity_submissions"),
            state: try row.value("state", in: "publicity_submissions"),
            outlet: try row.value(ifAny: "outlet", in: "publicity_submissions"), outletName: try row.string(ifAny: "outlet_name"),
            note: try row.string(ifAny: "note"), decidedBy: try row.string(ifAny: "decided_by"),
            decidedAt: try row.date(ifAny: "decided_at", in: "publicity_submissions"), version: try row.int("version"))
    }
}
