import Foundation
import ReformPlan
import SQLKit

/// Monthly progress reports, one per plan, unit and month. A report names
/// projects by number and its unit by name (see SchemaReports.swift), so a
/// reload of the plan never touches it.
extension PlanStore {
    public func report(planID: Int, unit: String, month: ReportMonth) async throws -> ProgressReport? {
        try await Self.readReports(open(), where: """
            plan_id = \(bind: planID) AND unit = \(bind: unit) AND month = \(bind: month.description)
            """).first?.report
    }

    public func report(id: Int64) async throws -> (planID: Int, report: ProgressReport)? {
        try await Self.readReports(open(), where: "id = \(bind: id)").first
    }

    /// A plan's reports, ordered by month and unit, narrowed by whichever of
    /// month, unit and states are given.
    public func reports(planID: Int, month: ReportMonth? = nil, unit: String? = nil,
                        states: Set<ProgressReport.State>? = nil) async throws -> [ProgressReport] {
        var condition: SQLQueryString = "plan_id = \(bind: planID)"
        if let month { condition += " AND month = \(bind: month.description)" }
        if let unit { condition += " AND unit = \(bind: unit)" }
        if let states {
            if states.isEmpty { return [] }
            condition += " AND state IN (\(binds: states.map(\.rawValue).sorted()))"
        }
        return try await Self.readReports(open(), where: condition).map(\.report)
    }

    /// Reports read on the reader in one read transaction: a report's rows and
    /// its sections come from one committed state even while a save commits.
    static func readReports(_ connection: Connection, where condition: SQLQueryString) async throws -> [(planID: Int, report: ProgressReport)] {
        try await connection.reader.inTransaction(sqlite: connection.isSQLite, readOnly: true) { try await ReportRows(db: $0).reports(where: condition) }
    }

    /// Saves the report's sections and state. The report is the one stored under
    /// its plan, unit and month (its `id` is not consulted). `expectedVersion` is
    /// the version the editor started from, 0 for a new report; when the stored
    /// version differs — someone saved meanwhile, or created the same new report —
    /// this throws `StoreError.versionConflict` and writes nothing. On success the
    /// version is `expectedVersion + 1` and `updatedAt`/`updatedBy` are set; the
    /// stored report is returned with its id.
    ///
    /// The audit action follows the state: report.submit, report.accept and
    /// report.return when the state changes to submitted, accepted or returned,
    /// report.save otherwise.
    public func saveReport(_ report: ProgressReport, planID: Int, expectedVersion: Int,
                           by actor: String, at date: Date) async throws -> ProgressReport {
        try await change { db, sqlite in
            try await Self.requirePlan(planID, in: db)
            let rows = ReportRows(db: db)
            let key: SQLQueryString = """
                plan_id = \(bind: planID) AND unit = \(bind: report.unit) AND month = \(bind: report.month.description)
                """
            let before = try await rows.reports(where: key, lock: .forUpdate(sqlite: sqlite)).first?.report
            if (before?.version ?? 0) != expectedVersion {
                throw StoreError.versionConflict(current: before?.version ?? 0, updatedBy: before?.updatedBy)
            }
            let values = ReportRows.stateValues(report, version: expectedVersion + 1, by: actor, at: date)
            let reportID: Int64
            if let id = before?.id {
                let update = db.update("progress_reports").where("id", .equal, id)
                for (column, value) in zip(ReportRows.stateColumns, values) { _ = update.set(column, to: value) }
                try await update.run()
                reportID = id
            } else {
                // Two editors creating the same report at once: the second inserts nothing and gets the conflict.
                let row = try await db.insert(into: "progress_reports")
                    .columns(["plan_id", "unit", "month"] + ReportRows.stateColumns)
                    .values([planID, report.unit, report.month.description] + values)
                    .ignoringConflicts(with: ["plan_id", "unit", "month"])
                    .returning("id").first()
                guard let row else {
                    let current = try await rows.reports(where: key).first?.report
                    throw StoreError.versionConflict(current: current?.version ?? 0, updatedBy: current?.updatedBy)
                }
                reportID = try row.int64("id")
            }
            // The first sending is kept: resubmitting a returned report moves submitted_at, not this.
            try await db.raw("""
                UPDATE progress_reports SET first_submitted_at = submitted_at
                WHERE id = \(bind: reportID) AND first_submitted_at IS NULL AND submitted_at IS NOT NULL
                """).run()
            try await rows.writeSections(report.sections, reportID: reportID)
            let after = try await rows.reports(where: "id = \(bind: reportID)").first!.report
            return (after, [AuditEvent(actor: actor, at: date, action: Self.auditAction(from: before?.state, to: after.state),
                                       entity: "report",
                                       entityID: String(reportID), planID: planID,
                                       before: try before.map(AuditJSON.text), after: try AuditJSON.text(after),
                                       messages: after.state == .returned && before?.state != .returned
                                           ? [Messages.reportReturned(after)] : [])])
        }
    }

    static func auditAction(from before: ProgressReport.State?, to after: ProgressReport.State) -> String {
        if before == after { return "report.save" }
        return switch after {
        case .submitted: "report.submit"
        case .accepted: "report.accept"
        case .returned: "report.return"
        case .draft: "report.save"
        }
    }
}
