import Testing
@testable import ReformPlan

/// The three items judged by deadlines: reports, phases, notices.
@Suite struct AssessmentTimelinessTests {
    typealias F = AssessmentFixtures

    static let tenMonths = (1...10).map { "2019-" + ($0 < 10 ? "0" : "") + "\($0)" }

    @Test func reportsAllOnTimeScoreTheFullWeight() {
        let unit = F.office(reports: Self.tenMonths.map { F.report($0, "\($0)-20") })

        let item = F.item("reports", unit)

        #expect(item.points == 20)
        #expect(item.explanation == "按时报送10/10次，得20.0分")
        #expect(item.counted.count == 10 && item.against.isEmpty)
        #expect(!item.nothingDue)
    }

    @Test func lateAndMissingReportsCountAgainstWithTheirRecords() {
        var reports = Self.tenMonths.prefix(8).map { F.report($0, "\($0)-25") }
        reports.append(F.report("2019-09", "2019-09-26", id: 909))
        reports.append(F.report("2019-10", nil, id: 910))
        let unit = F.office(reports: reports)

        let item = F.item("reports", unit)

        #expect(item.points == 16)
        #expect(item.explanation == "按时报送8/10次（迟报1次，未报送1次），得16.0分")
        #expect(item.against.map(\.record) == [.report(reports[8]), .report(reports[9])])
        #expect(item.against[0].note == "迟报（2019年9月26日，期限2019年9月25日）")
        #expect(item.against[1].note == "未报送（期限2019年10月25日）")
    }

    @Test func aReportIsMissingOnlyAfterItsDueDayAndNotYetDueIsNotCounted() {
        let unit = F.office(reports: [F.report("2019-05", "2019-05-10"), F.report("2019-06")])

        let onDueDay = F.item("reports", unit, asOf: F.day("2019-06-25"))
        let dayAfter = F.item("reports", unit, asOf: F.day("2019-06-26"))

        #expect(onDueDay.points == 20)
        #expect(onDueDay.explanation == "按时报送1/1次，另1次未到期限不计，得20.0分")
        #expect(onDueDay.notCounted.first?.note == "未到期限（2019年6月25日）")
        #expect(dayAfter.points == 10)
        #expect(dayAfter.against.count == 1)
    }

    @Test func aSubmissionAfterTheAsOfDayIsNotYetMade() {
        let unit = F.office(reports: [F.report("2019-06", "2019-06-20")])

        let before = F.item("reports", unit, asOf: F.day("2019-06-19"))
        let after = F.item("reports", unit, asOf: F.day("2019-06-20"))

        #expect(before.nothingDue && before.counted.isEmpty)
        #expect(after.counted.count == 1 && !after.nothingDue)
    }

    @Test func noReportsDueScoresFullMarksAndSaysSo() {
        let none = F.item("reports", F.office())
        let notYet = F.item("reports", F.office(reports: [F.report("2019-12")]), asOf: F.day("2019-12-01"))

        for item in [none, notYet] {
            #expect(item.points == 20)
            #expect(item.nothingDue)
            #expect(item.explanation == "无应考核事项，按满分计20.0分")
        }
        #expect(notYet.notCounted.count == 1)
    }

    @Test func phasesDoneByTheirMonthCountLateAndOverdueAgainstLaterAndConditionalNot() {
        let phases = [F.phase(1, due: "2019-03", done: "2019-03"), F.phase(2, due: "2019-06", done: "2019-08"),
                      F.phase(3, due: "2019-09"), F.phase(4, due: "2019-12"), F.phase(5, due: nil, done: "2019-05")]

        let item = F.item("phases", F.office(phases: phases), asOf: F.day("2019-10-15"))

        #expect(abs(item.points - 40.0 / 3) < 1e-9)
        #expect(item.explanation == "按期完成1/3个到期步骤（逾期完成1个，逾期未完成1个），另1个未到期限不计，得13.3分")
        #expect(item.against.map(\.note) == ["逾期完成（2019年8月，期限2019年6月）", "逾期未完成（期限2019年9月）"])
        #expect(item.notCounted.map(\.note) == ["未到期限（2019年12月）", "视条件推进，不按时限考核"])
    }

    @Test func aPhaseHasItsWholeDueMonthAndOneDoneEarlyCounts() {
        let phases = [F.phase(1, due: "2019-06"), F.phase(2, due: "2019-12", done: "2019-04")]

        let inMonth = F.item("phases", F.office(phases: phases), asOf: F.day("2019-06-30"))
        let after = F.item("phases", F.office(phases: phases), asOf: F.day("2019-07-01"))
        let doneLaterThanAsOf = F.item("phases", F.office(phases: phases), asOf: F.day("2019-03-31"))

        #expect(inMonth.points == 40 && inMonth.counted.count == 1 && inMonth.against.isEmpty)
        #expect(after.points == 20 && after.against.count == 1)
        #expect(doneLaterThanAsOf.nothingDue)
    }

    @Test func noticesAnsweredLateOrUnansweredPastDueCountAgainstNotYetDueDoesNot() {
        let notices = [F.notice(1, due: "2019-06-05", replied: "2019-06-05"), F.notice(2, due: "2019-06-05", replied: "2019-06-07"),
                       F.notice(3, due: "2019-06-10"), F.notice(4, due: "2019-06-20")]

        let item = F.item("notices", F.office(notices: notices), asOf: F.day("2019-06-11"))

        #expect(abs(item.points - 10.0 / 3) < 1e-9)
        #expect(item.explanation == "按时回复1/3件督办（逾期回复1件，逾期未回复1件），另1件未到期限不计，得3.3分")
        #expect(item.against.map(\.record) == [.notice(notices[1]), .notice(notices[2])])
        #expect(item.notCounted.map(\.record) == [.notice(notices[3])])
        #expect(item.evidence.map(\.record.chineseName).first == "督办〔2019〕1号")
    }

    @Test func anUnansweredNoticeOnItsReplyDayIsNotYetAgainst() {
        let unit = F.office(notices: [F.notice(3, due: "2019-06-10")])

        let onTheDay = F.item("notices", unit, asOf: F.day("2019-06-10"))
        let dayAfter = F.item("notices", unit, asOf: F.day("2019-06-11"))

        #expect(onTheDay.nothingDue && onTheDay.points == 10)
        #expect(!dayAfter.nothingDue && dayAfter.points == 0)
        #expect(dayAfter.explanation == "按时回复0/1件督办（逾期未回复1件），得0.0分")
    }
}
