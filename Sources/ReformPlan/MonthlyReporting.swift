/// The monthly reporting cycle (每月通报): who still owes a month's report,
/// whether one came late, which phases fall due in a month.
public enum MonthlyReporting {
    /// The units, in the order given and each once, without a submitted or
    /// accepted report for `month`: a draft has not been sent and a returned
    /// report has to be sent again, so both leave the unit owing.
    public static func missingReports(units: [String], reports: [ProgressReport], month: ReportMonth) -> [String] {
        let reported = Set(reports.filter { $0.month == month && $0.counts }.map(\.unit))
        var seen = Set<String>()
        return units.filter { !reported.contains($0) && seen.insert($0).inserted }
    }

    /// Submitted after the month's due day (`thresholds.reportDueDay`, or the
    /// month's last day when the month is shorter).
    public static func isLate(submittedOn: Day, month: ReportMonth,
                              thresholds: StatusThresholds = StatusThresholds()) -> Bool {
        submittedOn > month.dueDate(dayOfMonth: thresholds.reportDueDay)
    }

    /// The phases whose due month is `month`, in the order given; none when
    /// `month` is not in the plan year, and never a conditional phase.
    public static func phasesDue(in month: ReportMonth, phases: [Phase], planYear: Int) -> [Phase] {
        guard month.year == planYear else { return [] }
        return phases.filter { $0.dueMonth == month.month }
    }
}
