import Foundation

/// The escalation ladder of 六(五)'s 跟踪督办: 提醒 (automatic) → 催办 (the supervisor
/// presses, with a record) → 督办单 → 通报 (named in a bulletin) → 约谈 (an interview by
/// the leader in charge) → 问责 (a referral for accountability). A unit stands on the
/// highest rung reached in its current case of lateness; the rules say when the next is due.
public enum Rung: Int, Hashable, Sendable, Codable, CaseIterable, Comparable {
    case reminder = 1, pressed, notice, bulletin, interview, accountability

    public var chineseName: String {
        switch self {
        case .reminder: "提醒"
        case .pressed: "催办"
        case .notice: "督办单"
        case .bulletin: "通报"
        case .interview: "约谈"
        case .accountability: "问责"
        }
    }

    public static func < (a: Rung, b: Rung) -> Bool { a.rawValue < b.rawValue }
}

/// When a case moves up: configuration, kept as a setting, with the defaults below.
public struct EscalationRules: Hashable, Sendable, Codable {
    /// 催办 once the unit's oldest owed report or notice reply is this many days late.
    public var pressAfterDays = 3
    /// 督办单 once this many days late and pressed at least `noticeAfterPresses` times.
    public var noticeAfterDays = 7
    public var noticeAfterPresses = 1
    /// 约谈 once named in this many bulletins during the case, or a notice is this many days past its reply date.
    public var interviewAfterBulletins = 2
    public var interviewAfterNoticeDays = 14
    /// 问责 once still late this many days after the last interview.
    public var accountabilityAfterInterviewDays = 30

    public init() {}

    /// Where the rules are kept, as JSON, among the settings.
    public static let settingKey = "escalation.rules"

    /// A field left out of what was kept takes its default, so rules kept by an
    /// older version still read when a rule is added.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = EscalationRules()
        pressAfterDays = try c.decodeIfPresent(Int.self, forKey: .pressAfterDays) ?? d.pressAfterDays
        noticeAfterDays = try c.decodeIfPresent(Int.self, forKey: .noticeAfterDays) ?? d.noticeAfterDays
        noticeAfterPresses = try c.decodeIfPresent(Int.self, forKey: .noticeAfterPresses) ?? d.noticeAfterPresses
        interviewAfterBulletins = try c.decodeIfPresent(Int.self, forKey: .interviewAfterBulletins) ?? d.interviewAfterBulletins
        interviewAfterNoticeDays = try c.decodeIfPresent(Int.self, forKey: .interviewAfterNoticeDays) ?? d.interviewAfterNoticeDays
        accountabilityAfterInterviewDays = try c.decodeIfPresent(Int.self, forKey: .accountabilityAfterInterviewDays)
            ?? d.accountabilityAfterInterviewDays
    }

    public static func decode(_ text: String) throws -> EscalationRules {
        try JSONDecoder().decode(EscalationRules.self, from: Data(text.utf8))
    }

    public func encoded() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: (try? encoder.encode(self)) ?? Data("{}".utf8), as: UTF8.self)
    }

    /// Each rule with its name on the rules page, in the order of the ladder.
    public static var fields: [(key: String, name: String, path: WritableKeyPath<EscalationRules, Int>)] { [
        ("pressAfterDays", "逾期多少天催办", \.pressAfterDays),
        ("noticeAfterDays", "逾期多少天下发督办单", \.noticeAfterDays),
        ("noticeAfterPresses", "下发督办单前至少催办几次", \.noticeAfterPresses),
        ("interviewAfterBulletins", "本轮被通报几次约谈", \.interviewAfterBulletins),
        ("interviewAfterNoticeDays", "督办单逾期多少天约谈", \.interviewAfterNoticeDays),
        ("accountabilityAfterInterviewDays", "约谈后仍逾期多少天移送问责", \.accountabilityAfterInterviewDays),
    ] }

    /// What is wrong with a set of rules, field by field; empty when nothing is.
    public func problems() -> [(field: String, message: String)] {
        var found: [(String, String)] = []
        for (field, value) in [("pressAfterDays", pressAfterDays), ("noticeAfterDays", noticeAfterDays),
                               ("interviewAfterNoticeDays", interviewAfterNoticeDays),
                               ("accountabilityAfterInterviewDays", accountabilityAfterInterviewDays)] where !(1...366).contains(value) {
            found.append((field, "天数应在1到366之间，现为\(value)"))
        }
        if !(0...12).contains(noticeAfterPresses) { found.append(("noticeAfterPresses", "催办次数应在0到12之间，现为\(noticeAfterPresses)")) }
        if !(1...12).contains(interviewAfterBulletins) { found.append(("interviewAfterBulletins", "通报次数应在1到12之间，现为\(interviewAfterBulletins)")) }
        if noticeAfterDays < pressAfterDays { found.append(("noticeAfterDays", "下发督办单的天数不应早于催办的天数（\(pressAfterDays)天）")) }
        return found
    }
}

/// What the record says of one unit this year: each rung's dates, and how late it is now.
public struct LadderFacts: Hashable, Sendable {
    public var unit: String
    public var reminders: [Day] = []
    public var presses: [Day] = []
    public var notices: [Day] = []
    public var bulletins: [Day] = []
    public var interviews: [Day] = []
    public var referrals: [Day] = []
    /// When the unit's current unbroken stretch of lateness began; nil when it owes nothing past its day.
    public var lateSince: Day?
    /// The reply date of the oldest notice still unanswered; nil when none.
    public var oldestUnansweredNotice: Day?
    /// The issue days of the notices still awaiting a reply: they belong to the
    /// current case even when issued before it began (their reply is what is owed).
    public var openNotices: [Day] = []

    public init(unit: String) { self.unit = unit }

    func dates(_ rung: Rung) -> [Day] {
        switch rung {
        case .reminder: reminders
        case .pressed: presses
        case .notice: notices
        case .bulletin: bulletins
        case .interview: interviews
        case .accountability: referrals
        }
    }
}

/// Where a unit stands, and what the rules say comes next.
public struct LadderStanding: Hashable, Sendable {
    public var unit: String
    /// The highest rung reached in the current case (since the oldest thing the
    /// unit owes fell due), and when; nil for a unit that owes nothing or was not yet pressed for it.
    public var reached: Rung?
    public var since: Day?
    /// The highest rung reached this year, in any case: the unit's record.
    public var highest: Rung?
    /// Each rung with how often it was reached this year, for the unit's page.
    public var counts: [Rung: Int]
    public var daysLate: Int
    /// The next rung due by the rules, with why; nil when nothing is due.
    public var due: Rung?
    public var reason: String?
}

extension LadderFacts {
    /// The record of the case that began on `day`: what was done since. A
    /// reminder sent in the week before belongs to it (it warned of the day
    /// that then passed), and so does a notice still awaiting its reply.
    func caseSince(_ day: Day) -> LadderFacts {
        var f = self
        f.reminders = reminders.filter { $0 >= day.adding(days: -7) }
        f.presses = presses.filter { $0 >= day }
        f.notices = notices.filter { $0 >= day || openNotices.contains($0) }
        f.bulletins = bulletins.filter { $0 >= day }
        f.interviews = interviews.filter { $0 >= day }
        f.referrals = referrals.filter { $0 >= day }
        return f
    }

    /// The highest rung with a date.
    var highest: Rung? { Rung.allCases.last { !dates($0).isEmpty } }
}

/// A case is one unbroken stretch of lateness (`LadderGathering.lateSince`):
/// what was done before it began (a case settled in August) does not stand in
/// the way of pressing the unit again in October, and a unit named in two
/// bulletins in spring is not interviewed on its first late day in autumn.
public enum EscalationLadder {
    public static func standing(_ facts: LadderFacts, today: Day, rules: EscalationRules = EscalationRules()) -> LadderStanding {
        let late = facts.lateSince.map { max(0, $0.days(to: today)) } ?? 0
        var standing = LadderStanding(unit: facts.unit, highest: facts.highest,
                                      counts: Dictionary(uniqueKeysWithValues: Rung.allCases.map { ($0, facts.dates($0).count) }),
                                      daysLate: late)
        guard late > 0, let start = facts.lateSince else { return standing }
        let current = facts.caseSince(start)
        let reached = current.highest
        standing.reached = reached
        standing.since = reached.flatMap { current.dates($0).max() }
        let (due, reason) = next(current, late: late, today: today, rules: rules)
        // Only a step up is due: a unit already interviewed in this case is not pressed again by these rules.
        if let due, reached.map({ due > $0 }) ?? true {
            standing.due = due
            standing.reason = reason
        }
        return standing
    }

    /// The highest rung the rules reach for, with the reason in words.
    static func next(_ f: LadderFacts, late: Int, today: Day, rules: EscalationRules) -> (Rung?, String?) {
        if let interview = f.interviews.max(), interview.days(to: today) >= rules.accountabilityAfterInterviewDays, late > 0 {
            return (.accountability, "约谈后\(interview.days(to: today))天仍未整改（规则：\(rules.accountabilityAfterInterviewDays)天）")
        }
        let noticeLate = f.oldestUnansweredNotice.map { max(0, $0.days(to: today)) } ?? 0
        if f.bulletins.count >= rules.interviewAfterBulletins {
            return (.interview, "本轮已被通报\(f.bulletins.count)次（规则：\(rules.interviewAfterBulletins)次）")
        }
        if noticeLate >= rules.interviewAfterNoticeDays {
            return (.interview, "督办单逾期\(noticeLate)天未回复（规则：\(rules.interviewAfterNoticeDays)天）")
        }
        if late >= rules.noticeAfterDays && f.presses.count >= rules.noticeAfterPresses {
            return (.notice, "逾期\(late)天，已催办\(f.presses.count)次（规则：\(rules.noticeAfterDays)天、\(rules.noticeAfterPresses)次）")
        }
        if late >= rules.pressAfterDays {
            return (.pressed, "逾期\(late)天（规则：\(rules.pressAfterDays)天）")
        }
        return (nil, nil)
    }
}
