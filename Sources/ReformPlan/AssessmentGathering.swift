import Foundation

/// Gathers each office's assessment evidence from the plan and what has
/// happened under it: the months it owed a report and when it sent them,
/// the phases of its projects and when they were done, its indicators, the
/// notices addressed to it, the bulletins that named it, and the events the
/// supervisor recorded. District bureaus' evidence (sub-plan reports, their
/// districts' figures) comes from the application and is added beside it.
public struct AssessmentGathering {
    public var plan: Plan
    public var reports: [ProgressReport]
    public var notices: [SupervisionNotice]
    /// Issued bulletins: their number, issue day and facts.
    public var bulletins: [(number: String, issuedOn: Day, facts: BulletinFacts)]
    /// Events the supervisor recorded (commendations, accountability cases), per unit.
    public var events: [String: [AssessmentEvent]]
    /// The latest figure of each indicator, by name.
    public var values: [String: Double]
    public var thresholds: StatusThresholds
    public var day: @Sendable (Date) -> Day

    /// The plan year; `year` stands in for a plan that names none.
    public let year: Int

    public init(plan: Plan, year: Int, reports: [ProgressReport], notices: [SupervisionNotice],
                bulletins: [(number: String, issuedOn: Day, facts: BulletinFacts)], events: [String: [AssessmentEvent]],
                values: [String: Double], thresholds: StatusThresholds = StatusThresholds(),
                day: @escaping @Sendable (Date) -> Day) {
        self.plan = plan
        self.year = plan.year ?? year
        self.reports = reports
        self.notices = notices
        self.bulletins = bulletins
        self.events = events
        self.values = values
        self.thresholds = thresholds
        self.day = day
    }


    /// The first month reports were owed: the notice's month when it was issued in the plan year, else January.
    public var firstMonth: ReportMonth { plan.firstReportMonth(year: year) }

    /// The months whose report was due by `asOf` (and the current month's if already sent).
    public func monthsDue(asOf: Day) -> [ReportMonth] {
        let last = min(ReportMonth(asOf), ReportMonth(year: year, month: 12))
        return Array(sequence(first: firstMonth) { $0.next }.prefix { $0 <= last })
    }

    /// Every unit that answers for a project, in plan order, with its evidence.
    public func offices(asOf: Day) -> [AssessmentEvidence] {
        plan.reportingUnits.map { evidence(of: $0, asOf: asOf) }
    }

    public func evidence(of unit: String, asOf: Day) -> AssessmentEvidence {
        let counted = reports.filter { $0.unit == unit && $0.counts }
        let reportRecords = monthsDue(asOf: asOf).compactMap { month -> AssessmentEvidence.Report? in
            let due = month.dueDate(dayOfMonth: thresholds.reportDueDay)
            let sent = counted.filter { $0.month == month }.min { (submittedOn($0) ?? due) < (submittedOn($1) ?? due) }
            // This month's report is owed only from its due day; before that only a sent one is evidence.
            if month == ReportMonth(asOf), asOf < due, sent == nil { return nil }
            return .init(month: month, dueOn: due, submittedOn: sent.flatMap(submittedOn), reportID: sent?.id)
        }
        let projects = plan.projects(answeredBy: unit)
        let phases = projects.flatMap { project in
            plan.phases(of: project.number).filter { !$0.isConditional }.map { phase in
                AssessmentEvidence.PhaseRecord(
                    project: project.number, phase: PhaseKey(phase), title: phase.title,
                    dueMonth: phase.dueMonth.map { ReportMonth(year: year, month: $0) },
                    doneMonth: doneMonth(of: phase, answeredBy: project.responsibility.answeringUnits))
            }
        }
        let numbers = Set(projects.map(\.number))
        let indicators = plan.indicators.filter { $0.project.map(numbers.contains) ?? false }.map {
            AssessmentEvidence.IndicatorRecord(name: $0.name, project: $0.project, comparator: $0.comparator,
                                               target: $0.target, targetUpper: $0.targetUpper, value: values[$0.name])
        }
        return AssessmentEvidence(unit: unit, kind: .office, reports: reportRecords, phases: phases, indicators: indicators,
                                  notices: noticeRecords(of: unit), events: recordedAndNamed(unit))
    }

    /// The first sending, as the bulletins judge it.
    func submittedOn(_ report: ProgressReport) -> Day? { report.sentAt.map(day) }

    /// The first month a counted report of an answering unit gave the phase 100 %.
    func doneMonth(of phase: Phase, answeredBy units: [String]) -> ReportMonth? {
        reports.filter { $0.counts && units.contains($0.unit) }.filter { report in
            report.sections.contains { section in
                section.phases.contains { $0.stream == phase.stream && $0.order == phase.order && $0.isDone }
                    && (phase.project == nil || section.project == phase.project)
            }
        }.map(\.month).min()
    }

    public func noticeRecords(of unit: String) -> [AssessmentEvidence.NoticeRecord] {
        notices.filter { $0.unit == unit }.sorted { ($0.year, $0.serial) < ($1.year, $1.serial) }.map {
            .init(id: $0.id, number: $0.number, replyDue: $0.replyDue, repliedOn: $0.repliedAt.map(day))
        }
    }

    /// The recorded events and one "被通报" for each issued bulletin that
    /// named the unit as late or owing its report.
    public func recordedAndNamed(_ unit: String) -> [AssessmentEvent] {
        let named = bulletins.compactMap { bulletin -> AssessmentEvent? in
            bulletin.facts.namedReason(unit).map {
                AssessmentEvent(kind: .namedInBulletin, date: bulletin.issuedOn,
                                description: "\(bulletin.facts.month.chineseName)进展情况\($0)", reference: bulletin.number)
            }
        }
        return (events[unit] ?? []) + named
    }
}
