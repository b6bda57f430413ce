import Foundation
import ReformPlan
import SQLKit

/// What the year-end assessment keeps: scheme versions, recorded events,
/// adjustments and objections. Every change is in the audit log, with the
/// reason where there is one.
extension PlanStore {
    /// Adopts a scheme file as the plan's next version; returns its number.
    @discardableResult
    public func adoptAssessmentScheme(planID: Int, yaml: String, note: String, by actor: String, at date: Date) async throws -> Int {
        try await change { db, _ in
            try await Self.requirePlan(planID, in: db)
            let last = try await db.raw("SELECT MAX(version) AS version FROM assessment_schemes WHERE plan_id = \(bind: planID)")
                .first()?.int(ifAny: "version") ?? 0
            try await db.insert(into: "assessment_schemes").columns("plan_id", "version", "yaml", "note", "adopted_by", "adopted_at")
                .values(planID, last + 1, yaml, note, actor, Timestamp.text(date)).run()
            return (last + 1, [AuditEvent(actor: actor, at: date, action: "assessment.scheme", entity: "assessment",
                                          entityID: "scheme.\(last + 1)", planID: planID,
                                          after: try AuditJSON.text(["note": [note], "yaml": [yaml]]))])
        }
    }

    /// Every adopted version, newest first.
    public func assessmentSchemes(planID: Int) async throws -> [StoredScheme] {
        try await open().reader.raw("""
            SELECT * FROM assessment_schemes WHERE plan_id = \(bind: planID) ORDER BY version DESC
            """).all().map { row in
            StoredScheme(version: try row.int("version"), yaml: try row.string("yaml"), note: try row.string("note"),
                         adoptedBy: try row.string("adopted_by"), adoptedAt: try row.date("adopted_at", in: "assessment_schemes"))
        }
    }

    @discardableResult
    public func recordAssessmentEvent(planID: Int, unit: String, event: AssessmentEvent, by actor: String,
                                      at date: Date) async throws -> Int64 {
        try await change { db, _ in
            try await Self.requirePlan(planID, in: db)
            let row = try await db.insert(into: "assessment_events")
                .columns("plan_id", "unit", "kind", "day", "description", "reference", "recorded_by", "recorded_at")
                .values(planID, unit, event.kind.rawValue, event.date.description, event.description, event.reference,
                        actor, Timestamp.text(date))
                .returning("id").first()
            let id = try row!.int64("id")
            return (id, [AuditEvent(actor: actor, at: date, action: "assessment.event", entity: "assessment",
                                    entityID: "event.\(id)", planID: planID,
                                    after: try AuditJSON.text(["unit": [unit], "kind": [event.kind.rawValue],
                                                               "description": [event.description]]))])
        }
    }

    /// Recorded events by unit, oldest first.
    public func assessmentEvents(planID: Int) async throws -> [String: [AssessmentEvent]] {
        let rows = try await open().reader.raw("""
            SELECT * FROM assessment_events WHERE plan_id = \(bind: planID) ORDER BY day, id
            """).all()
        var events: [String: [AssessmentEvent]] = [:]
        for row in rows {
            events[try row.string("unit"), default: []].append(AssessmentEvent(
                id: try row.int64("id"), kind: try row.value("kind", in: "assessment_events"),
                date: try row.day("day", in: "assessment_events"), description: try row.string("description"),
                reference: try row.string(ifAny: "reference")))
        }
        return events
    }

    public func addAssessmentAdjustment(planID: Int, _ adjustment: AssessmentAdjustment) async throws {
        try await change { db, _ in
            try await Self.requirePlan(planID, in: db)
            try await db.insert(into: "assessment_adjustments").columns("plan_id", "unit", "points", "reason", "made_by", "made_at")
                .values(planID, adjustment.unit, adjustment.points, adjustment.reason, adjustment.by, Timestamp.text(adjustment.at))
                .run()
            return ((), [AuditEvent(actor: adjustment.by, at: adjustment.at, action: "assessment.adjust", entity: "assessment",
                                    entityID: adjustment.unit, planID: planID,
                                    after: try AuditJSON.text(["points": [String(adjustment.points)], "reason": [adjustment.reason]]))])
        }
    }

    public func assessmentAdjustments(planID: Int) async throws -> [AssessmentAdjustment] {
        try await open().reader.raw("""
            SELECT * FROM assessment_adjustments WHERE plan_id = \(bind: planID) ORDER BY made_at, id
            """).all().map { row in
            AssessmentAdjustment(unit: try row.string("unit"), points: try row.double("points"), reason: try row.string("reason"),
                                 by: try row.string("made_by"), at: try row.date("made_at", in: "assessment_adjustments"))
        }
    }

    @discardableResult
    public func fileObjection(planID: Int, _ objection: AssessmentObjection) async throws -> Int64 {
        try await change { db, _ in
            try await Self.requirePlan(planID, in: db)
            let row = try await db.insert(into: "assessment_objections").columns("plan_id", "unit", "text", "filed_by", "filed_at")
                .values(planID, objection.unit, objection.text, objection.filedBy, Timestamp.text(objection.filedAt))
                .returning("id").first()
            let id = try row!.int64("id")
            return (id, [AuditEvent(actor: objection.filedBy, at: objection.filedAt, action: "assessment.object",
                                    entity: "assessment", entityID: "objection.\(id)", planID: planID,
                                    after: try AuditJSON.text(["unit": [objection.unit], "text": [objection.text]]))])
        }
    }

    /// Answers an objection once; a second answer is a `stateConflict`.
    public func answerObjection(id: Int64, answer: String, by actor: String, at date: Date) async throws {
        try await change { db, sqlite in
            guard let row = try await db.raw("SELECT plan_id, answer FROM assessment_objections WHERE id = \(bind: id)"
                + .forUpdate(sqlite: sqlite)).first() else {
                throw StoreError.notFound(entity: "objection", id: String(id))
            }
            guard try row.string(ifAny: "answer") == nil else {
                throw StoreError.stateConflict(entity: "objection", id: String(id), current: "answered")
            }
            try await db.raw("""
                UPDATE assessment_objections SET answer = \(bind: answer), answered_by = \(bind: actor),
                    answered_at = \(bind: Timestamp.text(date)) WHERE id = \(bind: id)
                """).run()
            return ((), [AuditEvent(actor: actor, at: date, action: "assessment.answer", entity: "assessment",
                                    entityID: "objection.\(id)", planID: try row.int("plan_id"),
                                    after: try AuditJSON.text(["answer": [answer]]))])
        }
    }

    public func objections(planID: Int) async throws -> [AssessmentObjection] {
        try await open().reader.raw("""
            SELECT * FROM assessment_objections WHERE plan_id = \(bind: planID) ORDER BY filed_at, id
            """).all().map { row in
            AssessmentObjection(id: try row.int64("id"), unit: try row.string("unit"), text: try row.string("text"),
                                filedBy: try row.string("filed_by"), filedAt: try row.date("filed_at", in: "assessment_objections"),
                                answer: try row.string(ifAny: "answer"), answeredBy: try row.string(ifAny: "answered_by"),
                                answeredAt: try row.date(ifAny: "answered_at", in: "assessment_objections"))
        }
    }
}
