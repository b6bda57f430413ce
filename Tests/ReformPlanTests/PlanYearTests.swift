import Testing
@testable import ReformPlan

@Suite struct PlanYearTests {
    @Test func theNoticesYearComesFirst() {
        #expect(Plan(notice: Notice(title: "2019年武汉市民政改革工作实施方案", year: 2020)).year == 2020)
    }

    @Test func withoutAYearTheTitleSaysItEvenWhenIssuedTheYearBefore() {
        let notice = Notice(title: "2019年武汉市民政改革工作实施方案", issuedDate: Day(year: 2018, month: 12, day: 20))

        #expect(Plan(notice: notice).year == 2019)
    }

    @Test func theNoticeTitleAndThenTheIssueDateAreTheFallbacks() {
        #expect(Plan(notice: Notice(title: "民政改革工作实施方案", noticeTitle: "关于印发《2021年民政改革工作实施方案》的通知")).year == 2021)
        #expect(Plan(notice: Notice(title: "民政改革工作实施方案", issuedDate: Day(year: 2019, month: 5, day: 16))).year == 2019)
        #expect(Plan(notice: Notice(title: "民政改革工作实施方案")).year == nil)
    }

    @Test func aNumberThatIsNotAYearIsNotTaken() {
        #expect(Plan.yearNamed(in: "12019年方案") == nil)
        #expect(Plan.yearNamed(in: "1000年方案") == nil)
        #expect(Plan.yearNamed(in: "第3000号，2019年方案") == 2019)
    }
}
