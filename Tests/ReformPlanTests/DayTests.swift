import Testing
@testable import ReformPlan

@Suite struct DayTests {
    @Test func monthEndFollowsTheCalendarIncludingLeapYears() {
        #expect(Day.endOfMonth(year: 2019, month: 6) == Day(year: 2019, month: 6, day: 30))
        #expect(Day.endOfMonth(year: 2020, month: 2).day == 29)
        #expect(Day.endOfMonth(year: 2100, month: 2).day == 28)
        #expect(Day.endOfMonth(year: 2000, month: 2).day == 29)
        #expect(Day.endOfMonth(year: 2019, month: 12) == Day(year: 2019, month: 12, day: 31))
    }

    @Test func isoTextRoundTripsAndImpossibleDatesAreRefused() {
        #expect(Day(iso: "2019-05-16") == Day(year: 2019, month: 5, day: 16))
        #expect(Day(year: 2019, month: 5, day: 6).description == "2019-05-06")
        #expect(Day(iso: "2019-02-29") == nil)
        #expect(Day(iso: "2019-13-01") == nil)
        #expect(Day(iso: "2019-5-16") == nil)
        #expect(Day(iso: "") == nil)
    }

    @Test func daysBetweenCountAcrossMonthsYearsAndLeapDays() {
        #expect(Day(year: 2019, month: 1, day: 1).days(to: Day(year: 2019, month: 12, day: 31)) == 364)
        #expect(Day(year: 2020, month: 1, day: 1).days(to: Day(year: 2020, month: 12, day: 31)) == 365)
        #expect(Day(year: 2019, month: 12, day: 31).days(to: Day(year: 2020, month: 1, day: 1)) == 1)
        #expect(Day(year: 2020, month: 3, day: 1).days(to: Day(year: 2020, month: 2, day: 28)) == -2)
        #expect(Day(year: 1999, month: 12, day: 31).days(to: Day(year: 2100, month: 3, day: 1)) == 36_585)
    }

    @Test func addingDaysIsTheInverseOfCountingThem() {
        let start = Day(year: 2019, month: 12, day: 25)
        for count in [0, 1, 6, 7, 66, 400, -1, -6, -25, -26, -366, -800] {
            #expect(start.days(to: start.adding(days: count)) == count)
        }
        #expect(Day(year: 2020, month: 2, day: 28).adding(days: 1) == Day(year: 2020, month: 2, day: 29))
        #expect(Day(year: 2019, month: 2, day: 28).adding(days: 1) == Day(year: 2019, month: 3, day: 1))
        #expect(Day(year: 2019, month: 3, day: 1).adding(days: -1) == Day(year: 2019, month: 2, day: 28))
        #expect(Day(year: 2020, month: 1, day: 1).adding(days: -1) == Day(year: 2019, month: 12, day: 31))
        #expect(Day(year: 2019, month: 9, day: 25).adding(days: -6) == Day(year: 2019, month: 9, day: 19))
    }
}
