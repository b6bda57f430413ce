import Testing
@testable import ReformPlan

/// The ladder's rules at their edges, with the default rules: 催办 at 3 days late,
/// 督办单 at 7 days after one 催办, 约谈 after 2 bulletins or a notice 14 days
/// unanswered, 问责 30 days after an interview with the unit still late.
@Suite struct EscalationLadderTests {
    typealias F = StatusFixtures
    let today = StatusFixtures.day("2019-10-31")

    func facts(lateSince: String?, _ change: (inout LadderFacts) -> Void = { _ in }) -> LadderFacts {
        var facts = LadderFacts(unit: "区划地名处")
        facts.lateSince = lateSince.map(F.day)
        change(&facts)
        return facts
    }

    @Test func aUnitThatOwesNothingHasNothingDueWhateverItsRecord() {
        let standing = EscalationLadder.standing(facts(lateSince: nil) { $0.bulletins = [F.day("2019-06-05"), F.day("2019-07-05")] }, today: today)

        #expect(standing.due == nil && standing.daysLate == 0)
        #expect(standing.reached == nil && standing.highest == .bulletin, "no case open, but the year's record stands")
    }

    @Test func pressingIsDueOnTheThirdDayLateNotTheSecond() {
        let twoDays = EscalationLadder.standing(facts(lateSince: "2019-10-29") { $0.reminders = [F.day("2019-10-26")] }, today: today)
        let threeDays = EscalationLadder.standing(facts(lateSince: "2019-10-28") { $0.reminders = [F.day("2019-10-26")] }, today: today)

        #expect(twoDays.due == nil && twoDays.reached == .reminder)
        #expect(threeDays.due == .pressed && threeDays.reason == "逾期3天（规则：3天）")
    }

    @Test func aNoticeIsDueAtSevenDaysOnlyAfterAPress() {
        let notPressed = EscalationLadder.standing(facts(lateSince: "2019-10-24"), today: today)
        let pressed = EscalationLadder.standing(facts(lateSince: "2019-10-24") { $0.presses = [F.day("2019-10-28")] }, today: today)
        let sixDays = EscalationLadder.standing(facts(lateSince: "2019-10-25") { $0.presses = [F.day("2019-10-28")] }, today: today)

        #expect(notPressed.due == .pressed)
        #expect(pressed.due == .notice && pressed.reason == "逾期7天，已催办1次（规则：7天、1次）")
        #expect(sixDays.due == nil, "pressed already, and not yet seven days")
    }

    @Test func anInterviewIsDueAfterTwoBulletinsOrANoticeFourteenDaysUnanswered() {
        let once = EscalationLadder.standing(facts(lateSince: "2019-09-25") { $0.bulletins = [F.day("2019-10-08")]; $0.notices = [F.day("2019-10-10")]
            $0.presses = [F.day("2019-10-01")] }, today: today)
        let twice = EscalationLadder.standing(facts(lateSince: "2019-08-25") { $0.bulletins = [F.day("2019-09-08"), F.day("2019-10-08")] }, today: today)
        let oneInThisCase = EscalationLadder.standing(facts(lateSince: "2019-09-25") { $0.bulletins = [F.day("2019-09-08"), F.day("2019-10-08")] }, today: today)
        let noticeLate = EscalationLadder.standing(facts(lateSince: "2019-10-17") { $0.notices = [F.day("2019-10-10")]
            $0.oldestUnansweredNotice = F.day("2019-10-17") }, today: today)
        let noticeThirteen = EscalationLadder.standing(facts(lateSince: "2019-10-18") { $0.notices = [F.day("2019-10-10")]
            $0.openNotices = [F.day("2019-10-10")]; $0.oldestUnansweredNotice = F.day("2019-10-18") }, today: today)

        #expect(once.due == nil, "a bulletin already stands above what the days alone reach")
        #expect(twice.due == .interview && twice.reason == "本轮已被通报2次（规则：2次）")
        #expect(oneInThisCase.due == nil && oneInThisCase.reached == .bulletin, "September's bulletin named it in a case before this one")
        #expect(noticeLate.due == .interview && noticeLate.reason == "督办单逾期14天未回复（规则：14天）")
        #expect(noticeThirteen.due == nil && noticeThirteen.reached == .notice, "the open notice, issued before the case, belongs to it")
    }

    @Test func accountabilityIsDueThirtyDaysAfterAnInterviewIfStillLate() {
        let twentyNine = EscalationLadder.standing(facts(lateSince: "2019-08-25") { $0.interviews = [F.day("2019-10-02")] }, today: today)
        let thirty = EscalationLadder.standing(facts(lateSince: "2019-08-25") { $0.interviews = [F.day("2019-10-01")] }, today: today)
        let referred = EscalationLadder.standing(facts(lateSince: "2019-08-25") { $0.interviews = [F.day("2019-09-01")]
            $0.referrals = [F.day("2019-10-20")] }, today: today)

        #expect(twentyNine.due == nil && twentyNine.reached == .interview)
        #expect(thirty.due == .accountability)
        #expect(referred.due == nil && referred.reached == .accountability, "the top of the ladder")
    }

    @Test func aCaseSettledEarlierDoesNotStandInTheWayOfPressingAgain() {
        // Named in June's bulletin and interviewed in July for a case since settled; late again from 25 October.
        let again = EscalationLadder.standing(facts(lateSince: "2019-10-25") {
            $0.bulletins = [F.day("2019-07-08")]; $0.interviews = [F.day("2019-07-20")]; $0.presses = [F.day("2019-07-10")]
            $0.reminders = [F.day("2019-10-22"), F.day("2019-09-22")]
        }, today: today)

        #expect(again.reached == .reminder && again.since == F.day("2019-10-22"), "the reminder of the 22nd warned of this case; September's did not")
        #expect(again.highest == .interview && again.counts[.interview] == 1)
        #expect(again.due == .pressed && again.reason == "逾期6天（规则：3天）")
    }

    @Test func rulesOutOfRangeAreNamedByField() {
        var rules = EscalationRules()
        rules.pressAfterDays = 0
        rules.noticeAfterDays = 5
        rules.interviewAfterBulletins = 20

        #expect(rules.problems().map(\.field) == ["pressAfterDays", "interviewAfterBulletins"])
        rules.pressAfterDays = 6
        #expect(rules.problems().map(\.field) == ["interviewAfterBulletins", "noticeAfterDays"])
        #expect(EscalationRules().problems().isEmpty)
    }
}
