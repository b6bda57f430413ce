import Testing
import ReformPlan
@testable import OfficialDocuments

@Suite struct ResponsibilityTableTests {
    let table = ResponsibilityTable(plan: WuhanPlan.plan)

    func row(_ number: Int) -> ResponsibilityTable.Row {
        table.rows[number - 1]
    }

    @Test func everyProjectGetsOneRowInThreeGroupsOfFourSevenAndFive() {
        // Arrange: the table built from the 16-project plan.
        // Act
        let counts = table.groups.map(\.rows.count)
        let numbers = table.rows.map { $0[.number] }
        // Check
        #expect(counts == [4, 7, 5])
        #expect(numbers == (1...16).map(String.init))
    }

    @Test func groupHeadingsAreNumberedAndCountedLikeTheNotice() {
        let headings = table.groups.map(\.heading)

        #expect(headings == ["一、牵头改革项目（4项）", "二、重点参与的市级改革项目（7项）", "三、自主改革项目（5项）"])
        #expect(table.hasGroupHeadings)
        #expect(row(5)[.category] == "重点参与的市级改革项目")
    }

    @Test func firstProjectRowCarriesItsWholeResponsibilityChain() {
        let first = row(1)

        #expect(first.cells == [
            "1", "牵头改革项目", "深化全国养老服务业综合改革试点，集成创新“智慧居家养老”新模式", "", "李国汉", "张明武",
            "养老服务处", "85736256", "按实施步骤，12月前",
            "1.签约部署（1-3月）\n2.组织推进（4-6月）\n3.加强指导（7-9月）\n4.检查验收（10-12月）",
        ])
    }

    @Test func participatingProjectsNameTheirLeadAgency() {
        let leads = (5...11).map { row($0)[.leadAgency] }

        #expect(leads == ["市委办公厅", "市教育局", "市委组织部", "长江新城管委会", "市教育局", "市卫健委", "市应急管理局"])
    }

    @Test func responsibleUnitsAreJoinedAndSupportingUnitsComeAfterThemMarked() {
        let units = (row(4)[.responsibleUnits], row(16)[.responsibleUnits])

        #expect(units.0 == "社会救助处、市低保中心")
        #expect(units.1 == "社会救助处、市低保中心；配合：市财政局、市卫健委")
    }

    @Test func stepsShowMonthRangesSingleMonthsAndEndOnlyMonths() {
        let steps = (row(3)[.steps], row(4)[.steps])

        #expect(steps.0 == "1.开展政府购买服务项目（4-11月）\n2.组织实施公益创投大赛（5-8月）\n3.建设区级孵化基地（11月前）\n4.实施社区治理创新助力计划（12月前）")
        #expect(steps.1.hasPrefix("1.广泛调研（1-3月）\n2.形成初稿（4月）\n"))
    }

    @Test func aStepTimedOnlyByAConditionShowsTheCondition() {
        let second = row(2)

        #expect(second[.steps].hasSuffix("\n4.出台文件（与全市“民呼我应”改革工作同步推进）"))
        #expect(second[.deadline] == "按实施步骤，与全市“民呼我应”改革工作同步推进")
    }

    @Test func deadlineIsTheWrittenOneThenTheLastStepsMonthThenADash() {
        let deadlines = [1, 4, 5, 13, 14].map { row($0)[.deadline] }

        #expect(deadlines == ["按实施步骤，12月前", "按实施步骤，11月前", "—", "2019年12月底前", "长期坚持"])
    }

    @Test func titleIsTheNoticesOwnAttachmentNameUnderTheAttachmentLabel() {
        #expect(table.title == "2019年市民政局改革要点责任分解表")
        #expect(table.label == "附件")
        #expect(table.subtitle == "武汉市民政局\u{3000}2019年5月16日")
        #expect(row(16)[.title] == WuhanPlan.escapingTitle)
    }

    @Test func withoutSuchAnAttachmentTheTitleIsThePlansTitleAndNoLabel() {
        // Arrange
        var plan = WuhanPlan.plan
        plan.notice.attachments = []
        plan.notice.issuer = nil
        // Act
        let built = ResponsibilityTable(plan: plan)
        // Check
        #expect(built.title == "2019年武汉市民政改革工作实施方案责任分解表")
        #expect(built.label == nil)
        #expect(built.subtitle == "2019年5月16日")
    }

    @Test func uncategorisedProjectsGroupUnderTheirHeadingOrUnderNone() {
        // Arrange
        let notice = Notice(title: "任务分工方案")
        let grouped = Plan(notice: notice, projects: [
            Project(number: 1, title: "甲", group: "一、深化改革"), Project(number: 2, title: "乙", group: "一、深化改革"),
        ])
        let plain = Plan(notice: notice, projects: [Project(number: 1, title: "甲")])
        // Act
        let (withGroups, without) = (ResponsibilityTable(plan: grouped), ResponsibilityTable(plan: plain))
        // Check
        #expect(withGroups.groups.map(\.heading) == ["一、深化改革"])
        #expect(withGroups.rows.map { $0[.category] } == ["一、深化改革", "一、深化改革"])
        #expect(without.groups.map(\.heading) == [nil])
        #expect(!without.hasGroupHeadings)
        #expect(without.rows[0][.deadline] == "—")
    }

    @Test func chineseNumeralsCountHeadingsPastTen() {
        let numerals = [1, 9, 10, 11, 20, 21, 99, 100].map(ChineseNumber.text)

        #expect(numerals == ["一", "九", "十", "十一", "二十", "二十一", "九十九", "100"])
    }
}
