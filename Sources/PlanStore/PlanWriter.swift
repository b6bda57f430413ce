import Foundation
import ReformPlan
import SQLKit

/// Writes a plan's rows inside the load's transaction. Items that later tables
/// refer to are updated in place (see `sync`); lists without identity of their
/// own (addressees, links, deliverables, findings) are deleted and rewritten.
struct PlanWriter {
    let db: any SQLDatabase
    /// Called after each step with its name; tests throw from it to prove that
    /// a load that fails halfway leaves nothing behind.
    let afterStep: @Sendable (String) throws -> Void

    /// Returns the plan's id.
    func write(_ plan: Plan, over storedID: Int?, revision: Int) async throws -> Int {
        let planID = try await writePlanRow(plan.notice, key: plan.key, id: storedID, revision: revision)
        try afterStep("plans")
        try await writeNoticeLists(plan, planID: planID)
        try afterStep("notice")
        try await deleteLinks(planID: planID)
        try await writeItems(plan, planID: planID)
        return planID
    }

    private func writePlanRow(_ n: Notice, key: String, id: Int?, revision: Int) async throws -> Int {
        let columns = ["plan_key", "title", "notice_title", "document_number", "issuer", "supervising_unit",
                       "year", "issued_date", "published_date", "source_text", "revision"]
        let values: Values = [key, n.title, n.noticeTitle, n.documentNumber, n.issuer, n.supervisingUnit,
                              n.year, n.issuedDate?.description, n.publishedDate?.description, n.sourceText, revision]
        if let id {
            try await db.update(table: "plans", columns: columns, rowsWithID: [[id] + values])
            return id
        }
        let row = try await db.insert(into: "plans").columns(columns).values(values).returning("id").first()
        return try row!.decode(column: "id", as: Int.self)
    }

    private func writeNoticeLists(_ plan: Plan, planID: Int) async throws {
        let n = plan.notice
        try await replaceList("plan_addressees", ["name"], planID, n.addressees.map { [$0] })
        try await replaceList("plan_references", ["title", "number"], planID, n.references.map { [$0.title, $0.number] })
        try await replaceList("plan_attachments", ["name"], planID, n.attachments.map { [$0] })
        try await replaceList("plan_leaders", ["name", "title", "role"], planID,
                              n.leaders.map { [$0.name, $0.title, $0.role] })
        try await replaceList("plan_contacts", ["unit", "person", "phone", "email", "purpose"], planID,
                              n.contacts.map { [$0.unit, $0.person, $0.phone, $0.email, $0.purpose] })
        try await replaceList("supervision_activities", ["cadence", "activity", "text"], planID,
                              n.supervisionSchedule.map { [$0.cadence.rawValue, $0.activity, $0.text] })
        try await replaceList("plan_sections", ["number", "heading", "text"], planID,
                              n.sections.map { [$0.number, $0.heading, $0.text] })
        try await replaceList("findings", ["line", "col", "severity", "message"], planID,
                              plan.findings.map { [$0.line, $0.column, $0.severity.rawValue, $0.message] })
    }

    private func replaceList(_ table: String, _ columns: [String], _ planID: Int, _ rows: [Values]) async throws {
        try await db.delete(from: table).where("plan_id", .equal, planID).run()
        let numbered: [Values] = rows.enumerated().map { [planID, $0.offset] + $0.element }
        try await db.insert(into: table, columns: ["plan_id", "position"] + columns, rows: numbered)
    }

    /// Link rows go first so that units and projects that vanished can be deleted.
    private func deleteLinks(planID: Int) async throws {
        for (table, owner, ownerTable) in [("project_units", "project_id", "projects"), ("task_units", "task_id", "tasks"),
                                           ("task_projects", "task_id", "tasks"), ("phase_deliverables", "phase_id", "phases")] {
            try await db.raw("""
                DELETE FROM \(ident: table) WHERE \(ident: owner) IN (SELECT id FROM \(ident: ownerTable) WHERE plan_id = \(bind: planID))
                """).run()
        }
    }
}

extension Deadline? {
    /// deadline_date, deadline_text, deadline_kind: all NULL when there is no deadline.
    var columns: Values { [self?.date?.description, self?.text, self?.kind.rawValue] }
}
