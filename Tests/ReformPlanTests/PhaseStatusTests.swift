import Testing
@testable import ReformPlan

@Suite struct PhaseStatusTests {
    typealias F = StatusFixtures
    let organise = F.eldercarePhases[1]   // 组织推进, 4-6月

    func status(_ phase: Phase, _ asOf: String, _ reports: [ProgressReport] = [], year: Int = 2019) -> PhaseStatus {
        PhaseStatus.of(phase, planYear: year, reports: reports, asOf: F.day(asOf))
    }

    @Test func aPhaseEndingInJuneIsDueAllJuneAndOverdueFromTheFirstOfJuly() {
        #expect(status(organise, "2019-05-31") == .inProgress)
        #expect(status(organise, "2019-06-01") == .dueThisMonth)
        #expect(status(organise, "2019-06-30") == .dueThisMonth)
        #expect(status(organise, "2019-07-01") == .overdue)
    }

    @Test func aPhaseHasNotStartedBeforeItsFirstMonth() {
        #expect(status(organise, "2019-03-31") == .notStarted)
        #expect(status(organise, "2019-04-01") == .inProgress)
    }

    @Test func workReportedBeforeTheFirstMonthPutsThePhaseInProgress() {
        let early = F.report("养老服务处", "2019-03", phases: [(1, 2, 10)])

        #expect(status(organise, "2019-03-31", [early]) == .inProgress)
    }

    @Test func beforeThePlanYearNothingHasStarted() {
        #expect(status(F.eldercarePhases[0], "2018-12-31") == .notStarted)
        #expect(status(F.incubators, "2018-12-31") == .notStarted)
    }

    @Test func theLastPhaseIsDueOnNewYearsEveAndOverdueOnNewYearsDay() {
        let acceptance = F.eldercarePhases[3]

        #expect(status(acceptance, "2019-12-31") == .dueThisMonth)
        #expect(status(acceptance, "2020-01-01") == .overdue)
        #expect(status(organise, "2021-03-15") == .overdue)
    }

    @Test func beforeNovemberRunsFromJanuaryAndIsDueInNovember() {
        #expect(F.incubators.firstMonth == 1)
        #expect(status(F.incubators, "2019-01-01") == .inProgress)
        #expect(status(F.incubators, "2019-10-31") == .inProgress)
        #expect(status(F.incubators, "2019-11-01") == .dueThisMonth)
        #expect(status(F.incubators, "2019-11-30") == .dueThisMonth)
        #expect(status(F.incubators, "2019-12-01") == .overdue)
    }

    @Test func aPhaseWithOnlyAConditionMovesOnlyByReports() {
        let started = F.report("基层政权建设和社区治理处", "2019-08", project: 2, phases: [(2, 4, 30)])
        let finished = F.report("基层政权建设和社区治理处", "2020-02", project: 2, phases: [(2, 4, 100)])

        #expect(status(F.issueTheRules, "2019-01-01") == .conditional)
        #expect(status(F.issueTheRules, "2020-06-30") == .conditional)
        #expect(status(F.issueTheRules, "2019-09-01", [started]) == .inProgress)
        #expect(status(F.issueTheRules, "2020-02-29", [started, finished]) == .done)
    }

    @Test func draftsAndReturnedReportsDoNotCount() {
        let draft = F.report("养老服务处", "2019-06", .draft, phases: [(1, 2, 100)])
        let returned = F.report("养老服务处", "2019-06", .returned, phases: [(1, 2, 100)])
        let submitted = F.report("养老服务处", "2019-06", .submitted, phases: [(1, 2, 100)])
        let accepted = F.report("养老服务处", "2019-06", .accepted, phases: [(1, 2, 100)])

        #expect(status(organise, "2019-07-01", [draft, returned]) == .overdue)
        #expect(status(organise, "2019-07-01", [submitted]) == .done)
        #expect(status(organise, "2019-07-01", [accepted]) == .done)
    }

    @Test func aReportForALaterMonthSaysNothingAboutToday() {
        let july = F.report("养老服务处", "2019-07", phases: [(1, 2, 100)])

        #expect(status(organise, "2019-06-30", [july]) == .dueThisMonth)
    }

    @Test func doneInTheDueMonthIsDoneAndDoneAfterItIsDoneLate() {
        let inJune = F.report("养老服务处", "2019-06", phases: [(1, 2, 100)])
        let inJuly = F.report("养老服务处", "2019-07", phases: [(1, 2, 100)])
        let june90 = F.report("养老服务处", "2019-06", phases: [(1, 2, 90)])

        #expect(status(organise, "2019-07-15", [inJuly, inJune]) == .done)
        #expect(status(organise, "2019-07-15", [june90, inJuly]) == .doneLate)
        #expect(status(organise, "2020-01-10", [june90, inJuly]) == .doneLate)
    }

    @Test func doneStaysDoneWhenALaterReportSaysLess() {
        let done = F.report("养老服务处", "2019-06", phases: [(1, 2, 100)])
        let later = F.report("养老服务处", "2019-08", phases: [(1, 2, 80)])

        #expect(status(organise, "2019-08-31", [done, later]) == .done)
    }

    @Test func februaryOfALeapYearEndsOnThe29th() {
        let february = Phase(project: 1, stream: 1, order: 1, title: "部署", startMonth: 2, endMonth: 2)

        #expect(status(february, "2020-01-31", year: 2020) == .notStarted)
        #expect(status(february, "2020-02-29", year: 2020) == .dueThisMonth)
        #expect(status(february, "2020-03-01", year: 2020) == .overdue)
    }

    @Test func everyStatusHasAChineseAndAnEnglishName() {
        #expect(PhaseStatus.allCases.map(\.chineseName)
            == ["未开始", "进行中", "本月到期", "已逾期", "已完成", "逾期完成", "视条件推进"])
        #expect(Set(PhaseStatus.allCases.map(\.englishName)).count == PhaseStatus.allCases.count)
    }
}
