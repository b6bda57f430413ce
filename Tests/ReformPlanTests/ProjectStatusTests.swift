import Testing
@testable import ReformPlan

@Suite struct ProjectStatusTests {
    typealias F = StatusFixtures

    func assess(_ project: Project, _ phases: [Phase] = [], _ asOf: String, _ reports: [ProgressReport] = [],
                year: Int = 2019, thresholds: StatusThresholds = StatusThresholds()) -> ProjectAssessment {
        ProjectStatus.of(project: project, phases: phases, planYear: year, reports: reports,
                         thresholds: thresholds, asOf: F.day(asOf))
    }

    // MARK: Project 1 as the plan phases it

    @Test func eldercareHalfwayThroughTheYearWithTwoPhasesDoneIsOnTrack() {
        let reports = [F.report("养老服务处", "2019-03", completion: 25, phases: [(1, 1, 100)]),
                       F.report("养老服务处", "2019-06", completion: 50, phases: [(1, 1, 100), (1, 2, 100)])]

        let a = assess(F.eldercare, F.eldercarePhases, "2019-07-01", reports)

        #expect(a.status == .onTrack)
        #expect(abs(a.expectedCompletion - 100.0 * 182 / 365) < 1e-9)
        #expect(a.reportedCompletion == 50)
        #expect(a.phaseStatuses[PhaseKey(stream: 1, order: 3)] == .inProgress)
        #expect(a.phaseStatuses[PhaseKey(stream: 1, order: 4)] == .notStarted)
        #expect(a.reasons == ["报送完成度50%，时间进度49.9%"])
    }

    @Test func eldercareWithOrganisationUnfinishedInJulyIsOverdueAndSaysWhichPhase() {
        let reports = [F.report("养老服务处", "2019-06", completion: 30, phases: [(1, 1, 100), (1, 2, 60)])]

        let a = assess(F.eldercare, F.eldercarePhases, "2019-07-01", reports)

        #expect(a.status == .overdue)
        #expect(a.phaseStatuses[PhaseKey(stream: 1, order: 1)] == .doneLate)
        #expect(a.reasons == ["阶段“组织推进”已逾期（6月底前）", "阶段“签约部署”逾期完成（3月底前）", "报送完成度30%，时间进度49.9%"])
    }

    @Test func eldercareIsDoneWhenEveryPhaseIsAndSaysWhichCameLate() {
        let reports = [F.report("养老服务处", "2019-03", phases: [(1, 1, 100)]),
                       F.report("养老服务处", "2019-07", phases: [(1, 2, 100)]),
                       F.report("养老服务处", "2019-09", completion: 75, phases: [(1, 3, 100)]),
                       F.report("养老服务处", "2019-12", completion: 100, phases: [(1, 4, 100)])]

        let a = assess(F.eldercare, F.eldercarePhases, "2019-12-31", reports)

        #expect(a.status == .done)
        #expect(a.reasons == ["全部4个阶段已完成", "阶段“组织推进”逾期完成（6月底前）"])
    }

    @Test func beforeItsFirstPhaseWithNothingReportedAProjectHasNotStarted() {
        let april = [Phase(project: 9, stream: 9, order: 1, title: "部署", startMonth: 4, endMonth: 6)]
        let project = Project(number: 9, title: "甲", responsibility: Responsibility(responsibleUnits: ["社会组织管理和党建工作处"]))
        let early = F.report("社会组织管理和党建工作处", "2019-03", project: 9, completion: 10)

        #expect(assess(F.eldercare, F.eldercarePhases, "2018-12-31").status == .notStarted)
        #expect(assess(project, april, "2019-03-31").status == .notStarted)
        #expect(assess(project, april, "2019-03-31").reasons == ["计划于2019年4月1日启动"])
        #expect(assess(project, april, "2019-03-31", [early]).status == .onTrack)
        #expect(assess(project, april, "2019-04-01").status == .onTrack)
    }

    // MARK: Lagging

    @Test func trailingByExactlyTheMarginIsNotLaggingAndOnePointMoreIs() {
        let at = [F.report("社会事务处", "2019-12", project: 13, completion: 85)]
        let past = [F.report("社会事务处", "2019-12", project: 13, completion: 84)]

        #expect(assess(F.marriage, [], "2019-12-31", at).status == .onTrack)
        let lagging = assess(F.marriage, [], "2019-12-31", past)
        #expect(lagging.status == .lagging)
        #expect(lagging.reasons == ["报送完成度84%，落后时间进度100%超过15个百分点"])
    }

    @Test func theMarginIsASetting() {
        let reports = [F.report("社会事务处", "2019-12", project: 13, completion: 84)]

        #expect(assess(F.marriage, [], "2019-12-31", reports, thresholds: StatusThresholds(lagMargin: 16)).status == .onTrack)
    }

    @Test func withNoReportAtAllAProjectLagsOnceTimeHasPassedTheMargin() {
        // 54 of 365 days is 14.8 %; 55 is 15.1 %.
        #expect(assess(F.marriage, [], "2019-02-23").status == .onTrack)
        let lagging = assess(F.marriage, [], "2019-02-24")
        #expect(lagging.status == .lagging)
        #expect(lagging.reportedCompletion == nil)
        #expect(lagging.reasons == ["尚无报送，时间进度15.1%超过15个百分点"])
    }

    // MARK: The slowest unit

    @Test func aProjectIsOnlyAsFarAsItsSlowestResponsibleUnit() {
        let reports = [F.report("社会救助处", "2019-06", project: 4, completion: 80),
                       F.report("市低保中心", "2019-05", project: 4, completion: 20),
                       F.report("市低保中心", "2019-06", project: 4, completion: 30),
                       F.report("市低保中心", "2019-07", .draft, project: 4, completion: 100),
                       F.report("市救助管理站", "2019-06", project: 4, completion: 5)]

        let a = assess(F.relief, [], "2019-06-30", reports)

        #expect(a.reportedCompletion == 30)
        #expect(a.units == [UnitCompletion(unit: "社会救助处", completion: 80, month: F.month("2019-06")),
                            UnitCompletion(unit: "市低保中心", completion: 30, month: F.month("2019-06"))])
        #expect(a.reasons.contains("按最慢的责任单位计：市低保中心30%"))
    }

    @Test func aResponsibleUnitThatHasNotReportedCountsAsZero() {
        let reports = [F.report("社会救助处", "2019-06", project: 4, completion: 80),
                       F.report("市低保中心", "2019-06", .returned, project: 4, completion: 90)]

        let a = assess(F.relief, [], "2019-06-30", reports)

        #expect(a.reportedCompletion == 0)
        #expect(a.status == .lagging)
        #expect(a.reasons.contains("未报送的责任单位按0%计：市低保中心"))
    }

    // MARK: Projects without phases

    @Test func withoutPhasesAProjectIsDueAtTheYearsEnd() {
        let december = [F.report("社会事务处", "2019-12", project: 13, completion: 90)]

        #expect(assess(F.marriage, [], "2019-12-31", december).status == .onTrack)
        let a = assess(F.marriage, [], "2020-01-01", december)
        #expect(a.status == .overdue)
        #expect(a.due == F.day("2019-12-31"))
        #expect(a.reasons == ["已过完成时限（2019年12月31日），报送完成度90%"])
    }

    @Test func withoutPhasesAProjectIsDoneWhenReportedComplete() {
        let november = [F.report("社会事务处", "2019-11", project: 13, completion: 100)]

        #expect(assess(F.marriage, [], "2020-01-01", november).status == .done)
    }

    @Test func aDeadlineInThePlanYearIsTheDueDayAndOneBeyondItIsNot() {
        var june = F.marriage
        june.deadline = Deadline(date: F.day("2019-06-30"), text: "2019年6月底前", kind: .date)
        var later = F.marriage
        later.deadline = Deadline(date: F.day("2020-12-31"), text: "2020年底前", kind: .date)
        let reports = [F.report("社会事务处", "2019-06", project: 13, completion: 90)]

        #expect(assess(june, [], "2019-06-30", reports).status == .onTrack)
        #expect(assess(june, [], "2019-07-01", reports).status == .overdue)
        #expect(assess(later, [], "2019-07-01", reports).due == F.day("2019-12-31"))
    }

    // MARK: A phase with only a condition

    @Test func aConditionalPhaseStretchesTheProjectToTheYearsEndAndIsNeverOverdue() {
        let phases = [Phase(project: 2, stream: 2, order: 1, title: "走访调研", startMonth: 1, endMonth: 2),
                      Phase(project: 2, stream: 2, order: 2, title: "起草文件", startMonth: 3, endMonth: 3),
                      Phase(project: 2, stream: 2, order: 3, title: "组织风险评估", startMonth: 4, endMonth: 6),
                      F.issueTheRules]
        let project = Project(number: 2, title: "建立完善社区工作者保障机制",
                              responsibility: Responsibility(responsibleUnits: ["基层政权建设和社区治理处"]))
        let reports = [F.report("基层政权建设和社区治理处", "2019-06", project: 2, completion: 50,
                                phases: [(2, 1, 100), (2, 2, 100), (2, 3, 100)])]

        let july = assess(project, phases, "2019-07-01", reports)
        let newYear = assess(project, phases, "2020-01-01", reports)

        #expect(july.due == F.day("2019-12-31"))
        #expect(july.status == .onTrack)
        #expect(newYear.phaseStatuses[PhaseKey(F.issueTheRules)] == .conditional)
        #expect(newYear.status == .lagging)
    }

    // MARK: Leap years

    @Test func februaryTwentyNinthCountsInALeapYear() {
        var leapDue = F.marriage
        leapDue.deadline = Deadline(date: F.day("2020-02-29"), text: "2020年2月底前", kind: .date)
        let reports = [F.report("社会事务处", "2020-02", project: 13, completion: 90)]

        let wholeYear = assess(F.marriage, [], "2020-02-29", year: 2020)

        #expect(abs(wholeYear.expectedCompletion - 100.0 * 60 / 366) < 1e-9)
        #expect(assess(leapDue, [], "2020-02-29", reports, year: 2020).status == .onTrack)
        #expect(assess(leapDue, [], "2020-03-01", reports, year: 2020).status == .overdue)
    }

    @Test func everyStatusHasAChineseAndAnEnglishName() {
        #expect(ProjectStatus.allCases.map(\.chineseName) == ["未启动", "正常推进", "进度滞后", "已逾期", "已完成"])
        #expect(Set(ProjectStatus.allCases.map(\.englishName)).count == ProjectStatus.allCases.count)
    }
}
