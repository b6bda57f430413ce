/// Where a reform project stands on a day, judged from its phases, the time
/// that has passed and what its responsible units have reported.
public enum ProjectStatus: String, Hashable, Sendable, Codable, CaseIterable {
    case notStarted, onTrack, lagging, overdue, done

    /// The order bulletins, summaries and charts list statuses in: done
    /// first, then on track, behind, overdue, and not started last.
    public static let reportOrder: [ProjectStatus] = [.done, .onTrack, .lagging, .overdue, .notStarted]

    public var chineseName: String {
        switch self {
        case .notStarted: "未启动"
        case .onTrack: "正常推进"
        case .lagging: "进度滞后"
        case .overdue: "已逾期"
        case .done: "已完成"
        }
    }

    public var englishName: String {
        switch self {
        case .notStarted: "Not started"
        case .onTrack: "On track"
        case .lagging: "Lagging"
        case .overdue: "Overdue"
        case .done: "Done"
        }
    }

    /// The rules, first match wins:
    /// 1. Done: every phase done (late or not); a project without phases when
    ///    its reported completion is 100 %.
    /// 2. Overdue: a phase is overdue; a project without phases once its due
    ///    day (its deadline in the plan year, else 31 December) has passed.
    /// 3. Lagging: the share of time passed exceeds the reported completion
    ///    by more than `thresholds.lagMargin` points; with no report at all
    ///    the completion counts as 0.
    /// 4. Not started: before the project's first day and nothing reported.
    /// 5. Otherwise on track.
    ///
    /// `phases` are the project's own; `reports` may be every unit's, since
    /// only the sections of this project by the units that answer for it are read.
    public static func of(project: Project, phases: [Phase], planYear: Int, reports: [ProgressReport],
                          thresholds: StatusThresholds = StatusThresholds(), asOf: Day) -> ProjectAssessment {
        let span = ProjectAssessment.span(of: project, phases: phases, planYear: planYear)
        let expected = ProjectAssessment.expectedCompletion(start: span.start, due: span.due, asOf: asOf)
        let units = ProjectAssessment.unitCompletions(of: project, reports: reports, asOf: asOf)
        // A project is only as far as its slowest responsible unit; a unit
        // that has not reported has shown nothing, so it counts as 0 once any has.
        let reported = units.contains { $0.completion != nil } ? units.map { $0.completion ?? 0 }.min() : nil
        let phaseStatuses = phases.map { PhaseStatus.of($0, planYear: planYear, reports: reports, asOf: asOf) }

        let status: ProjectStatus
        if phases.isEmpty ? (reported ?? 0) >= 100 : phaseStatuses.allSatisfy(\.isDone) {
            status = .done
        } else if phases.isEmpty ? asOf > span.due : phaseStatuses.contains(.overdue) {
            status = .overdue
        } else if expected - Double(reported ?? 0) > Double(thresholds.lagMargin) {
            status = .lagging
        } else if asOf < span.start && reported == nil {
            status = .notStarted
        } else {
            status = .onTrack
        }

        var assessment = ProjectAssessment(
            project: project.number, status: status, start: span.start, due: span.due,
            expectedCompletion: expected, reportedCompletion: reported, units: units,
            phaseStatuses: Dictionary(zip(phases.map(PhaseKey.init), phaseStatuses), uniquingKeysWith: { a, _ in a }))
        assessment.reasons = assessment.explanation(phases: phases, thresholds: thresholds)
        return assessment
    }
}
