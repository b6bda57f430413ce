import Foundation
import ReformPlan
import SQLKit

/// The ladder's records (催办, 约谈, 问责) and its rules. A record tells the
/// unit in the same transaction (its message goes in the outbox with the
/// audit entry); a referral's result is added once, when the office decides.
extension PlanStore {
    @discardableResult
    public func recordEscalation(_ record: EscalationRecord) async throws -> EscalationRecord {
        try await change { db, _ in
            try await Self.requirePlan(record.planID, in: db)
            // The same record sent twice (a double click, a retried request) is kept once, and the unit told once.
            if let same = try await db.raw("""
                SELECT * FROM escalation_records WHERE plan_id = \(bind: record.planID) AND unit = \(bind: record.unit)
                    AND step = \(bind: record.step.rawValue) AND day = \(bind: record.day.description)
                    AND summary = \(bind: record.summary) AND done_by = \(bind: record.by)
                """).first() {
                return (try Self.escalation(same), [])
            }
            let row = try await db.insert(into: "escalation_records")
                .columns("plan_id", "unit", "step", "day", "summary", "done_by", "outcome", "held", "recorded_by", "recorded_at", "version")
                .values(record.planID, record.unit, record.step.rawValue, record.day.description, record.summary, record.by,
                        record.outcome, record.held.map { $0 ? 1 : 0 }, record.recordedBy, Timestamp.text(record.recordedAt), 1)
                .returning("id").first()
            var saved = record
            saved.id = try row!.int64("id")
            saved.version = 1
            return (saved, [AuditEvent(actor: record.recordedBy, at: record.recordedAt, action: "escalation.\(record.step.rawValue)",
                                       entity: "escalation", entityID: String(saved.id!), planID: record.planID,
                                       after: try AuditJSON.text(["unit": record.unit, "day": record.day.description,
                                                                  "summary": record.summary, "by": record.by,
                                                                  "outcome": record.outcome ?? ""]),
                                       messages: [Messages.escalated(saved)])])
        }
    }

    /// What the office a case was referred to decided: held to account or not, and how.
    @discardableResult
    public func recordReferralResult(id: Int64, expectedVersion: Int, held: Bool, outcome: String,
                                     by actor: String, at date: Date) async throws -> EscalationRecord {
        try await change { db, sqlite in
            guard let row = try await db.raw("SELECT * FROM escalation_records WHERE id = \(bind: id)"
                + .forUpdate(sqlite: sqlite)).first() else {
                throw StoreError.notFound(entity: "escalation", id: String(id))
            }
            var record = try Self.escalation(row)
            guard record.version == expectedVersion else {
                throw StoreError.versionConflict(current: record.version, updatedBy: record.recordedBy)
            }
            guard record.awaitsResult else {
                throw StoreError.stateConflict(entity: "escalation", id: String(id),
                                               current: record.step == .referral ? "decided" : record.step.rawValue)
            }
            record.held = held
            record.outcome = outcome
            record.version += 1
            try await db.raw("""
                UPDATE escalation_records SET held = \(bind: held ? 1 : 0), outcome = \(bind: outcome),
                    version = \(bind: record.version) WHERE id = \(bind: id)
                """).run()
            return (record, [AuditEvent(actor: actor, at: date, action: "escalation.result", entity: "escalation",
                                        entityID: String(id), planID: record.planID,
                                        after: try AuditJSON.text(["held": held ? "是" : "否", "outcome": outcome]))])
        }
    }

    /// The plan's records, oldest first; one unit's when `unit` is given.
    public func escalationRecords(planID: Int, unit: String? = nil) async throws -> [EscalationRecord] {
        let filter: SQLQueryString = unit.map { " AND unit = \(bind: $0)" } ?? ""
        return try await open().reader.raw("SELECT * FROM escalation_records WHERE plan_id = \(bind: planID)" + filter
            + " ORDER BY day, id").all().map(Self.escalation)
    }

    public func escalationRecord(id: Int64) async throws -> EscalationRecord? {
        try await open().reader.raw("SELECT * FROM escalation_records WHERE id = \(bind: id)").first().map(Self.escalation)
    }

    static func escalation(_ row: any SQLRow) throws -> EscalationRecord {
        let held = try row.int(ifAny: "held")
        return EscalationRecord(
            id: try row.int64("id"), planID: try row.int("plan_id"), unit: try row.string("unit"),
            step: try row.value("step", in: "escalation_records"), day: try row.day("day", in: "escalation_records"),
            summary: try row.string("summary"), by: try row.string("done_by"), outcome: try row.string(ifAny: "outcome"),
            held: held.map { $0 != 0 }, recordedBy: try row.string("recorded_by"),
            recordedAt: try row.date("recorded_at", in: "escalation_records"), version: try row.int("version"))
    }

    /// The ladder's rules as kept (the defaults while none are).
    public func escalationRules() async throws -> EscalationRules {
        guard let text = try await setting(EscalationRules.settingKey) else { return EscalationRules() }
        return try EscalationRules.decode(text)
    }

    /// Keeps a set of rules already checked (`EscalationRules.problems()` empty); audited like every setting.
    public func setEscalationRules(_ rules: EscalationRules, by actor: String, at date: Date) async throws {
        try await setSetting(EscalationRules.settingKey, rules.encoded(), by: actor, at: date)
    }
}
