import Foundation

/// Gathers each unit's ladder from what happened under the plan: the
/// reminders sent to it, the records of 催办, 约谈 and 问责, the notices
/// issued to it, the bulletins that named it, and what it still owes (the
/// months whose report is past its due day unsent, the notices past their
/// reply day unanswered). Only what happened by `today` counts, so the same
/// day always gives the same ladder, and a demo clock moved on shows the
/// unit climbing.
public struct LadderGathering: Sendable {
    public var units: [String]
    public var reports: [ProgressReport]
    public var notices: [SupervisionNotice]
    /// Each reminder sent: to which unit, on which day.
    public var reminders: [(unit: String, day: Day)]
    public var bulletins: [(number: String, issuedOn: Day, facts: BulletinFacts)]
    public var records: [EscalationRecord]
    public var planYear: Int
    /// The first month a report was owed (the notice's month when issued in the plan year).
    public var firstMonth: ReportMonth
    public var thresholds: StatusThresholds
    public var day: @Sendable (Date) -> Day

    public init(units: [String], reports: [ProgressReport], notices: [SupervisionNotice], reminders: [(unit: String, day: Day)],
                bulletins: [(number: String, issuedOn: Day, facts: BulletinFacts)], records: [EscalationRecord],
                planYear: Int, firstMonth: ReportMonth, thresholds: StatusThresholds = StatusThresholds(),
                day: @escaping @Sendable (Date) -> Day) {
        self.units = units
        self.reports = reports
        self.notices = notices
        self.reminders = reminders
        self.bulletins = bulletins
        self.records = records
        self.planYear = planYear
        self.firstMonth = firstMonth
        self.thresholds = thresholds
        self.day = day
    }

    /// What the unit owes as of `today`: each month whose report is past due
    /// and not sent (a returned report is owed again), and each notice past its
    /// reply day unanswered, with the day it fell due, oldest first.
    public func owed(by unit: String, today: Day) -> [(what: String, due: Day, link: String)] {
        var owed: [(String, Day, String)] = []
        let sent = reports.filter { $0.unit == unit && $0.counts && ($0.sentAt.map(day) ?? today) <= today }
        var month = firstMonth
        while month.year == planYear, month <= ReportMonth(today) {
            let due = month.dueDate(dayOfMonth: thresholds.reportDueDay)
            if today > due, !sent.contains(where: { $0.month == month }) {
                owed.append(("\(month.chineseName)进展报送", due, "/report?month=\(month)"))
            }
            month = month.next
        }
        for notice in notices where notice.unit == unit && notice.state.awaitsReply && notice.issuedOn <= today && today > notice.replyDue {
            owed.append(("督办单\(notice.number)的回复", notice.replyDue, "/notices/\(notice.id ?? 0)"))
        }
        return owed.sorted { $0.1 < $1.1 }
    }

    public func facts(of unit: String, today: Day) -> LadderFacts {
        var facts = LadderFacts(unit: unit)
        facts.reminders = reminders.filter { $0.unit == unit && $0.day <= today }.map(\.day).sorted()
        let mine = records.filter { $0.unit == unit && $0.day <= today }
        facts.presses = mine.filter { $0.step == .pressed }.map(\.day).sorted()
        facts.interviews = mine.filter { $0.step == .interview }.map(\.day).sorted()
        facts.referrals = mine.filter { $0.step == .referral }.map(\.day).sorted()
        let issued = notices.filter { $0.unit == unit && $0.issuedOn <= today }
        facts.notices = issued.map(\.issuedOn).sorted()
        facts.bulletins = bulletins.filter { $0.issuedOn <= today && $0.facts.namedReason(unit) != nil }.map(\.issuedOn).sorted()
        facts.lateSince = owed(by: unit, today: today).first?.due
        facts.oldestUnansweredNotice = issued.filter { $0.state.awaitsReply && today > $0.replyDue }.map(\.replyDue).min()
        facts.openNotices = issued.filter { $0.state.awaitsReply }.map(\.issuedOn).sorted()
        return facts
    }

    /// Every unit's standing, the ones with a step due first, then the latest.
    public func standings(today: Day, rules: EscalationRules) -> [LadderStanding] {
        let order = Dictionary(units.enumerated().map { ($1, $0) }) { first, _ in first }
        return units.map { EscalationLadder.standing(facts(of: $0, today: today), today: today, rules: rules) }
            .sorted { a, b in
                if (a.due != nil) != (b.due != nil) { return a.due != nil }
                if a.daysLate != b.daysLate { return a.daysLate > b.daysLate }
                return order[a.unit, default: 0] < order[b.unit, default: 0]
            }
    }
}

extension BulletinFacts {
    /// Why the bulletin names the unit (late, or its report still owed), or nil when it does not.
    public func namedReason(_ unit: String) -> String? {
        reporting.late.contains { $0.unit == unit } ? "逾期报送" : reporting.owing.contains(unit) ? "未按时报送" : nil
    }
}

extension EscalationRecord {
    /// A referral the office decided to hold: an accountability case for the year-end assessment.
    public var assessmentEvent: AssessmentEvent? {
        guard step == .referral, held == true else { return nil }
        return AssessmentEvent(kind: .accountabilityCase, date: day,
                               description: "\(summary)（移送\(by)，结果：\(outcome ?? "已问责")）", reference: "问责记录第\(id ?? 0)号")
    }
}
