import Foundation

/// Compiles a month's bulletin facts from the plan, the reports and the
/// notices, as of the month's last day. Only what had happened by then
/// counts: a report submitted in the next month is missing from this
/// month's bulletin (and late in the trend of later ones), so a bulletin for
/// 2019-09 says the same whenever it is compiled, as long as the data of
/// September itself is not rewritten.
public struct BulletinCompiler {
    public var plan: Plan
    public var reports: [ProgressReport]
    public var notices: [SupervisionNotice]
    public var thresholds: StatusThresholds
    /// The day an instant falls on where the bureau is (Asia/Shanghai):
    /// supplied by the caller because this module knows no time zones.
    public var day: @Sendable (Date) -> Day

    public init(plan: Plan, reports: [ProgressReport], notices: [SupervisionNotice],
                thresholds: StatusThresholds = StatusThresholds(), day: @escaping @Sendable (Date) -> Day) {
        self.plan = plan
        self.reports = reports
        self.notices = notices
        self.thresholds = thresholds
        self.day = day
    }

    /// The plan year months are read in; a plan that names none is read in the compiled month's year.
    func year(of month: ReportMonth) -> Int { plan.year ?? month.year }

    /// The units that must report: every unit answering for a project, in plan order.
    public var reportingUnits: [String] { plan.reportingUnits }

    /// Reports that stood as sent on `asOf`, for months up to its month: first
    /// sent by then, and submitted or accepted — or returned only after that
    /// day, since on that day it was still a sent report.
    func known(asOf: Day) -> [ProgressReport] {
        reports.filter { report in
            guard report.month <= ReportMonth(asOf), let sent = submittedOn(report), sent <= asOf else { return false }
            return report.counts || returnedAfter(report, asOf)
        }
    }

    func returnedAfter(_ report: ProgressReport, _ asOf: Day) -> Bool {
        report.state == .returned && (report.reviewedAt.map(day).map { $0 > asOf } ?? false)
    }

    /// The first sending: resubmitting a returned report does not make it later.
    func submittedOn(_ report: ProgressReport) -> Day? { report.sentAt.map(day) }

    public func compile(month: ReportMonth, indicators: [IndicatorStanding]) -> BulletinFacts {
        let asOf = month.last
        let known = known(asOf: asOf)
        var lines: [BulletinFacts.ProjectLine] = []
        for project in plan.projects {
            let phases = plan.phases(of: project.number)
            let assessment = ProjectStatus.of(project: project, phases: phases, planYear: year(of: month), reports: known,
                                              thresholds: thresholds, asOf: asOf)
            lines.append(BulletinFacts.ProjectLine(
                number: project.number, title: project.title, category: project.category?.chineseName ?? "未分类",
                units: project.responsibility.answeringUnits, firstResponsible: project.responsibility.firstResponsible,
                status: assessment.status, completion: assessment.reportedCompletion,
                expected: Int(assessment.expectedCompletion.rounded()), reasons: assessment.reasons))
        }
        var categoryNames: [String] = []
        for line in lines where !categoryNames.contains(line.category) { categoryNames.append(line.category) }
        let categories = categoryNames.map { name in
            BulletinFacts.CategoryLine(name: name, counts: .init(lines.filter { $0.category == name }.map(\.status)))
        }
        let firstMonth = ReportMonth(year: month.year, month: month.year == year(of: month) ? 1 : month.month)
        let trend = sequence(first: firstMonth) { $0.next }.prefix { $0 <= month }.map { reporting($0, asOf: asOf) }
        let (due, stillOverdue) = phaseLines(month: month, reports: known)
        return BulletinFacts(
            month: month, asOf: asOf, statusCounts: .init(lines.map(\.status)), categories: categories,
            projects: lines, reporting: reporting(month, asOf: asOf), reportingTrend: Array(trend),
            phasesDue: due, phasesStillOverdue: stillOverdue, indicators: indicators,
            notices: noticeLine(month: month), goodPractice: goodPractice(month: month, known: known),
            problems: problems(month: month, known: known))
    }

    /// Each reporting unit's standing for `month`: on time by the due day,
    /// late after it but by `asOf`, or missing.
    public func reporting(_ month: ReportMonth, asOf: Day) -> BulletinFacts.ReportingLine {
        let dueDay = month.dueDate(dayOfMonth: thresholds.reportDueDay)
        var line = BulletinFacts.ReportingLine(month: month, dueDay: dueDay, onTime: [], late: [], returned: [], missing: [])
        let sent = known(asOf: asOf).filter { $0.month == month }
        // Returned by `asOf` and not sent again by then.
        let returned = Set(reports.filter {
            $0.month == month && $0.state == .returned && !returnedAfter($0, asOf) && (submittedOn($0).map { $0 <= asOf } ?? false)
        }.map(\.unit))
        for unit in reportingUnits {
            // A unit's first sending counts (see `submittedOn`).
            let days = sent.filter { $0.unit == unit }.map { submittedOn($0) ?? dueDay }
            if let first = days.min() {
                if first <= dueDay { line.onTime.append(unit) } else {
                    line.late.append(.init(unit: unit, submittedOn: first))
                }
            } else if returned.contains(unit) {
                line.returned.append(unit)
            } else {
                line.missing.append(unit)
            }
        }
        return line
    }

    func phaseLines(month: ReportMonth, reports known: [ProgressReport])
        -> (due: [BulletinFacts.PhaseLine], stillOverdue: [BulletinFacts.PhaseLine]) {
        var due: [BulletinFacts.PhaseLine] = [], overdue: [BulletinFacts.PhaseLine] = []
        for project in plan.projects {
            for phase in plan.phases(of: project.number) {
                guard let dueMonth = phase.dueMonth, month.year == year(of: month) else { continue }
                let status = PhaseStatus.of(phase, planYear: year(of: month), reports: known, asOf: month.last)
                let line = BulletinFacts.PhaseLine(
                    project: project.number, projectTitle: project.title, stream: phase.stream, order: phase.order,
                    title: phase.title, dueMonth: dueMonth, status: status, units: project.responsibility.answeringUnits)
                if dueMonth == month.month { due.append(line) }
                if dueMonth < month.month && status == .overdue { overdue.append(line) }
            }
        }
        return (due, overdue)
    }

    func noticeLine(month: ReportMonth) -> BulletinFacts.NoticeLine {
        let asOf = month.last
        func ref(_ n: SupervisionNotice) -> BulletinFacts.NoticeRef {
            .init(number: n.number, unit: n.unit, project: n.project, replyDue: n.replyDue)
        }
        let issued = notices.filter { $0.issuedOn <= asOf }.sorted { ($0.year, $0.serial) < ($1.year, $1.serial) }
        let repliedOn = { (n: SupervisionNotice) in n.repliedAt.map(day) }
        return .init(
            opened: issued.filter { ReportMonth($0.issuedOn) == month }.map(ref),
            answered: issued.filter { repliedOn($0).map { ReportMonth($0) == month } ?? false }.map(ref),
            // Owed as of the month's end: no reply by then, past its day, not closed without one.
            overdue: issued.filter { n in
                guard n.replyDue < asOf else { return false }
                if let replied = repliedOn(n) { return replied > asOf }
                return n.state != .closed
            }.map(ref))
    }

    /// Accepted sections of the month whose completion rose the most since
    /// the unit's previous report on the project: the likeliest good practice.
    func goodPractice(month: ReportMonth, known: [ProgressReport]) -> [BulletinFacts.PracticeLine] {
        var candidates: [(gain: Int, line: BulletinFacts.PracticeLine)] = []
        for report in known where report.month == month && report.state == .accepted {
            for section in report.sections where !section.progress.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                let before = known.filter { $0.unit == report.unit && $0.month < month }
                    .sorted { $0.month > $1.month }.lazy.compactMap { $0.section(for: section.project) }.first
                let title = plan.project(section.project)?.title ?? "项目\(section.project)"
                candidates.append((section.completion - (before?.completion ?? 0),
                                   .init(unit: report.unit, project: section.project, projectTitle: title,
                                         text: section.progress)))
            }
        }
        return candidates.sorted { ($1.gain, $0.line.project, $0.line.unit) < ($0.gain, $1.line.project, $1.line.unit) }
            .prefix(3).map(\.line)
    }

    func problems(month: ReportMonth, known: [ProgressReport]) -> [BulletinFacts.PracticeLine] {
        known.filter { $0.month == month }.sorted { $0.unit < $1.unit }.flatMap { report in
            report.sections.filter { !$0.problems.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }.map {
                BulletinFacts.PracticeLine(unit: report.unit, project: $0.project,
                                           projectTitle: plan.project($0.project)?.title ?? "项目\($0.project)",
                                           text: $0.problems)
            }
        }
    }
}
