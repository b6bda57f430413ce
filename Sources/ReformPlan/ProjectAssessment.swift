/// A project's status on a day with what it was judged from, and the
/// reasons in words a bulletin or a supervision notice can quote.
public struct ProjectAssessment: Hashable, Sendable {
    public var project: Int
    public var status: ProjectStatus
    /// The days the project's work is spread over: from the first day of its
    /// first phase's first month (1 January without dated phases) to the last
    /// day of its last phase's due month. Without dated phases, or with a
    /// phase paced only by a condition, the work runs to the project's
    /// deadline when that falls in the plan year, else to 31 December: the
    /// plan is a year's plan, so everything in it is due by the year's end.
    public var start: Day
    public var due: Day
    /// The share of the span's days passed by the day of assessment, both
    /// ends counted, in percent 0–100: what the project should show by now
    /// if the work were spread evenly.
    public var expectedCompletion: Double
    /// The completion of the slowest unit that answers for the project, from
    /// each unit's latest counted report; nil when none of them has reported on it.
    public var reportedCompletion: Int?
    /// Each answering unit's latest counted completion (nil: not yet reported).
    public var units: [UnitCompletion]
    public var phaseStatuses: [PhaseKey: PhaseStatus]
    /// Why, in Chinese: "阶段“组织推进”已逾期（6月底前）".
    public var reasons: [String]

    public init(project: Int, status: ProjectStatus, start: Day, due: Day, expectedCompletion: Double,
                reportedCompletion: Int?, units: [UnitCompletion] = [], phaseStatuses: [PhaseKey: PhaseStatus] = [:],
                reasons: [String] = []) {
        self.project = project
        self.status = status
        self.start = start
        self.due = due
        self.expectedCompletion = expectedCompletion
        self.reportedCompletion = reportedCompletion
        self.units = units
        self.phaseStatuses = phaseStatuses
        self.reasons = reasons
    }

    static func span(of project: Project, phases: [Phase], planYear: Int) -> (start: Day, due: Day) {
        let yearDue = project.deadline?.date.flatMap { $0.year == planYear ? $0 : nil }
            ?? Day.endOfMonth(year: planYear, month: 12)
        let dated = phases.filter { !$0.isConditional }
        let start = dated.compactMap(\.firstMonth).min() ?? 1
        let lastDue = dated.compactMap(\.dueMonth).max().map { Day.endOfMonth(year: planYear, month: $0) }
        let due = if let lastDue, dated.count == phases.count { lastDue } else { max(lastDue ?? yearDue, yearDue) }
        return (Day(year: planYear, month: start, day: 1), due)
    }

    static func expectedCompletion(start: Day, due: Day, asOf: Day) -> Double {
        if asOf >= due { return 100 }
        if asOf < start { return 0 }
        let elapsed = start.days(to: asOf) + 1, total = start.days(to: due) + 1
        return min(100, 100 * Double(elapsed) / Double(total))
    }

    /// The answering units in the plan's order; where the plan names none,
    /// whichever units have reported on the project.
    static func unitCompletions(of project: Project, reports: [ProgressReport], asOf: Day) -> [UnitCompletion] {
        var latest: [String: UnitCompletion] = [:]
        var reporting: [String] = []
        for report in ProgressReport.counted(reports, asOf: asOf) {
            guard let section = report.section(for: project.number) else { continue }
            if let seen = latest[report.unit]?.month {
                if report.month < seen { continue }
            } else {
                reporting.append(report.unit)
            }
            latest[report.unit] = UnitCompletion(unit: report.unit, completion: section.completion, month: report.month)
        }
        let answering = project.responsibility.answeringUnits
        return (answering.isEmpty ? reporting : answering).map {
            latest[$0] ?? UnitCompletion(unit: $0, completion: nil, month: nil)
        }
    }
}

/// One answering unit's latest counted word on a project.
public struct UnitCompletion: Hashable, Sendable {
    public var unit: String
    /// nil when the unit has no counted report on the project.
    public var completion: Int?
    public var month: ReportMonth?

    public init(unit: String, completion: Int?, month: ReportMonth?) {
        self.unit = unit
        self.completion = completion
        self.month = month
    }
}
