import Foundation
import ReformPlan
import SQLKit

/// Sub-plans of districts and offices under a city plan.
extension PlanStore {
    /// Creates the unit's sub-plan (one per unit and plan) or saves a changed
    /// one: `expectedVersion` is the version the editor started from (0 for a
    /// new one); another save in between is a `versionConflict`. Items are
    /// written whole. One audit entry with the items before and after.
    @discardableResult
    public func saveSubPlan(_ subPlan: SubPlan, expectedVersion: Int, by actor: String, at date: Date) async throws -> SubPlan {
        try await change { db, sqlite in
            try await Self.requirePlan(subPlan.planID, in: db)
            let stamp = Timestamp.text(date)
            let existing = try await db.raw("""
                SELECT id, version, updated_by FROM sub_plans WHERE plan_id = \(bind: subPlan.planID) AND unit = \(bind: subPlan.unit)
                """ + .forUpdate(sqlite: sqlite)).first()
            let current = try existing?.int("version") ?? 0
            guard current == expectedVersion else {
                throw StoreError.versionConflict(current: current, updatedBy: try existing?.string("updated_by"))
            }
            var saved = subPlan
            saved.version = expectedVersion + 1
            let before = try await Self.subPlanItems(existing.map { try $0.int64("id") }, db)
            if let row = existing {
                let id = try row.int64("id")
                try await db.raw("""
                    UPDATE sub_plans SET title = \(bind: subPlan.title), division_code = \(bind: subPlan.division),
                        accepted_revision = \(bind: subPlan.acceptedRevision), version = \(bind: saved.version),
                        updated_by = \(bind: actor), updated_at = \(bind: stamp) WHERE id = \(bind: id)
                    """).run()
                try await db.raw("DELETE FROM sub_plan_items WHERE sub_plan_id = \(bind: id)").run()
                saved.id = id
            } else {
                let row = try await db.insert(into: "sub_plans")
                    .columns("plan_id", "unit", "division_code", "title", "accepted_revision", "version",
                             "created_by", "created_at", "updated_by", "updated_at")
                    .values(subPlan.planID, subPlan.unit, subPlan.division, subPlan.title, subPlan.acceptedRevision,
                            saved.version, actor, stamp, actor, stamp)
                    .returning("id").first()
                saved.id = try row!.int64("id")
            }
            if !subPlan.items.isEmpty {
                try await db.insert(into: "sub_plan_items",
                                    columns: ["sub_plan_id", "position", "item_key", "project", "title", "deadline", "target", "responsible"],
                                    rows: subPlan.items.enumerated().map { i, item in
                                        [saved.id!, i, item.key, item.project, item.title, item.deadline, item.target, item.responsible]
                                    })
            }
            let describe = { (items: [SubPlanItem]) in items.map { "\($0.key)：\($0.title)｜\($0.deadline)｜\($0.target)｜\($0.responsible)" } }
            return (saved, [AuditEvent(actor: actor, at: date, action: existing == nil ? "subplan.create" : "subplan.save",
                                       entity: "subplan", entityID: String(saved.id!), planID: subPlan.planID,
                                       before: existing == nil ? nil : try AuditJSON.text(describe(before)),
                                       after: try AuditJSON.text(["unit": [subPlan.unit], "revision": ["\(subPlan.acceptedRevision)"],
                                                                  "items": describe(subPlan.items)]))])
        }
    }

    public func subPlans(planID: Int) async throws -> [SubPlan] {
        let rows = try await open().reader.raw("SELECT * FROM sub_plans WHERE plan_id = \(bind: planID) ORDER BY unit").all()
        var plans: [SubPlan] = []
        for row in rows { plans.append(try await Self.subPlan(row, open().reader)) }
        return plans
    }

    public func subPlan(id: Int64) async throws -> SubPlan? {
        guard let row = try await open().reader.raw("SELECT * FROM sub_plans WHERE id = \(bind: id)").first() else { return nil }
        return try await Self.subPlan(row, open().reader)
    }

    /// Saves one month's progress on items of a sub-plan, replacing what those items had for the month.
    public func saveSubPlanProgress(_ entries: [SubPlanProgress], subPlanID: Int64, by actor: String, at date: Date) async throws {
        guard !entries.isEmpty else { return }
        try await change { db, _ in
            guard let row = try await db.raw("SELECT plan_id FROM sub_plans WHERE id = \(bind: subPlanID)").first() else {
                throw StoreError.notFound(entity: "subplan", id: String(subPlanID))
            }
            let columns = ["sub_plan_id", "item_key", "month", "completion", "text", "entered_by", "entered_at"]
            let insert = db.insert(into: "sub_plan_progress").columns(columns)
            for e in entries {
                _ = insert.values([subPlanID, e.itemKey, e.month.year * 100 + e.month.month, e.completion, e.text, actor,
                                   Timestamp.text(date)] as Values)
            }
            _ = insert.onConflict(with: ["sub_plan_id", "item_key", "month"]) { update in
                ["completion", "text", "entered_by", "entered_at"].reduce(update) { $0.set(excludedValueOf: $1) }
            }
            try await insert.run()
            let after = entries.map { "\($0.itemKey) \($0.month)：\($0.completion)% \($0.text)" }
            return ((), [AuditEvent(actor: actor, at: date, action: "subplan.progress", entity: "subplan",
                                    entityID: String(subPlanID), planID: try row.int("plan_id"), after: try AuditJSON.text(after))])
        }
    }

    /// When each unit began reporting each month's sub-plan progress: the
    /// earliest entry time among the month's items (an item entered again
    /// keeps only its latest time). For the assessment of district bureaus'
    /// monthly reporting: a month with any entry by its due day is on time.
    public func subPlanReportTimes(planID: Int) async throws -> [String: [ReportMonth: Date]] {
        let rows = try await open().reader.raw("""
            SELECT s.unit, p.month, MIN(p.entered_at) AS entered_at FROM sub_plan_progress p
            JOIN sub_plans s ON s.id = p.sub_plan_id WHERE s.plan_id = \(bind: planID) GROUP BY s.unit, p.month
            """).all()
        var times: [String: [ReportMonth: Date]] = [:]
        for row in rows {
            let m = try row.int("month")
            times[try row.string("unit"), default: [:]][ReportMonth(year: m / 100, month: m % 100)] =
                try row.date("entered_at", in: "sub_plan_progress")
        }
        return times
    }

    /// Every month's progress of a sub-plan, oldest first.
    public func subPlanProgress(subPlanID: Int64) async throws -> [SubPlanProgress] {
        try await open().reader.raw("""
            SELECT * FROM sub_plan_progress WHERE sub_plan_id = \(bind: subPlanID) ORDER BY month, item_key
            """).all().map { row in
            let m = try row.int("month")
            return SubPlanProgress(itemKey: try row.string("item_key"), month: ReportMonth(year: m / 100, month: m % 100),
                                   completion: try row.int("completion"), text: try row.string("text"))
        }
    }

    static func subPlan(_ row: any SQLRow, _ db: any SQLDatabase) async throws -> SubPlan {
        let id = try row.int64("id")
        return SubPlan(id: id, planID: try row.int("plan_id"), unit: try row.string("unit"),
                       division: try row.string(ifAny: "division_code"), title: try row.string("title"),
                       acceptedRevision: try row.int("accepted_revision"), items: try await subPlanItems(id, db),
                       version: try row.int("version"))
    }

    static func subPlanItems(_ id: Int64?, _ db: any SQLDatabase) async throws -> [SubPlanItem] {
        guard let id else { return [] }
        return try await db.raw("SELECT * FROM sub_plan_items WHERE sub_plan_id = \(bind: id) ORDER BY position").all().map { row in
            SubPlanItem(key: try row.string("item_key"), project: try row.int(ifAny: "project"), title: try row.string("title"),
                        deadline: try row.string("deadline"), target: try row.string("target"),
                        responsible: try row.string("responsible"))
        }
    }
}
