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
    /// Each reminder sent: to which unit, on which day, of what. Only those of
    /// reports and notice replies are the ladder's 提醒 (`isLadderReminder`).
    public var reminders: [(unit: String, day: Day, kind: Message.Kind)]
    public var bulletins: [(number: String, issuedOn: Day, facts: BulletinFacts)]
    public var records: [EscalationRecord]
    public var planYear: Int
    /// The first month a report was owed (the notice's month when issued in the plan year).
    public var firstMonth: ReportMonth
    public var thresholds: StatusThresholds
    public var day: @Sendable (Date) -> Day

    public init(units: [String], reports: [ProgressReport], notices: [SupervisionNotice],
                reminders: [(unit: String, day: Day, kind: Message.Kind)],
                bulletins: [(number: String, issuedOn: Day, facts: BulletinFacts)], records: [EscalationRecord],
                planYear: Int, firstMonth: ReportMonth, thresholds: StatusThresholds = StatusThresholds(),
                day: @escaping @Sendable (Date) -> Day) {
        self.units = units
        self.reports = reports
        self.notices = notices
        self.reminders = reminders.filter(\.kind.isLadderReminder)
        self.bulletins = bulletins
        self.records = records
        self.planYear = planYear
        self.firstMonth = firstMonth
        self.thresholds = thresholds
        self.day = day
    }

    /// One stretch in which the unit was late with something: from the day it
    /// fell due (for a returned report, the day it came back) until the day
    /// it was sent or answered; open (`to` nil) while still owed.
    public struct LateStretch: Hashable, Sendable {
        public var what: String
        public var from: Day
        public var to: Day?
        public var link: String
    }

    /// Every stretch of lateness by `today`: each month whose report came after
    /// its due day or has not come, a returned report from its return, each
    /// notice answered after its reply day or not yet answered.
    public func stretches(of unit: String, today: Day) -> [LateStretch] {
        var found: [LateStretch] = []
        let mine = reports.filter { $0.unit == unit }
        var month = firstMonth
        while month.year == planYear, month <= ReportMonth(today) {
            let due = month.dueDate(dayOfMonth: thresholds.reportDueDay)
            let what = "\(month.chineseName)进展报送", link = "/report?month=\(month)"
            if today > due {
                let report = mine.first { $0.month == month }
                let sent = report?.sentAt.map(day).flatMap { $0 <= today ? $0 : nil }
                if let report, let sent, report.counts {
                    if sent > due { found.append(.init(what: what, from: due, to: sent, link: link)) }
                } else if let report, let sent, report.state == .returned {
                    // Sent, then returned: owed again from the day it came back.
                    if sent > due { found.append(.init(what: what, from: due, to: sent, link: link)) }
                    let back = max(sent, report.reviewedAt.map(day) ?? sent)
                    if back <= today { found.append(.init(what: what + "（被退回）", from: back, to: nil, link: link)) }
                } else {
                    found.append(.init(what: what, from: due, to: nil, link: link))
                }
            }
            month = month.next
        }
        for notice in notices where notice.unit == unit && notice.issuedOn <= today && today > notice.replyDue {
            let what = "督办单\(notice.number)的回复", link = "/notices/\(notice.id ?? 0)"
            if let replied = notice.repliedAt.map(day), replied <= today {
                if replied > notice.replyDue { found.append(.init(what: what, from: notice.replyDue, to: replied, link: link)) }
            } else if notice.state.awaitsReply {
                found.append(.init(what: what, from: notice.replyDue, to: nil, link: link))
            }
        }
        return found.sorted { $0.from < $1.from }
    }

    /// What the unit still owes as of `today`, oldest first, with the day each became owed.
    public func owed(by unit: String, today: Day) -> [(what: String, due: Day, link: String)] {
        stretches(of: unit, today: today).filter { $0.to == nil }.map { ($0.what, $0.from, $0.link) }
    }

    /// When the unbroken stretch of lateness that reaches `today` began: the
    /// stretches merged where they meet or overlap. Sending only the oldest
    /// of two late reports does not start the case again; a day with nothing
    /// late in between does.
    public func lateSince(_ unit: String, today: Day) -> Day? {
        var runs: [(from: Day, to: Day?)] = []
        for stretch in stretches(of: unit, today: today) {
            if let last = runs.last, last.to.map({ stretch.from <= $0 }) ?? true {
                let end: Day? = if let a = last.to, let b = stretch.to { max(a, b) } else { nil }
                runs[runs.count - 1] = (last.from, end)
            } else {
                runs.append((stretch.from, stretch.to))
            }
        }
        return runs.first { $0.to == nil }?.from
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
        facts.lateSince = lateSince(unit, today: today)
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

extension Message.Kind {
    /// The reminders that are the ladder's first rung: of reports and notice replies, not of a meeting's actions.
    public var isLadderReminder: Bool { self == .reportDueSoon || self == .reportOverdue || self == .noticeReplyOverdue }
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
