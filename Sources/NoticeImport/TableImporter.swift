import Foundation
import OfficeTables
import ReformPlan

/// Reads a responsibility table (责任分解表), a Word document's table or an
/// Excel sheet, into a `Plan` of the same shape as a notice gives: projects
/// with their chains, deadlines, steps and targets, the units and people, and
/// findings located by sheet or table, row and column. The plan's source text
/// is the table written out a row a line, so line n of a finding is row n.
public enum TableImporter {
    public static func importTable(data: Data) throws(NoticeImportError) -> Plan {
        let whole = try TableCandidates.read(data)
        let candidates = whole.map { candidate in
            var cropped = candidate
            cropped.grid = candidate.grid.cropped(rows: TableCandidates.maxRows, columns: TableCandidates.maxColumns)
            return cropped
        }
        for (index, candidate) in candidates.enumerated() {
            guard let header = TableHeader.find(in: candidate.grid) else { continue }
            var plan = try plan(from: candidate, header: header, others: candidates.filter { $0.grid != candidate.grid })
            if candidate.grid != whole[index].grid {
                plan.findings.append(Finding(line: candidate.grid.rowCount, column: 1, message:
                    "表格超出\(TableCandidates.maxRows)行或\(TableCandidates.maxColumns)列，只读取了这一范围；其外的内容未导入。"))
            }
            return plan
        }
        throw .noTableHeader(tables: candidates.map { $0.kind == .sheet ? "工作表“\($0.grid.name)”" : $0.grid.name })
    }

    static func plan(from candidate: TableCandidates.Candidate, header: TableHeader,
                     others: [TableCandidates.Candidate]) throws(NoticeImportError) -> Plan {
        var source = TableSource(grid: candidate.grid, kind: candidate.kind)
        let above = (1..<header.rows.lowerBound).map { row in
            (1...max(1, candidate.grid.columnCount)).map { candidate.grid[row, $0].text }.joined(separator: " ")
        }
        let heading = TableTitle(lines: candidate.before + above)
        let title = heading.title ?? candidate.fallbackTitle
        if heading.title == nil {
            source.report(.warning, row: 1, "表格上方没有标题，计划标题暂用“\(title)”，请在计划文件中更正。")
        }
        for line in heading.unplaced {
            source.report(.info, row: 1, outside: "表头上方", "“\(line.prefix(60))”未导入。")
        }
        for line in candidate.after where !line.isEmpty {
            source.report(.info, row: max(1, candidate.grid.rowCount), outside: "\(candidate.grid.name)之后",
                          "文字“\(TableSource.clean(line).prefix(60))”未导入。")
        }
        for other in others where TableHeader.find(in: other.grid) != nil {
            source.report(.warning, row: 1, "\(other.grid.name)也是一张带表头的表，未导入：一次只导入一张表。")
        }
        let year = PlanYear.of(title: title, noticeTitle: nil, issued: heading.issuedDate)
        var builder = TablePlanBuilder(source: source, header: header, planYear: year)
        builder.build()
        guard !builder.projects.isEmpty else {
            throw .noTableRows(place: builder.source.place(row: header.rows.upperBound))
        }
        let notice = Notice(title: title, year: year, issuer: heading.issuer, issuedDate: heading.issuedDate,
                            sourceText: builder.source.text.string)
        var plan = Plan(notice: notice, projects: builder.projects, indicators: builder.extractor.indicators,
                        phases: builder.phases)
        Directory.fill(&plan, people: [])
        plan.findings = builder.source.findings.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
        return plan
    }
}
