/// The quarterly view (季度调度): for each project, the phases that fall due
/// in the quarter, met or missed, and the problems units reported in the
/// quarter that are still open (the latest word of each unit) — the working
/// material of the quarterly dispatch meeting.
public struct QuarterReview: Sendable {
    public struct ProjectQuarter: Sendable {
        public var project: Project
        public var status: ProjectStatus
        public var phases: [(phase: Phase, status: PhaseStatus)]
        /// "单位（9月）：…", each unit's latest problems in the quarter.
        public var problems: [String]

        /// Something for the meeting: a phase missed or still due, or a problem raised.
        public var needsAttention: Bool {
            status == .lagging || status == .overdue || !problems.isEmpty
                || phases.contains { !$0.status.isDone }
        }
    }

    public var year: Int
    public var quarter: Int
    /// The day the quarter is read as of: its last day, or today within it.
    public var asOf: Day
    public var projects: [ProjectQuarter]

    public var months: ClosedRange<Int> { (quarter - 1) * 3 + 1 ... quarter * 3 }
    public var title: String { "\(year)年第\(ChineseNumber.text(quarter))季度" }
    public var missedCount: Int { projects.flatMap(\.phases).filter { $0.status == .overdue }.count }
    public var metCount: Int { projects.flatMap(\.phases).filter { $0.status.isDone }.count }

    /// `quarter` 1–4 of `year`, as of `today` (the quarter's end when it has passed).
    public init(plan: Plan, reports: [ProgressReport], year: Int, quarter: Int, today: Day,
                thresholds: StatusThresholds = StatusThresholds()) {
        self.year = year
        self.quarter = min(4, max(1, quarter))
        let end = Day.endOfMonth(year: year, month: self.quarter * 3)
        let asOf = min(end, today)
        self.asOf = asOf
        let months = (self.quarter - 1) * 3 + 1 ... self.quarter * 3
        let planYear = plan.year ?? year
        let counted = reports.filter { $0.counts && $0.month <= ReportMonth(asOf) }
        projects = plan.projects.map { project in
            let phases = plan.phases(of: project.number)
            let status = ProjectStatus.of(project: project, phases: phases, planYear: planYear, reports: counted,
                                          thresholds: thresholds, asOf: asOf).status
            let due = planYear == year ? phases.filter { $0.dueMonth.map(months.contains) ?? false } : []
            let problems = project.responsibility.answeringUnits.compactMap { unit -> String? in
                let latest = counted.filter { $0.unit == unit && $0.month.year == year && months.contains($0.month.month) }
                    .sorted { $0.month > $1.month }.lazy.compactMap { report in
                        report.section(for: project.number).map { (report.month, $0.problems) }
                    }.first
                guard let (month, text) = latest else { return nil }
                let words = text.trimmingCharacters(in: .whitespacesAndNewlines)
                return words.isEmpty ? nil : "\(unit)（\(month.month)月）：\(words)"
            }
            return ProjectQuarter(
                project: project, status: status,
                phases: due.map { ($0, PhaseStatus.of($0, planYear: planYear, reports: counted, asOf: asOf)) },
                problems: problems)
        }
    }
}
