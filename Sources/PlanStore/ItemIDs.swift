import SQLKit

/// The ids a stored plan's items have, for the tables that refer to them
/// (monthly reports per project and unit, notices, district targets). They stay
/// the same when a changed version of the plan is loaded, as long as the item is
/// still there: projects and tasks by number, phases by stream and order,
/// indicators by name (or position), units and people by name.
public struct PlanItemIDs: Hashable, Sendable {
    public var projects: [Int: Int] = [:]
    public var tasks: [Int: Int] = [:]
    /// Keyed by "stream.order", as in `phases[1.2]` of a change.
    public var phases: [String: Int] = [:]
    /// In the plan's order of indicators.
    public var indicators: [Int] = []
    /// Every unit named in the plan, in its directory or only on a responsibility chain.
    public var units: [String: Int] = [:]
}

extension History {
    func itemIDs(planID: Int) async throws -> PlanItemIDs {
        var ids = PlanItemIDs()
        for row in try await rows("projects", "number", planID) { ids.projects[try row.int("number")] = try row.int("id") }
        for row in try await rows("tasks", "number", planID) { ids.tasks[try row.int("number")] = try row.int("id") }
        for row in try await rows("phases", "stream, ordinal", planID) {
            ids.phases["\(try row.int("stream")).\(try row.int("ordinal"))"] = try row.int("id")
        }
        ids.indicators = try await rows("indicators", "position", planID).map { try $0.int("id") }
        for row in try await rows("units", "name", planID) { ids.units[try row.string("name")] = try row.int("id") }
        return ids
    }

    private func rows(_ table: String, _ columns: String, _ planID: Int) async throws -> [any SQLRow] {
        try await db.raw("""
            SELECT id, \(unsafeRaw: columns) FROM \(ident: table) WHERE plan_id = \(bind: planID) ORDER BY position
            """).all()
    }

    /// How many rows each table holds, all plans together (tests check that a failed load wrote nothing).
    func rowCounts() async throws -> [String: Int] {
        let tables = ["plans", "plan_revisions", "plan_changes", "units", "people", "plan_addressees", "plan_references",
                      "plan_attachments", "plan_leaders", "plan_contacts", "supervision_activities", "plan_sections",
                      "projects", "project_units", "tasks", "task_projects", "task_units", "indicators", "phases",
                      "phase_deliverables", "findings"]
        var counts: [String: Int] = [:]
        for table in tables {
            counts[table] = try await db.raw("SELECT COUNT(*) AS n FROM \(ident: table)").first()!.int("n")
        }
        return counts
    }
}
