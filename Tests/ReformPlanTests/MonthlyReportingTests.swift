import Testing
@testable import ReformPlan

@Suite struct MonthlyReportingTests {
    typealias F = StatusFixtures

    @Test func draftsAndReturnedReportsLeaveTheUnitOwing() {
        let june = F.month("2019-06")
        let reports = [F.report("养老服务处", "2019-06", .submitted),
                       F.report("基层政权建设和社区治理处", "2019-06", .draft),
                       F.report("社会组织管理和党建工作处", "2019-06", .returned),
                       F.report("社会救助处", "2019-06", .accepted),
                       F.report("市低保中心", "2019-05", .accepted)]
        let units = ["养老服务处", "基层政权建设和社区治理处", "社会组织管理和党建工作处", "社会救助处", "市低保中心", "市低保中心"]

        let missing = MonthlyReporting.missingReports(units: units, reports: reports, month: june)

        #expect(missing == ["基层政权建设和社区治理处", "社会组织管理和党建工作处", "市低保中心"])
    }

    @Test func aReportIsLateAfterTheDueDayNotOnIt() {
        let june = F.month("2019-06")

        #expect(!MonthlyReporting.isLate(submittedOn: F.day("2019-06-25"), month: june))
        #expect(MonthlyReporting.isLate(submittedOn: F.day("2019-06-26"), month: june))
        #expect(MonthlyReporting.isLate(submittedOn: F.day("2019-07-01"), month: june))
        #expect(!MonthlyReporting.isLate(submittedOn: F.day("2019-05-30"), month: june))
    }

    @Test func aDueDayPastTheMonthsEndIsItsLastDayLeapYearsIncluded() {
        let lastDay = StatusThresholds(reportDueDay: 31)

        #expect(!MonthlyReporting.isLate(submittedOn: F.day("2019-02-28"), month: F.month("2019-02"), thresholds: lastDay))
        #expect(MonthlyReporting.isLate(submittedOn: F.day("2019-03-01"), month: F.month("2019-02"), thresholds: lastDay))
        #expect(!MonthlyReporting.isLate(submittedOn: F.day("2020-02-29"), month: F.month("2020-02"), thresholds: lastDay))
    }

    @Test func phasesDueInAMonthAreThoseEndingThenInThePlanYear() {
        let phases = F.eldercarePhases + [F.incubators, F.issueTheRules]

        #expect(MonthlyReporting.phasesDue(in: F.month("2019-06"), phases: phases, planYear: 2019).map(\.title) == ["组织推进"])
        #expect(MonthlyReporting.phasesDue(in: F.month("2019-11"), phases: phases, planYear: 2019).map(\.title) == ["建设区级孵化基地"])
        #expect(MonthlyReporting.phasesDue(in: F.month("2019-05"), phases: phases, planYear: 2019).isEmpty)
        #expect(MonthlyReporting.phasesDue(in: F.month("2020-06"), phases: phases, planYear: 2019).isEmpty)
    }
}
