import Testing
@testable import ReformPlan

/// 提醒 at its edges: three days before the due day (the 25th) and on it, once
/// more after it, never for a unit that has sent, never outside the plan year.
@Suite struct RemindersTests {
    typealias F = StatusFixtures
    let units = ["养老服务处", "社会救助处"]

    /// September was sent by both, so only October is in question unless a test says otherwise.
    let september = [StatusFixtures.report("养老服务处", "2019-09", .accepted), StatusFixtures.report("社会救助处", "2019-09", .submitted)]

    func kinds(_ today: String, reports: [ProgressReport]? = nil) -> [String] {
        Reminders.reports(units: units, reports: reports ?? september, today: F.day(today), planYear: 2019).map(\.key)
    }

    @Test func theFirstReminderComesThreeDaysBeforeTheDueDayAndNotFour() {
        #expect(kinds("2019-10-21").isEmpty)
        #expect(kinds("2019-10-22") == ["report-due:养老服务处:2019-10", "report-due:社会救助处:2019-10"])
        #expect(kinds("2019-10-25") == ["report-due:养老服务处:2019-10", "report-due:社会救助处:2019-10"])
    }

    @Test func theDayAfterTheDueDayTheReportIsOverdue() {
        let keys = kinds("2019-10-26")

        #expect(keys == ["report-overdue:养老服务处:2019-10", "report-overdue:社会救助处:2019-10"])
    }

    @Test func aUnitThatSentIsNotRemindedButADraftIsNoReport() {
        let reports = september + [F.report("养老服务处", "2019-10", .submitted), F.report("社会救助处", "2019-10", .draft)]

        #expect(kinds("2019-10-24", reports: reports) == ["report-due:社会救助处:2019-10"])
    }

    @Test func lastMonthsMissingReportIsStillOverdueInTheNextMonth() {
        let reports = [F.report("养老服务处", "2019-09", .accepted)]

        let keys = kinds("2019-10-02", reports: reports)

        #expect(keys == ["report-overdue:社会救助处:2019-09"])
    }

    @Test func monthsOutsideThePlanYearAreNeverReminded() {
        #expect(kinds("2020-01-23") == ["report-overdue:养老服务处:2019-12", "report-overdue:社会救助处:2019-12"])
        #expect(kinds("2020-02-23").isEmpty)
        #expect(kinds("2019-01-02", reports: []).isEmpty)
    }

    @Test func theReminderSaysTheDueDayAndLinksToTheMonthsReport() throws {
        let reminder = try #require(Reminders.reports(units: ["养老服务处"], reports: september, today: F.day("2019-10-23"),
                                                              planYear: 2019).first)

        #expect(reminder.message.recipient == .unit("养老服务处"))
        #expect(reminder.message.subject == "【报送提醒】2019年10月改革进展请于2019年10月25日前报送")
        #expect(reminder.message.body.contains("2天后（2019年10月25日）"))
        #expect(reminder.message.link == "/report?month=2019-10")
    }

    @Test func aNoticeIsOverdueTheDayAfterItsReplyDeadlineUntilAnswered() {
        let notice = SupervisionNotice(id: 7, year: 2019, serial: 3, unit: "区划地名处", project: 2, reason: "进度滞后",
                                       replyDue: F.day("2019-09-20"), issuedBy: "guihua", issuedOn: F.day("2019-09-10"))
        var replied = notice
        replied.id = 8
        replied.state = .replied

        #expect(Reminders.noticeReplies([notice, replied], today: F.day("2019-09-20")).isEmpty)
        let overdue = Reminders.noticeReplies([notice, replied], today: F.day("2019-09-21"))
        #expect(overdue.map(\.key) == ["notice-overdue:7"])
        #expect(overdue.first?.message.subject == "【督办逾期】督办〔2019〕3号 已逾期1天未回复")
    }
}
