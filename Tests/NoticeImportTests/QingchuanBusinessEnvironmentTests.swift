import Testing
import NoticeImport
import ReformPlan

/// Fixture qingchuan-2021-business-environment: a city task-division notice copied
/// from a legal database page. Database and site chrome before the title
/// (主办单位, breadcrumb, 【发布部门】【发文字号】【法宝引证码】), footer after;
/// full-width punctuation; （一） groups with “(N项)” counts, one wrong; items 1．…9．
/// numbered across groups; （牵头单位：X，配合单位：Y、Z） notes with nested
/// brackets and mixed list separators; a “以下各项工作均需…落实，不再一一列出” rule;
/// an item with two different deadlines.
@Suite struct QingchuanBusinessEnvironmentTests {
    static let name = "qingchuan-2021-business-environment"
    static let counties = "各县（市、区）人民政府"

    @Test func noticeFields() throws {
        let notice = try Fixture.plan(Self.name).notice

        #expect(notice.title == "清川市2021年优化营商环境重点任务分工方案")
        #expect(notice.noticeTitle == "清川市人民政府办公室关于印发《清川市2021年优化营商环境重点任务分工方案》的通知")
        #expect(notice.documentNumber == "清政办〔2021〕15号")
        #expect(notice.year == 2021)
        #expect(notice.issuer == "清川市人民政府办公室")
        #expect(notice.issuedDate == Day(2021, 4, 6))
        #expect(notice.publishedDate == Day(2021, 4, 9))
        #expect(notice.addressees == [Self.counties, "市政府各部门", "各有关单位"])
        #expect(notice.references == [
            DocumentReference(title: "江汉省优化营商环境三年行动计划（2020—2022年）", number: "江政发〔2020〕9号"),
        ])
        #expect(notice.attachments.isEmpty)
        #expect(notice.sections.map(\.heading) == ["总体要求", "重点任务分工", "保障措施"])
        #expect(notice.leaders.isEmpty && notice.contacts.isEmpty && notice.supervisingUnit == nil)
        #expect(notice.supervisionSchedule.isEmpty)
    }

    @Test func nineItemsNumberedAcrossThreeGroups() throws {
        let plan = try Fixture.plan(Self.name)

        #expect(plan.projects.map(\.number) == Array(1...9))
        #expect(plan.projects.map(\.line) == [29, 30, 31, 33, 34, 35, 36, 38, 39])
        #expect(plan.projects.allSatisfy { $0.category == nil }, "no 牵头/参与/自主 categories")
        let groups = plan.projects.map(\.group)
        #expect(groups == Array(repeating: "提升政务服务效能", count: 3)
            + Array(repeating: "优化市场准入环境", count: 4)
            + Array(repeating: "加强要素保障", count: 2))
    }

    @Test func titlesAndDescriptions() throws {
        let plan = try Fixture.plan(Self.name)

        let expected: [(String, String?)] = [
            ("推行政务服务“一网通办”", "全市政务服务事项网上可办率达到95%，2021年9月底前实现高频事项“掌上办”"),
            ("深化工程建设项目审批制度改革", "社会投资简易低风险项目审批时间压缩至30天以内"),
            ("推进“证照分离”改革全覆盖", nil),
            ("压缩企业开办时间", "企业开办全流程时间控制在1天以内"),
            ("全年新增市场主体不少于1.2万户", nil),
            ("清理妨碍统一市场和公平竞争的政策措施", "2022年10月底前建立公平竞争审查常态化机制"),
            ("规范涉企中介服务", "编制中介服务事项清单并向社会公布"),
            ("深化“标准地”出让改革", "2021年6月底前出台工业项目“标准地”实施细则，年底前实现新增工业用地按“标准地”出让"),
            ("保障重点项目用地需求", "全年供应工业用地1200亩左右"),
        ]
        for (index, (title, description)) in expected.enumerated() {
            let project = try plan.requireProject(index + 1)
            #expect(project.title == title, "project \(index + 1)")
            #expect(unstopped(project.description) == description, "project \(index + 1)")
        }
    }

    @Test func leadAndSupportingUnitsWithNestedBracketsAndMixedSeparators() throws {
        let plan = try Fixture.plan(Self.name)

        let expected: [(String, [String])] = [
            ("市政务服务局", ["市大数据中心", "市司法局"]),
            ("市住房城乡建设局", ["市自然资源局", "市生态环境局", "市政务服务局"]),
            ("市市场监管局", ["市直各有关部门"]),
            ("市市场监管局", ["市公安局", "市税务局", "市人社局"]),
            ("市市场监管局", []),
            ("市司法局", ["市市场监管局", "市发展改革委"]),
            ("市发展改革委", ["各县（市、区）政务服务中心"]),
            ("市自然资源局", ["市工业和信息化局"]),
            ("市自然资源局", ["市发展改革委", "市工业和信息化局"]),
        ]
        for (index, (lead, supporting)) in expected.enumerated() {
            let responsibility = try plan.requireProject(index + 1).responsibility
            #expect(responsibility.leadAgency == lead, "project \(index + 1)")
            #expect(responsibility.supportingUnits == supporting, "project \(index + 1)")
            #expect(responsibility.firstResponsible == nil && responsibility.leaderInCharge == nil)
            #expect(responsibility.contactPhone == nil)
        }
    }

    @Test func countyGovernmentsAnswerForEveryItemByTheBlanketRule() throws {
        let plan = try Fixture.plan(Self.name)

        for project in plan.projects {
            #expect(project.responsibility.responsibleUnits == [Self.counties], "project \(project.number)")
        }
        let kinds = Dictionary(plan.units.map { ($0.name, $0.kind) }, uniquingKeysWith: { a, _ in a })
        #expect(kinds[Self.counties] == .collective)
        #expect(kinds["市直各有关部门"] == .collective)
        #expect(kinds["市"] == nil && kinds["区）人民政府"] == nil, "nested brackets are not split")
    }

    @Test func deadlinesOnlyWhereTheItemsGiveThem() throws {
        let plan = try Fixture.plan(Self.name)

        let deadlines = plan.projects.map(\.deadline)
        #expect(deadlines == [
            Deadline(date: Day(2021, 9, 30), text: "2021年9月底前", kind: .date),
            nil, nil, nil, nil,
            Deadline(date: Day(2022, 10, 31), text: "2022年10月底前", kind: .date),
            nil,
            Deadline(date: Day(2021, 6, 30), text: "2021年6月底前", kind: .date),
            nil,
        ])
    }

    @Test func groupsAreTheTasks() throws {
        let plan = try Fixture.plan(Self.name)

        #expect(plan.tasks.map(\.number) == [1, 2, 3])
        #expect(plan.tasks.map(\.title) == ["提升政务服务效能", "优化市场准入环境", "加强要素保障"])
        #expect(plan.tasks.map(\.projects) == [[1, 2, 3], [4, 5, 6, 7], [8, 9]])
        #expect(plan.tasks.map(\.line) == [28, 32, 37])
        #expect(!plan.tasks.contains { $0.title.contains("统筹调度") }, "保障措施 holds no tasks")
    }

    @Test func fiveTargets() throws {
        let plan = try Fixture.plan(Self.name)

        let online = try plan.requireIndicator(95, "%", named: "网上可办率")
        let approval = try plan.requireIndicator(30, "天", named: "审批时间")
        let startUp = try plan.requireIndicator(1, "天", named: "企业开办")
        let entities = try plan.requireIndicator(12_000, "户", named: "市场主体")
        let land = try plan.requireIndicator(1200, "亩", named: "工业用地")

        #expect(online.comparator == .atLeast && online.project == 1 && online.line == 29)
        #expect(approval.comparator == .atMost && approval.project == 2)
        #expect(startUp.comparator == .atMost && startUp.project == 4)
        #expect(entities.comparator == .atLeast && entities.project == 5)
        #expect(land.comparator == .about && land.project == 9)
        #expect(plan.indicators.count == 5, "years, months and 〔2021〕15号 are not targets")
        #expect(plan.phases.isEmpty)
    }

    @Test func findingsForTheMiscountAndTheSecondDeadlineAndTheChrome() throws {
        let plan = try Fixture.plan(Self.name)

        #expect(plan.warnings.count == 2)
        #expect(plan.hasWarning(line: 32, saying: "标明3项", "实际列出4项"))
        #expect(plan.hasWarning(line: 38, saying: "另有时限"))
        #expect(plan.chromeFindings.allSatisfy { $0.severity == .info })
        #expect(plan.chromeFindings.contains { $0.line <= 9 }, "site and database header, lines 1-9")
        #expect(plan.chromeFindings.contains { $0.line >= 45 }, "footer, lines 45-46")
    }

    @Test func nothingFromTheChromeIsImported() throws {
        let plan = try Fixture.plan(Self.name)

        let chrome = ["门户网站", "网站标识码", "首页", "法宝引证码", "CLI.12", "效力级别", "时效性",
                      "打印本页", "关闭窗口", "版权所有", "ICP", "发布部门"]
        for text in plan.importedTexts {
            #expect(!chrome.contains { text.contains($0) }, "chrome in “\(text)”")
        }
        #expect(plan.notice.sourceText?.hasPrefix("清川市人民政府门户网站") == true)
    }
}
