import ReformPlan
import SQLKit

extension PlanReader {
    func readItems(into plan: inout Plan, planID: Int) async throws {
        // Units with no kind were added only to give a named unit an id; they are not in the directory.
        plan.units = try await list("units", planID) { row -> Unit? in
            guard let kind: Unit.Kind = try row.value(ifAny: "kind", in: "units") else { return nil }
            return Unit(name: try row.string("name"), kind: kind)
        }.compactMap { $0 }
        plan.people = try await list("people", planID) {
            Person(name: try $0.string("name"), title: try $0.string(ifAny: "title"))
        }

        let projectUnits = try await unitLinks("project_units", owner: "project_id", ownerTable: "projects", planID: planID)
        plan.projects = try await list("projects", planID) {
            Project(number: try $0.int("number"), title: try $0.string("title"),
                    description: try $0.string(ifAny: "description"),
                    category: try $0.value(ifAny: "category", in: "projects"), group: try $0.string(ifAny: "group_name"),
                    responsibility: try $0.responsibility(units: projectUnits[try $0.int("id")] ?? [:]),
                    deadline: try $0.deadline(in: "projects"), line: try $0.int(ifAny: "line"))
        }

        let taskUnits = try await unitLinks("task_units", owner: "task_id", ownerTable: "tasks", planID: planID)
        var taskProjects: [Int: [Int]] = [:]
        for row in try await db.raw("""
            SELECT l.task_id, l.project_number FROM task_projects l JOIN tasks t ON t.id = l.task_id
            WHERE t.plan_id = \(bind: planID) ORDER BY l.task_id, l.position
            """).all() {
            taskProjects[try row.int("task_id"), default: []].append(try row.int("project_number"))
        }
        plan.tasks = try await list("tasks", planID) {
            let id = try $0.int("id")
            return Task(number: try $0.int("number"), title: try $0.string("title"),
                        description: try $0.string(ifAny: "description"), projects: taskProjects[id] ?? [],
                        responsibility: try $0.int("has_responsibility") == 0
                            ? nil : try $0.responsibility(units: taskUnits[id] ?? [:]),
                        deadline: try $0.deadline(in: "tasks"), line: try $0.int(ifAny: "line"))
        }

        plan.indicators = try await list("indicators", planID) {
            Indicator(name: try $0.string("name"), measure: try $0.string("measure"),
                      comparator: try $0.value("comparator", in: "indicators"), target: try $0.double("target"),
                      targetUpper: try $0.double(ifAny: "target_upper"), scope: try $0.string(ifAny: "scope"),
                      sentence: try $0.string("sentence"), project: try $0.int(ifAny: "project_number"),
                      task: try $0.int(ifAny: "task_number"), line: try $0.int(ifAny: "line"))
        }

        var deliverables: [Int: [String]] = [:]
        for row in try await db.raw("""
            SELECT d.phase_id, d.text FROM phase_deliverables d JOIN phases p ON p.id = d.phase_id
            WHERE p.plan_id = \(bind: planID) ORDER BY d.phase_id, d.position
            """).all() {
            deliverables[try row.int("phase_id"), default: []].append(try row.string("text"))
        }
        plan.phases = try await list("phases", planID) {
            Phase(project: try $0.int(ifAny: "project_number"), stream: try $0.int("stream"),
                  streamTitle: try $0.string(ifAny: "stream_title"), order: try $0.int("ordinal"),
                  title: try $0.string("title"), startMonth: try $0.int(ifAny: "start_month"),
                  endMonth: try $0.int(ifAny: "end_month"), condition: try $0.string(ifAny: "condition_text"),
                  timing: try $0.string(ifAny: "timing"), deliverables: deliverables[try $0.int("id")] ?? [],
                  line: try $0.int(ifAny: "line"))
        }
    }
}
