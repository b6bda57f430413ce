/// Where a phase (实施步骤) stands on a day, by its months in the plan year
/// and by what units have reported.
public enum PhaseStatus: String, Hashable, Sendable, Codable, CaseIterable {
    case notStarted, inProgress, dueThisMonth, overdue, done, doneLate
    /// Paced by other work ("与全市“民呼我应”改革工作同步推进"), with no months:
    /// never overdue by date; only reports move it.
    case conditional

    public var chineseName: String {
        switch self {
        case .notStarted: "未开始"
        case .inProgress: "进行中"
        case .dueThisMonth: "本月到期"
        case .overdue: "已逾期"
        case .done: "已完成"
        case .doneLate: "逾期完成"
        case .conditional: "视条件推进"
        }
    }

    public var englishName: String {
        switch self {
        case .notStarted: "Not started"
        case .inProgress: "In progress"
        case .dueThisMonth: "Due this month"
        case .overdue: "Overdue"
        case .done: "Done"
        case .doneLate: "Done late"
        case .conditional: "Paced by a condition"
        }
    }

    public var isDone: Bool { self == .done || self == .doneLate }

    /// The rules, in order:
    /// 1. Done when a counted report (submitted or accepted, for a month up to
    ///    `asOf`'s) gives the phase 100 %: once said, done stays done whatever
    ///    a later report says. Done late when the first such month is after
    ///    the phase's due month.
    /// 2. A phase without months: in progress once a counted report gives it
    ///    more than 0 %, otherwise conditional. The plan year's end does not
    ///    make it overdue: its pace is set by the other work.
    /// 3. Overdue from the first day after its due month, in any later year too;
    ///    due this month during the due month.
    /// 4. In progress from its first month ("11月前" starts in January), or
    ///    earlier when a unit already reports work on it; before that, not started.
    public static func of(_ phase: Phase, planYear: Int, reports: [ProgressReport], asOf: Day) -> PhaseStatus {
        let reported = phaseCompletions(of: PhaseKey(phase), in: reports, asOf: asOf)
        if let doneIn = reported.filter({ $0.percent >= 100 }).map(\.month).min() {
            if let due = phase.dueMonth, doneIn > ReportMonth(year: planYear, month: due) { return .doneLate }
            return .done
        }
        let started = reported.contains { $0.percent > 0 }
        guard let first = phase.firstMonth, let due = phase.dueMonth else {
            return started ? .inProgress : .conditional
        }
        let now = ReportMonth(asOf), dueMonth = ReportMonth(year: planYear, month: due)
        if now > dueMonth { return .overdue }
        if now == dueMonth { return .dueThisMonth }
        if started || now >= ReportMonth(year: planYear, month: first) { return .inProgress }
        return .notStarted
    }

    /// Every percent a counted report gives the phase, with the report's month.
    static func phaseCompletions(of key: PhaseKey, in reports: [ProgressReport],
                                 asOf: Day) -> [(month: ReportMonth, percent: Int)] {
        ProgressReport.counted(reports, asOf: asOf).flatMap { report in
            report.sections.flatMap(\.phases)
                .filter { PhaseKey(stream: $0.stream, order: $0.order) == key }
                .map { (report.month, $0.percent) }
        }
    }
}
