import Foundation
import ReformPlan
import SQLKit

/// Projects' budget lines and spending. Every change is audited and carries
/// the version its editor started from: two finance officers editing the same
/// line cannot overwrite each other unseen (`StoreError.versionConflict`).
extension PlanStore {
    /// The project's budget: its lines in the order they were added, and its
    /// spending by date.
    public func budget(planID: Int, project: Int) async throws -> ProjectBudget {
        try await budgets(planID: planID, project: project)[project] ?? ProjectBudget(project: project)
    }

    /// Every project's budget in the plan, by project number; projects without
    /// lines are left out.
    public func budgets(planID: Int, project: Int? = nil) async throws -> [Int: ProjectBudget] {
        let connection = try open()
        return try await connection.reader.inTransaction(sqlite: connection.isSQLite, readOnly: true) { db in
            var condition: SQLQueryString = "l.plan_id = \(bind: planID)"
            if let project { condition += " AND l.project = \(bind: project)" }
            let lines = try await db.raw("SELECT * FROM budget_lines l WHERE " + condition + " ORDER BY l.id").all()
            let joined: SQLQueryString = "SELECT s.*, l.project AS project FROM budget_spending s JOIN budget_lines l ON l.id = s.line_id"
            let spending = try await db.raw(joined + " WHERE " + condition + " ORDER BY s.spent_on, s.id").all()
            var result: [Int: ProjectBudget] = [:]
            for row in lines {
                let line = try Self.budgetLine(row)
                result[line.project, default: ProjectBudget(project: line.project)].lines.append(line)
            }
            for row in spending {
                let project = try row.int("project")
                result[project, default: ProjectBudget(project: project)].spending.append(try Self.spending(row))
            }
            return result
        }
    }

    /// One spending with its plan and project, for its voucher's download.
    public func spending(id: Int64) async throws -> (planID: Int, project: Int, spending: Spending)? {
        let row = try await open().reader.raw("""
            SELECT s.*, l.plan_id AS plan_id, l.project AS project FROM budget_spending s
            JOIN budget_lines l ON l.id = s.line_id WHERE s.id = \(bind: id)
            """).first()
        return try row.map { (try $0.int("plan_id"), try $0.int("project"), try Self.spending($0)) }
    }

    /// Adds the line when it has no id (then `expectedVersion` must be 0),
    /// else changes the stored line's source, amount and note; its project stays.
    public func saveBudgetLine(_ line: BudgetLine, planID: Int, expectedVersion: Int, by actor: String,
                               at date: Date) async throws -> BudgetLine {
        try Self.checkAmount(line.amount, field: "amount", allowZero: true)
        return try await change { db, sqlite in
            try await Self.requirePlan(planID, in: db)
            var before: BudgetLine?
            if let id = line.id {
                before = try await Self.lockedLine(id, planID: planID, db: db, sqlite: sqlite)
            }
            if (before?.version ?? 0) != expectedVersion {
                throw StoreError.versionConflict(current: before?.version ?? 0, updatedBy: nil)
            }
            let row: (any SQLRow)?
            if let before, let id = before.id {
                row = try await db.update("budget_lines").where("id", .equal, id)
                    .set("source", to: line.source.rawValue).set("amount_fen", to: line.amount.fen).set("note", to: line.note)
                    .set("version", to: expectedVersion + 1).set("updated_at", to: Timestamp.text(date)).set("updated_by", to: actor)
                    .returning("*").first()
            } else {
                row = try await db.insert(into: "budget_lines")
                    .columns("plan_id", "project", "source", "amount_fen", "note", "version", "updated_at", "updated_by")
                    .values(planID, line.project, line.source.rawValue, line.amount.fen, line.note, 1, Timestamp.text(date), actor)
                    .returning("*").first()
            }
            let after = try Self.budgetLine(row!)
            return (after, [try Self.budgetEvent("line", id: after.id!, before: before, after: after, planID: planID,
                                                 project: after.project, by: actor, at: date)])
        }
    }

    /// Removes a line that has no spending; a line with spending is refused
    /// with `StoreError.stillReferenced`, since its money was spent.
    public func deleteBudgetLine(id: Int64, planID: Int, expectedVersion: Int, by actor: String, at date: Date) async throws {
        try await change { db, sqlite in
            let before = try await Self.lockedLine(id, planID: planID, db: db, sqlite: sqlite)
            if before.version != expectedVersion { throw StoreError.versionConflict(current: before.version, updatedBy: nil) }
            let count = try await db.raw("SELECT COUNT(*) AS n FROM budget_spending WHERE line_id = \(bind: id)").first()!.int("n")
            if count > 0 { throw StoreError.stillReferenced(entity: "budget line", id: String(id), count: count) }
            try await db.delete(from: "budget_lines").where("id", .equal, id).run()
            return ((), [try Self.budgetEvent("line", id: id, before: before, after: nil, planID: planID,
                                              project: before.project, by: actor, at: date)])
        }
    }

    /// Adds the spending when it has no id (`expectedVersion` 0), else changes
    /// it; its line must be one of the plan's. A change without a voucher keeps
    /// the stored one.
    public func saveSpending(_ spending: Spending, planID: Int, expectedVersion: Int, by actor: String,
                             at date: Date) async throws -> Spending {
        try Self.checkAmount(spending.amount, field: "amount", allowZero: false)
        return try await change { db, sqlite in
            let line = try await Self.lockedLine(spending.line, planID: planID, db: db, sqlite: sqlite)
            var before: Spending?
            if let id = spending.id {
                guard let row = try await db.raw("""
                    SELECT s.* FROM budget_spending s JOIN budget_lines l ON l.id = s.line_id
                    WHERE s.id = \(bind: id) AND l.plan_id = \(bind: planID) AND l.project = \(bind: line.project)
                    """ + .forUpdate(sqlite: sqlite)).first() else {
                    throw StoreError.notFound(entity: "spending", id: String(id))
                }
                before = try Self.spending(row)
            }
            if (before?.version ?? 0) != expectedVersion {
                throw StoreError.versionConflict(current: before?.version ?? 0, updatedBy: nil)
            }
            let voucher = spending.voucher ?? before?.voucher
            let columns = ["line_id", "spent_on", "amount_fen", "description", "voucher_file_name", "voucher_media_type",
                           "voucher_size", "voucher_sha256", "voucher_storage_name", "version", "updated_at", "updated_by"]
            let values: Values = [spending.line, spending.date.description, spending.amount.fen, spending.description,
                                  voucher?.fileName, voucher?.mediaType, voucher?.size, voucher?.sha256, voucher?.storageName,
                                  expectedVersion + 1, Timestamp.text(date), actor]
            let row: (any SQLRow)?
            if let id = before?.id {
                let update = db.update("budget_spending").where("id", .equal, id)
                for (column, value) in zip(columns, values) { _ = update.set(column, to: value) }
                row = try await update.returning("*").first()
            } else {
                row = try await db.insert(into: "budget_spending").columns(columns).values(values).returning("*").first()
            }
            let after = try Self.spending(row!)
            return (after, [try Self.budgetEvent("spending", id: after.id!, before: before, after: after, planID: planID,
                                                 project: line.project, by: actor, at: date)])
        }
    }

    public func deleteSpending(id: Int64, planID: Int, expectedVersion: Int, by actor: String, at date: Date) async throws {
        try await change { db, sqlite in
            guard let row = try await db.raw("""
                SELECT s.*, l.project AS project FROM budget_spending s JOIN budget_lines l ON l.id = s.line_id
                WHERE s.id = \(bind: id) AND l.plan_id = \(bind: planID)
                """ + .forUpdate(sqlite: sqlite)).first() else {
                throw StoreError.notFound(entity: "spending", id: String(id))
            }
            let before = try Self.spending(row)
            if before.version != expectedVersion { throw StoreError.versionConflict(current: before.version, updatedBy: nil) }
            try await db.delete(from: "budget_spending").where("id", .equal, id).run()
            return ((), [try Self.budgetEvent("spending", id: id, before: before, after: nil, planID: planID,
                                              project: try row.int("project"), by: actor, at: date)])
        }
    }

    /// budget.line.add/update/delete and budget.spending.add/update/delete,
    /// by whether there was a record before and is one after.
    private static func budgetEvent<T: Encodable>(_ kind: String, id: Int64, before: T?, after: T?, planID: Int, project: Int,
                                                  by actor: String, at date: Date) throws -> AuditEvent {
        let verb = before == nil ? "add" : after == nil ? "delete" : "update"
        return AuditEvent(actor: actor, at: date, action: "budget.\(kind).\(verb)", entity: kind == "line" ? "budget_line" : kind,
                          entityID: String(id), planID: planID, project: project,
                          before: try before.map { try AuditJSON.text($0) }, after: try after.map { try AuditJSON.text($0) } ?? "null")
    }

    private static func lockedLine(_ id: Int64, planID: Int, db: any SQLDatabase, sqlite: Bool) async throws -> BudgetLine {
        guard let row = try await db.raw("""
            SELECT * FROM budget_lines WHERE id = \(bind: id) AND plan_id = \(bind: planID)
            """ + .forUpdate(sqlite: sqlite)).first() else {
            throw StoreError.notFound(entity: "budget line", id: String(id))
        }
        return try budgetLine(row)
    }

    private static func checkAmount(_ amount: Money, field: String, allowZero: Bool) throws {
        if amount < .zero || amount > .largest || (!allowZero && amount == .zero) {
            throw StoreError.invalidValue(field: field, value: amount.plain)
        }
    }

    static func budgetLine(_ row: any SQLRow) throws -> BudgetLine {
        BudgetLine(id: try row.int64("id"), project: try row.int("project"),
                   source: try row.value("source", in: "budget_lines"), amount: Money(fen: try row.int64("amount_fen")),
                   note: try row.string("note"), version: try row.int("version"))
    }

    static func spending(_ row: any SQLRow) throws -> Spending {
        var voucher: Voucher?
        if let storage = try row.string(ifAny: "voucher_storage_name") {
            voucher = Voucher(fileName: try row.string("voucher_file_name"), mediaType: try row.string("voucher_media_type"),
                              size: try row.int("voucher_size"), sha256: try row.string("voucher_sha256"), storageName: storage)
        }
        return Spending(id: try row.int64("id"), line: try row.int64("line_id"), date: try row.day("spent_on", in: "budget_spending"),
                        amount: Money(fen: try row.int64("amount_fen")), description: try row.string("description"),
                        voucher: voucher, version: try row.int("version"))
    }
}
