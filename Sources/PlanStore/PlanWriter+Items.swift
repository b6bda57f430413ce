import ReformPlan
import SQLKit

/// The item tables and how an item is recognised in the next version of a plan.
enum Items {
    static let units = ItemTable(name: "units", columns: ["plan_id", "name", "kind", "position"],
                                 keyColumns: "name") { try $0.decode(column: "name", as: String.self) }
    static let people = ItemTable(name: "people", columns: ["plan_id", "name", "title", "position"],
                                  keyColumns: "name") { try $0.decode(column: "name", as: String.self) }
    static let projects = ItemTable(name: "projects", columns: [
        "plan_id", "number", "line", "title", "description", "category", "group_name",
        "first_responsible", "leader_in_charge", "contact_phone", "lead_agency",
        "deadline_date", "deadline_text", "deadline_kind", "position",
    ], keyColumns: "number", key: byNumber)
    static let tasks = ItemTable(name: "tasks", columns: [
        "plan_id", "number", "line", "title", "description", "has_responsibility",
        "first_responsible", "leader_in_charge", "contact_phone", "lead_agency",
        "deadline_date", "deadline_text", "deadline_kind", "position",
    ], keyColumns: "number", key: byNumber)
    static let indicators = ItemTable(name: "indicators", columns: [
        "plan_id", "line", "name", "measure", "comparator", "target", "target_upper", "scope", "sentence",
        "project_number", "project_id", "task_number", "task_id", "position",
    ], keyColumns: "name") { try $0.decode(column: "name", as: String.self) }
    static let phases = ItemTable(name: "phases", columns: [
        "plan_id", "line", "project_number", "project_id", "stream", "stream_title", "ordinal", "title",
        "start_month", "end_month", "condition_text", "timing", "position",
    ], keyColumns: "stream, ordinal") {
        "\(try $0.decode(column: "stream", as: Int.self)).\(try $0.decode(column: "ordinal", as: Int.self))"
    }

    static func byNumber(_ row: any SQLRow) throws -> String { "\(try row.decode(column: "number", as: Int.self))" }
}

extension PlanWriter {
    func writeItems(_ plan: Plan, planID: Int) async throws {
        // Every unit named on a responsibility chain gets an id, listed in the plan's directory or not.
        var unitNames = plan.units.map(\.name)
        let listed = Set(unitNames)
        unitNames += plan.unitsOnResponsibilityChains.filter { !listed.contains($0) }
        let unitIDs = try await db.sync(Items.units, planID: planID, keys: unitNames, rows: unitNames.enumerated().map {
            [planID, $0.element, $0.offset < plan.units.count ? plan.units[$0.offset].kind.rawValue : nil, $0.offset]
        })
        let unitID = Dictionary(zip(unitNames, unitIDs), uniquingKeysWith: { first, _ in first })
        _ = try await db.sync(Items.people, planID: planID, keys: plan.people.map(\.name),
                              rows: plan.people.enumerated().map { [planID, $0.element.name, $0.element.title, $0.offset] })
        try afterStep("units")

        let projectIDs = try await db.sync(Items.projects, planID: planID, keys: plan.projects.map { "\($0.number)" },
                                           rows: plan.projects.enumerated().map { i, p in
            [planID, p.number, p.line, p.title, p.description, p.category?.rawValue, p.group]
                + p.responsibility.columns + p.deadline.columns + [i]
        })
        let projectID = Dictionary(zip(plan.projects.map(\.number), projectIDs), uniquingKeysWith: { first, _ in first })
        try await writeUnitLinks("project_units", "project_id", zip(projectIDs, plan.projects.map(\.responsibility)), unitID)
        try afterStep("projects")

        let taskIDs = try await db.sync(Items.tasks, planID: planID, keys: plan.tasks.map { "\($0.number)" },
                                        rows: plan.tasks.enumerated().map { i, t in
            [planID, t.number, t.line, t.title, t.description, t.responsibility == nil ? 0 : 1]
                + (t.responsibility ?? Responsibility()).columns + t.deadline.columns + [i]
        })
        let taskID = Dictionary(zip(plan.tasks.map(\.number), taskIDs), uniquingKeysWith: { first, _ in first })
        try await writeUnitLinks("task_units", "task_id",
                                 zip(taskIDs, plan.tasks.map { $0.responsibility ?? Responsibility() }), unitID)
        try await db.insert(into: "task_projects", columns: ["task_id", "position", "project_number", "project_id"],
                            rows: zip(taskIDs, plan.tasks).flatMap { id, task in
            task.projects.enumerated().map { [id, $0.offset, $0.element, projectID[$0.element]] as Values }
        })
        try afterStep("tasks")

        _ = try await db.sync(Items.indicators, planID: planID, keys: plan.indicators.map(\.name),
                              rows: plan.indicators.enumerated().map { i, x in
            [planID, x.line, x.name, x.measure, x.comparator.rawValue, x.target, x.targetUpper, x.scope, x.sentence,
             x.project, x.project.flatMap { projectID[$0] }, x.task, x.task.flatMap { taskID[$0] }, i]
        }, byPositionToo: true)
        let phaseIDs = try await db.sync(Items.phases, planID: planID, keys: plan.phases.map { "\($0.stream).\($0.order)" },
                                         rows: plan.phases.enumerated().map { i, p in
            [planID, p.line, p.project, p.project.flatMap { projectID[$0] }, p.stream, p.streamTitle, p.order, p.title,
             p.startMonth, p.endMonth, p.condition, p.timing, i]
        })
        try await db.insert(into: "phase_deliverables", columns: ["phase_id", "position", "text"],
                            rows: zip(phaseIDs, plan.phases).flatMap { id, phase in
            phase.deliverables.enumerated().map { [id, $0.offset, $0.element] as Values }
        })
        try afterStep("phases")
    }

    /// Responsible, supporting and lead units of each owner, in the order written.
    private func writeUnitLinks(_ table: String, _ owner: String, _ owners: some Sequence<(Int, Responsibility)>,
                                _ unitID: [String: Int]) async throws {
        let rows: [Values] = owners.flatMap { id, r in
            [("responsible", r.responsibleUnits), ("supporting", r.supportingUnits), ("lead", r.leadUnits)]
                .flatMap { role, names in names.enumerated().map { [id, role, $0.offset, unitID[$0.element]!] as Values } }
        }
        try await db.insert(into: table, columns: [owner, "role", "position", "unit_id"], rows: rows)
    }
}

extension Responsibility {
    /// first_responsible, leader_in_charge, contact_phone, lead_agency; the unit lists are links.
    var columns: Values { [firstResponsible, leaderInCharge, contactPhone, leadAgency] }
}
