import Testing
import NoticeImport
import ReformPlan

/// Fixture nanling-2023-economy-task-division: a provincial task-division notice.
/// Mixed full- and half-width punctuation; markers with and without a space
/// ((一) 1. (1)); items numbered across (一) groups; unlabelled notes
/// “(A、B牵头,C按职责分工负责)”, “…配合”, “…负责落实”; nested 市(州) and 市（州）;
/// a note on its own line after sub-items (1)-(4) covering the whole item;
/// targets 左右, 以上, 不少于, 达到, 45万人, 15万名 and the range 1到2个; an item
/// whose title is itself the target (增长6.2%左右); a reference cited with 依据.
@Suite struct NanlingEconomyTaskDivisionTests {
    static let name = "nanling-2023-economy-task-division"

    @Test func noticeFields() throws {
        let notice = try Fixture.plan(Self.name).notice

        #expect(notice.title == "南岭省2023年稳经济促发展重点工作任务分工方案")
        #expect(notice.noticeTitle == "南岭省人民政府办公厅关于印发《南岭省2023年稳经济促发展重点工作任务分工方案》的通知")
        #expect(notice.documentNumber == "南府办发〔2023〕11号")
        #expect(notice.year == 2023)
        #expect(notice.issuer == "南岭省人民政府办公厅")
        #expect(notice.issuedDate == Day(2023, 2, 27))
        #expect(notice.publishedDate == nil)
        #expect(notice.addressees == ["各市(州)人民政府", "省政府各部门", "各直属机构"])
        #expect(notice.references == [DocumentReference(
            title: "南岭省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", number: "南府发〔2021〕2号")])
        #expect(notice.attachments.isEmpty)
        #expect(notice.sections.map(\.heading) == ["总体要求", "重点任务分工", "保障措施"])
        #expect(notice.supervisionSchedule.isEmpty && notice.leaders.isEmpty && notice.contacts.isEmpty)
    }

    @Test func sevenItemsNumberedAcrossThreeGroups() throws {
        let plan = try Fixture.plan(Self.name)

        #expect(plan.projects.map(\.number) == Array(1...7))
        #expect(plan.projects.map(\.line) == [17, 18, 19, 21, 22, 29, 30])
        #expect(plan.projects.map(\.title) == [
            "全省地区生产总值增长6.2%左右", "规模以上工业增加值增长7%以上", "新开工省级重大项目不少于300个",
            "城镇新增就业45万人以上", "实施重点群体就业促进行动", "研发经费投入强度达到2.3%", "优化民营经济发展环境",
        ])
        #expect(plan.projects.map(\.group) == [
            "推动经济运行整体好转", "推动经济运行整体好转", "推动经济运行整体好转",
            "全力稳定就业", "全力稳定就业", "激发市场主体活力", "激发市场主体活力",
        ])
        #expect(plan.projects.allSatisfy { $0.category == nil && $0.deadline == nil })
    }

    @Test func descriptionsKeepSubItemsButNotNotes() throws {
        let plan = try Fixture.plan(Self.name)

        #expect(plan.projects.map { unstopped($0.description) == nil } == [true, true, true, true, false, true, false])
        let employment = try #require(try plan.requireProject(5).description)
        #expect(employment.contains("离校未就业高校毕业生帮扶就业率达到90%"))
        #expect(employment.contains("组织农村劳动力转移就业15万名"))
        #expect(employment.contains("加强退役军人就业创业服务"))
        #expect(!employment.contains("牵头"))
        #expect(try unstopped(plan.requireProject(7).description) == "建立常态化政企沟通机制，及时回应企业诉求")
    }

    @Test func unlabelledNotesAreReadByTheirEndings() throws {
        let plan = try Fixture.plan(Self.name)

        #expect(plan.projects.map(\.responsibility) == [
            Responsibility(supportingUnits: ["各市(州)人民政府"], leadAgency: "省发展改革委、省统计局"),
            Responsibility(supportingUnits: ["省发展改革委", "省统计局"], leadAgency: "省工业和信息化厅"),
            Responsibility(supportingUnits: ["省财政厅", "省自然资源厅", "省生态环境厅"], leadAgency: "省发展改革委"),
            Responsibility(supportingUnits: ["各市（州）人民政府"], leadAgency: "省人力资源社会保障厅"),
            Responsibility(supportingUnits: ["省教育厅", "省农业农村厅", "省退役军人事务厅"],
                           leadAgency: "省人力资源社会保障厅"),
            Responsibility(supportingUnits: ["省财政厅", "省统计局"], leadAgency: "省科技厅"),
            Responsibility(supportingUnits: ["各市(州)人民政府", "省直有关部门"], leadAgency: "省工商联、省发展改革委"),
        ])
        #expect(try plan.requireProject(1).responsibility.leadUnits == ["省发展改革委", "省统计局"])
        #expect(plan.people.isEmpty, "no person is named")
    }

    @Test func groupsAreTheTasks() throws {
        let plan = try Fixture.plan(Self.name)

        #expect(plan.tasks.map(\.number) == [1, 2, 3])
        #expect(plan.tasks.map(\.title) == ["推动经济运行整体好转", "全力稳定就业", "激发市场主体活力"])
        #expect(plan.tasks.map(\.projects) == [[1, 2, 3], [4, 5], [6, 7]])
        #expect(plan.tasks.map(\.line) == [16, 20, 28])
    }

    @Test func headlineTargets() throws {
        let plan = try Fixture.plan(Self.name)

        let gdp = try plan.requireIndicator(6.2, "%", named: "地区生产总值")
        let industry = try plan.requireIndicator(7, "%", named: "工业增加值")
        let projects = try plan.requireIndicator(300, "个", named: "重大项目")
        let jobs = try plan.requireIndicator(450_000, "人", named: "新增就业")
        let research = try plan.requireIndicator(2.3, "%", named: "研发经费投入强度")

        #expect(gdp.comparator == .about && gdp.project == 1 && gdp.line == 17)
        #expect(gdp.sentence.contains("全省地区生产总值增长6.2%左右"))
        #expect(industry.comparator == .atLeast && industry.project == 2, "“规模以上” is not the comparator")
        #expect(projects.comparator == .atLeast && projects.project == 3)
        #expect(jobs.comparator == .atLeast && jobs.project == 4)
        #expect(research.comparator == .atLeast && research.project == 6)
    }

    @Test func subItemTargetsBelongToTheirItem() throws {
        let plan = try Fixture.plan(Self.name)

        let graduates = try plan.requireIndicator(90, "%", named: "帮扶就业率")
        let migrants = try plan.requireIndicator(150_000, "名", named: "农村劳动力")
        let markets = try plan.requireIndicator(1, "个", named: "零工市场")

        #expect(graduates.comparator == .atLeast && graduates.line == 23)
        #expect(migrants.comparator == .atLeast && migrants.line == 24)
        #expect(markets.comparator == .between && markets.targetUpper == 2 && markets.line == 25)
        #expect(markets.scope?.contains("市(州)") == true)
        #expect([graduates, migrants, markets].allSatisfy { $0.project == 5 })
        #expect(plan.indicators.count == 8, "not 2023, not 〔2021〕2号, not 二〇三五")
        #expect(plan.indicators.allSatisfy { $0.targetUpper == nil || $0.comparator == .between })
    }

    @Test func nothingToReportAndNoSteps() throws {
        let plan = try Fixture.plan(Self.name)

        #expect(plan.warnings.isEmpty)
        #expect(plan.chromeFindings.isEmpty)
        #expect(plan.phases.isEmpty)
    }
}
