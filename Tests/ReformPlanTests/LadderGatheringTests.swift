import Foundation
import Testing
@testable import ReformPlan

/// The ladder gathered from what happened: what a unit owes on a day, what
/// counts by that day and nothing after it, and a unit that never reports
/// climbing from 提醒 to 问责 as the days pass and people act.
@Suite struct LadderGatheringTests {
    typealias F = StatusFixtures
    static let unit = "区划地名处"
    static let shanghai: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai")!
        return calendar
    }()

    static func day(of date: Date) -> Day {
        let c = shanghai.dateComponents([.year, .month, .day], from: date)
        return Day(year: c.year!, month: c.month!, day: c.day!)
    }

    static func gathering(reports: [ProgressReport] = [], notices: [SupervisionNotice] = [], reminders: [(unit: String, day: Day, kind: Message.Kind)] = [],
                          records: [EscalationRecord] = []) -> LadderGathering {
        LadderGathering(units: ["养老服务处", unit], reports: reports, notices: notices, reminders: reminders, bulletins: [],
                        records: records, planYear: 2019, firstMonth: ReportMonth(year: 2019, month: 7)) { day(of: $0) }
    }

    static func instant(_ day: String) -> Date {
        let d = F.day(day)
        return shanghai.date(from: DateComponents(year: d.year, month: d.month, day: d.day, hour: 10))!
    }

    static func sent(_ unit: String, _ month: String, on day: String, state: ProgressReport.State = .submitted,
                     returnedOn: String? = nil) -> ProgressReport {
        var report = F.report(unit, month, state)
        report.submittedAt = instant(day)
        report.reviewedAt = returnedOn.map(instant)
        return report
    }

    static func record(_ step: EscalationRecord.Step, _ day: String, held: Bool? = nil) -> EscalationRecord {
        EscalationRecord(id: 7, planID: 1, unit: unit, step: step, day: F.day(day), summary: "请报送进展", by: "规划发展处",
                         outcome: held == nil ? nil : "通报批评", held: held, recordedBy: "guihua", recordedAt: Date())
    }

    static func notice(replyDue: String, issuedOn: String, state: SupervisionNotice.State = .issued) -> SupervisionNotice {
        SupervisionNotice(id: 3, year: 2019, serial: 3, unit: unit, project: 15, reason: "9月进展未报送", replyDue: F.day(replyDue),
                          state: state, issuedBy: "guihua", issuedOn: F.day(issuedOn))
    }

    @Test func aUnitOwesEachMonthPastItsDueDayUnsentAndEachNoticePastItsReplyDay() {
        let g = Self.gathering(reports: [Self.sent(Self.unit, "2019-07", on: "2019-07-20"),
                                         Self.sent(Self.unit, "2019-08", on: "2019-08-24", state: .returned, returnedOn: "2019-09-02")],
                               notices: [Self.notice(replyDue: "2019-10-09", issuedOn: "2019-10-02")])

        let owed = g.owed(by: Self.unit, today: F.day("2019-10-10"))

        #expect(owed.map(\.what) == ["2019年8月进展报送（被退回）", "2019年9月进展报送", "督办单督办〔2019〕3号的回复"],
                "a returned report is owed again, from the day it came back; October's is not due before the 25th")
        #expect(owed.map(\.due) == [F.day("2019-09-02"), F.day("2019-09-25"), F.day("2019-10-09")])
        #expect(g.owed(by: Self.unit, today: F.day("2019-09-25")).map(\.what) == ["2019年8月进展报送（被退回）"],
                "on its due day a report is not late")
        #expect(g.lateSince(Self.unit, today: F.day("2019-10-10")) == F.day("2019-09-02"))
        #expect(g.owed(by: "养老服务处", today: F.day("2019-07-25")).isEmpty)
    }

    @Test func onlyWhatHappenedByTheDayCounts() {
        let g = Self.gathering(reports: [Self.sent(Self.unit, "2019-07", on: "2019-07-25"), Self.sent(Self.unit, "2019-08", on: "2019-08-20"),
                                         Self.sent(Self.unit, "2019-09", on: "2019-10-05")],
                               notices: [Self.notice(replyDue: "2019-10-09", issuedOn: "2019-10-02")],
                               reminders: [(Self.unit, F.day("2019-09-22"), .reportDueSoon), (Self.unit, F.day("2019-09-26"), .reportOverdue),
                                           ("养老服务处", F.day("2019-09-22"), .reportDueSoon), (Self.unit, F.day("2019-09-24"), .actionDue)],
                               records: [Self.record(.pressed, "2019-09-28"), Self.record(.interview, "2019-10-20")])

        let before = g.facts(of: Self.unit, today: F.day("2019-09-30"))
        let after = g.facts(of: Self.unit, today: F.day("2019-10-06"))

        #expect(before.reminders == [F.day("2019-09-22"), F.day("2019-09-26")] && before.presses == [F.day("2019-09-28")],
                "a meeting action's reminder is not the ladder's 提醒")
        #expect(before.interviews.isEmpty && before.notices.isEmpty)
        #expect(before.lateSince == F.day("2019-09-25"), "September's report was not yet sent on the 30th")
        #expect(after.lateSince == nil, "sent on 5 October; the notice's reply is not yet due")
        #expect(after.notices == [F.day("2019-10-02")] && after.oldestUnansweredNotice == nil)
    }

    @Test func aUnitThatNeverReportsClimbsAsTheDaysPassAndPeopleAct() {
        var records: [EscalationRecord] = []
        var notices: [SupervisionNotice] = []
        func standing(_ day: String) -> LadderStanding {
            let g = Self.gathering(notices: notices, reminders: [(Self.unit, F.day("2019-07-22"), .reportDueSoon), (Self.unit, F.day("2019-07-26"), .reportOverdue)],
                                   records: records)
            return g.standings(today: F.day(day), rules: EscalationRules()).first { $0.unit == Self.unit }!
        }

        #expect(standing("2019-07-26").reached == .reminder && standing("2019-07-26").due == nil, "one day late: reminded only")
        #expect(standing("2019-07-28").due == .pressed)
        records.append(Self.record(.pressed, "2019-07-28"))
        #expect(standing("2019-07-31").due == nil, "pressed, six days late")
        #expect(standing("2019-08-01").due == .notice)
        notices.append(Self.notice(replyDue: "2019-08-06", issuedOn: "2019-08-01"))
        #expect(standing("2019-08-19").due == nil && standing("2019-08-19").reached == .notice)
        #expect(standing("2019-08-20").due == .interview && standing("2019-08-20").reason == "督办单逾期14天未回复（规则：14天）")
        records.append(Self.record(.interview, "2019-08-20"))
        #expect(standing("2019-09-18").due == nil)
        #expect(standing("2019-09-19").due == .accountability)
        records.append(Self.record(.referral, "2019-09-19"))
        let top = standing("2019-09-30")
        #expect(top.reached == .accountability && top.due == nil)
        #expect(top.counts[.reminder] == 2 && top.counts[.pressed] == 1 && top.counts[.notice] == 1 && top.counts[.interview] == 1)
    }

    @Test func sendingOnlyTheOldestOfTwoLateReportsDoesNotStartTheCaseAgain() {
        // July and August unsent, interviewed on 20 August; July sent on 10 September, August still owed.
        let g = Self.gathering(reports: [Self.sent(Self.unit, "2019-07", on: "2019-09-10")],
                               records: [Self.record(.interview, "2019-08-20")])

        let standing = g.standings(today: F.day("2019-09-19"), rules: EscalationRules()).first { $0.unit == Self.unit }!

        #expect(g.lateSince(Self.unit, today: F.day("2019-09-19")) == F.day("2019-07-25"), "one unbroken stretch since July's due day")
        #expect(standing.reached == .interview && standing.due == .accountability)
        // Once everything was in, a later lateness is a case of its own.
        let settled = Self.gathering(reports: [Self.sent(Self.unit, "2019-07", on: "2019-08-01"), Self.sent(Self.unit, "2019-08", on: "2019-08-30")],
                                     records: [Self.record(.interview, "2019-08-20")])
        #expect(settled.lateSince(Self.unit, today: F.day("2019-09-28")) == F.day("2019-09-25"))
        #expect(settled.standings(today: F.day("2019-09-28"), rules: EscalationRules()).first { $0.unit == Self.unit }!.due == .pressed)
    }

    @Test func aReportReturnedLongAfterItsMonthIsLateFromItsReturnNotFromItsDueDay() {
        let g = Self.gathering(reports: [Self.sent(Self.unit, "2019-07", on: "2019-07-20"),
                                         Self.sent(Self.unit, "2019-08", on: "2019-08-20", state: .returned, returnedOn: "2019-10-15"),
                                         Self.sent(Self.unit, "2019-09", on: "2019-09-20")])

        let standing = g.standings(today: F.day("2019-10-16"), rules: EscalationRules()).first { $0.unit == Self.unit }!

        #expect(standing.daysLate == 1 && standing.due == nil, "one day since it came back, not fifty-two since August's due day")
    }

    @Test func unitsWithAStepDueComeFirstThenTheLatest() {
        let g = Self.gathering(reports: [Self.sent("养老服务处", "2019-07", on: "2019-07-20")])

        let standings = g.standings(today: F.day("2019-07-30"), rules: EscalationRules())

        #expect(standings.map(\.unit) == [Self.unit, "养老服务处"])
        #expect(standings[0].due == .pressed && standings[0].daysLate == 5 && standings[1].daysLate == 0)
    }

    @Test func aRecordIsRefusedFieldByFieldInWordsAFormCanShow() {
        var record = Self.record(.interview, "2019-10-02")
        record.summary = "催"
        record.by = " "
        record.unit = "不存在的处"

        let problems = record.problems(today: F.day("2019-10-01"), units: ["养老服务处", Self.unit])

        #expect(problems.map(\.field) == ["unit", "day", "summary", "by", "outcome"])
        #expect(problems[1].message == "日期2019-10-02晚于今天（2019-10-01），只能记录已经发生的约谈")
        #expect(problems[4].message.contains("约谈须记录结果"))
        #expect(Self.record(.pressed, "2019-10-01").problems(today: F.day("2019-10-01"), units: [Self.unit]).isEmpty)
        var long = Self.record(.referral, "2019-10-01")
        long.summary = String(repeating: "长", count: 2001)
        #expect(long.problems(today: F.day("2019-10-01"), units: [Self.unit]).map(\.message) == ["移送问责的事由不超过2000字，现为2001字"])
    }

    @Test func onlyAReferralTheOfficeHeldCountsInTheAssessment() {
        #expect(Self.record(.referral, "2019-10-01").assessmentEvent == nil, "not yet decided")
        #expect(Self.record(.referral, "2019-10-01", held: false).assessmentEvent == nil)
        #expect(Self.record(.interview, "2019-10-01", held: true).assessmentEvent == nil)
        let event = Self.record(.referral, "2019-10-01", held: true).assessmentEvent
        #expect(event?.kind == .accountabilityCase && event?.date == F.day("2019-10-01"))
        #expect(event?.reference == "问责记录第7号")
    }

    @Test func theUnitIsToldOfEveryStepWithALinkToItsPage() {
        let message = Messages.escalated(Self.record(.pressed, "2019-10-01"))

        #expect(message.kind == .pressed && message.recipient == .unit(Self.unit))
        #expect(message.subject == "【催办】区划地名处：请报送进展")
        #expect(message.link == "/units/%E5%8C%BA%E5%88%92%E5%9C%B0%E5%90%8D%E5%A4%84")
        #expect(Messages.escalated(Self.record(.referral, "2019-10-01")).kind == .referred)
    }

    @Test func rulesKeptByAnOlderVersionReadWithTheDefaultsForWhatIsMissing() throws {
        var rules = EscalationRules()
        rules.pressAfterDays = 5
        #expect(try EscalationRules.decode(rules.encoded()) == rules)
        let old = try EscalationRules.decode(#"{"pressAfterDays": 4}"#)
        #expect(old.pressAfterDays == 4 && old.noticeAfterDays == 7 && old.accountabilityAfterInterviewDays == 30)
        #expect(throws: (any Error).self) { try EscalationRules.decode("not json") }
    }
}
