import Foundation
import ReformPlan
import SQLKit

/// Reads and writes a progress report's rows: the report, then its sections,
/// and each section's phases and indicator values keyed by the section's position.
/// A query per table for any number of reports, not per report.
struct ReportRows {
    let db: any SQLDatabase

    /// The reports matching `condition` (a WHERE clause on `progress_reports`),
    /// ordered by month and unit name (by Unicode scalars), with their plan ids.
    func reports(where condition: SQLQueryString, lock: SQLQueryString = "") async throws -> [(planID: Int, report: ProgressReport)] {
        let rows = try await db.raw("SELECT * FROM progress_reports WHERE " + condition + lock).all()
        // Sorted here, not by the database, whose collation of unit names depends on its locale.
        var reports = try rows.map { (planID: try $0.int("plan_id"), report: try Self.report($0)) }
            .sorted { ($0.report.month, $0.report.unit) < ($1.report.month, $1.report.unit) }
        let ids = reports.map { $0.report.id! }
        let sections = try await children("report_sections", of: ids) { row -> ProjectProgress in
            ProjectProgress(project: try row.int("project"), completion: try row.int("completion"),
                            progress: try row.string("progress"), problems: try row.string("problems"),
                            nextSteps: try row.string("next_steps"))
        }
        let phases = try await children("report_phases", of: ids) {
            PhaseCompletion(stream: try $0.int("stream"), order: try $0.int("ordinal"), percent: try $0.int("percent"))
        }
        let values = try await children("report_indicator_values", of: ids) {
            IndicatorValue(indicator: try $0.string("indicator"), value: try $0.double("value"))
        }
        for i in reports.indices {
            let id = reports[i].report.id!
            reports[i].report.sections = (sections[id] ?? []).map { row in
                var section = row.value
                section.phases = (phases[id] ?? []).filter { $0.section == row.section }.map(\.value)
                section.indicatorValues = (values[id] ?? []).filter { $0.section == row.section }.map(\.value)
                return section
            }
        }
        return reports
    }

    /// Rows of a child table by report id, in order, each with its section's position.
    private func children<T>(_ table: String, of ids: [Int64],
                             _ make: (any SQLRow) throws -> T) async throws -> [Int64: [(section: Int, value: T)]] {
        let sectionColumn = table == "report_sections" ? "position" : "section"
        var result: [Int64: [(section: Int, value: T)]] = [:]
        for chunk in ids.chunked(columns: 1) {
            let rows = try await db.select().column("*").from(table).where("report_id", .in, Array(chunk))
                .orderBy("report_id").orderBy(sectionColumn).orderBy("position").all()
            for row in rows {
                result[try row.int64("report_id"), default: []].append((try row.int(sectionColumn), try make(row)))
            }
        }
        return result
    }

    static func report(_ row: any SQLRow) throws -> ProgressReport {
        let monthText = try row.string("month")
        guard let month = ReportMonth(iso: monthText) else {
            throw StoreError.unreadable(table: "progress_reports", column: "month", value: monthText)
        }
        return ProgressReport(
            id: try row.int64("id"), unit: try row.string("unit"), month: month,
            state: try row.value("state", in: "progress_reports"), version: try row.int("version"),
            submittedAt: try row.date(ifAny: "submitted_at", in: "progress_reports"),
            firstSubmittedAt: try row.date(ifAny: "first_submitted_at", in: "progress_reports"),
            submittedBy: try row.string(ifAny: "submitted_by"), late: try row.bool("late"),
            reviewComment: try row.string(ifAny: "review_comment"), reviewedBy: try row.string(ifAny: "reviewed_by"),
            reviewedAt: try row.date(ifAny: "reviewed_at", in: "progress_reports"),
            updatedAt: try row.date(ifAny: "updated_at", in: "progress_reports"),
            updatedBy: try row.string(ifAny: "updated_by"))
    }

    /// The report row's columns other than id, plan, unit and month, as a save writes them.
    static let stateColumns = ["state", "version", "submitted_at", "submitted_by", "late", "review_comment",
                               "reviewed_by", "reviewed_at", "updated_at", "updated_by"]

    static func stateValues(_ r: ProgressReport, version: Int, by actor: String, at date: Date) -> Values {
        [r.state.rawValue, version, r.submittedAt.map(Timestamp.text), r.submittedBy, r.late ? 1 : 0, r.reviewComment,
         r.reviewedBy, r.reviewedAt.map(Timestamp.text), Timestamp.text(date), actor]
    }

    /// Replaces the report's sections, phases and indicator values.
    func writeSections(_ sections: [ProjectProgress], reportID: Int64) async throws {
        for table in ["report_indicator_values", "report_phases", "report_sections"] {
            try await db.delete(from: table).where("report_id", .equal, reportID).run()
        }
        try await db.insert(into: "report_sections",
                            columns: ["report_id", "position", "project", "completion", "progress", "problems", "next_steps"],
                            rows: sections.enumerated().map { i, s in
                                [reportID, i, s.project, s.completion, s.progress, s.problems, s.nextSteps]
                            })
        try await db.insert(into: "report_phases",
                            columns: ["report_id", "section", "position", "stream", "ordinal", "percent"],
                            rows: sections.enumerated().flatMap { i, s in
                                s.phases.enumerated().map { [reportID, i, $0.offset, $0.element.stream, $0.element.order, $0.element.percent] as Values }
                            })
        try await db.insert(into: "report_indicator_values",
                            columns: ["report_id", "section", "position", "indicator", "value"],
                            rows: sections.enumerated().flatMap { i, s in
                                s.indicatorValues.enumerated().map { [reportID, i, $0.offset, $0.element.indicator, $0.element.value] as Values }
                            })
    }
}
