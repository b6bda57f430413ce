import Foundation
import ReformPlan
import SQLKit

/// The list of plans and each plan's revisions: what was loaded, by whom, when,
/// and what it changed.
struct History {
    let db: any SQLDatabase

    func summaries() async throws -> [PlanSummary] {
        try await db.raw("""
            SELECT p.id, p.plan_key, p.title, p.year, p.issuer, p.revision,
                   (SELECT COUNT(*) FROM projects x WHERE x.plan_id = p.id) AS project_count
            FROM plans p ORDER BY p.id
            """).all().map {
            PlanSummary(id: try $0.int("id"), key: try $0.string("plan_key"), title: try $0.string("title"),
                        year: try $0.int(ifAny: "year"), issuer: try $0.string(ifAny: "issuer"),
                        projectCount: try $0.int("project_count"), revision: try $0.int("revision"))
        }
    }

    func revisions(planID: Int) async throws -> [PlanRevision] {
        try await db.raw("""
            SELECT number, loaded_by, loaded_at, change_count FROM plan_revisions
            WHERE plan_id = \(bind: planID) ORDER BY number
            """).all().map {
            let at = try $0.string("loaded_at")
            guard let date = try? Timestamp.date(at) else {
                throw StoreError.unreadable(table: "plan_revisions", column: "loaded_at", value: at)
            }
            return PlanRevision(planID: planID, number: try $0.int("number"), loadedBy: try $0.string("loaded_by"),
                                loadedAt: date, changeCount: try $0.int("change_count"))
        }
    }

    func changes(planID: Int, revision: Int) async throws -> [PlanChange] {
        try await db.raw("""
            SELECT c.path, c.before_value, c.after_value FROM plan_changes c
            JOIN plan_revisions r ON r.id = c.revision_id
            WHERE r.plan_id = \(bind: planID) AND r.number = \(bind: revision) ORDER BY c.position
            """).all().map {
            PlanChange(path: try $0.string("path"), before: try $0.string(ifAny: "before_value"),
                       after: try $0.string(ifAny: "after_value"))
        }
    }

    func record(planID: Int, revision: Int, by: String, at: Date, changes: [PlanChange]) async throws {
        let row = try await db.insert(into: "plan_revisions")
            .columns("plan_id", "number", "loaded_by", "loaded_at", "change_count")
            .values(planID, revision, by, Timestamp.text(at), changes.count)
            .returning("id").first()
        let revisionID = try row!.int("id")
        try await db.insert(into: "plan_changes", columns: ["revision_id", "position", "path", "before_value", "after_value"],
                            rows: changes.enumerated().map { [revisionID, $0.offset, $0.element.path, $0.element.before, $0.element.after] })
    }
}
