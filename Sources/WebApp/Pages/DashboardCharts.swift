import OfficialDocuments
import ReformPlan

/// The dashboard's two charts, drawn as the bulletin draws them: projects by
/// status in each category, and the share of units reporting on time month
/// by month up to the as-of month.
struct DashboardCharts {
    let overview: Overview
    let notices: [SupervisionNotice]

    var data: [String: Any] {
        let statuses = ProjectStatus.reportOrder
        var categories: [String] = []
        for project in overview.plan.projects {
            let name = project.category?.chineseName ?? "未分类"
            if !categories.contains(name) { categories.append(name) }
        }
        let byCategory = DocumentChart(
            kind: .stacked, title: "各类改革项目进展状态（个）", categories: categories,
            series: statuses.map { status in
                .init(name: status.chineseName, values: categories.map { name in
                    Double(overview.plan.projects.filter {
                        ($0.category?.chineseName ?? "未分类") == name && overview.assessments[$0.number]?.status == status
                    }.count)
                })
            }, unit: "个")
        let compiler = BulletinCompiler(plan: overview.plan, reports: overview.reports, notices: notices,
                                        thresholds: overview.thresholds) { Shanghai.day(of: $0) }
        let first = ReportMonth(year: overview.year, month: 1)
        // The as-of month only once its due day has come: before that nobody owes it yet.
        let due = overview.month.dueDate(dayOfMonth: overview.thresholds.reportDueDay)
        let last = overview.asOf >= due ? overview.month : overview.month.previous
        let months = sequence(first: first) { $0.next }.prefix { $0 <= last }
        let trend = months.map { compiler.reporting($0, asOf: overview.asOf) }
        let onTime = DocumentChart(kind: .line, title: "各月按时报送率（%）", categories: trend.map { "\($0.month.month)月" },
                                   series: [.init(name: "按时报送率", values: trend.map(\.onTimePercent))], unit: "%")
        return ["statusChart": SVGCharts.chart(byCategory), "reportingChart": SVGCharts.chart(onTime),
                "hasCharts": !categories.isEmpty]
    }
}
