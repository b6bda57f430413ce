import Testing
import NoticeImport
import ReformPlan

/// Fixture jinhe-2019-natural-resources-reform: a bureau's reform plan like the
/// reference, in half-width punctuation. Categories 牵头/配合参与/自主 whose
/// numbering restarts in each group; (第一责任人:…;分管领导:…) notes, the first
/// ending in 下同; 牵头单位 in a note of its own; the collective 各区、县级市 and
/// 各有关单位; deadlines 2019年6月底前, 年底前 and 与…同步推进; a 主要任务 section
/// whose titles equal project titles; 实施步骤 streams with 5月底前,
/// 2019年5月—6月, 4-11月 and a step timed only by a condition.
@Suite struct JinheNaturalResourcesTests {
    static let name = "jinhe-2019-natural-resources-reform"

    @Test func noticeFields() throws {
        let notice = try Fixture.plan(Self.name).notice

        #expect(notice.title == "金河市自然资源和规划局2019年改革工作实施方案")
        #expect(notice.noticeTitle == "金河市自然资源和规划局关于印发《金河市自然资源和规划局2019年改革工作实施方案》的通知")
        #expect(notice.documentNumber == "金自然资规〔2019〕6号")
        #expect(notice.year == 2019)
        #expect(notice.issuer == "金河市自然资源和规划局")
        #expect(notice.issuedDate == Day(2019, 4, 2))
        #expect(notice.publishedDate == nil)
        #expect(notice.addressees == ["各分局", "局机关各处室", "局属各单位"])
        #expect(notice.references.isEmpty && notice.attachments.isEmpty)
        #expect(notice.sections.map(\.heading) == ["改革项目和责任分工", "主要任务", "实施步骤", "工作要求"])
        #expect(notice.supervisionSchedule.isEmpty && notice.leaders.isEmpty && notice.contacts.isEmpty)
    }

    @Test func restartedNumberingIsRenumberedOneToSevenWithAnInfoFinding() throws {
        let plan = try Fixture.plan(Self.name)

        #expect(plan.projects.map(\.number) == Array(1...7))
        #expect(plan.projects.map(\.line) == [14, 15, 16, 17, 18, 19, 20])
        #expect(plan.infos.contains { $0.line == 16 && !$0.message.contains("跳过") },
                "group (二) starts again at 1.")
        #expect(plan.warnings.isEmpty, "every group lists as many items as it declares")
    }

    @Test func titlesCategoriesAndGroups() throws {
        let plan = try Fixture.plan(Self.name)

        #expect(plan.projects.map(\.title) == [
            "深化“多规合一”业务协同改革", "推进不动产登记“一窗受理、并行办理”", "推进城市更新体制机制改革",
            "深化农村宅基地制度改革试点", "推进生态保护修复市场化改革", "推行测绘成果“一站式”共享服务",
            "开展自然资源资产清查",
        ])
        #expect(plan.projects.map { unstopped($0.description) } == [
            nil, "一般登记办理时间压缩50%以上", nil, nil, nil, "年底前建成市级测绘地理信息共享平台", nil,
        ])
        #expect(plan.projects.map(\.category) == [.lead, .lead, .participating, .participating, .participating, .own, .own])
        #expect(plan.projects.map(\.group) == [
            "牵头改革项目", "牵头改革项目", "配合参与的改革项目", "配合参与的改革项目", "配合参与的改革项目",
            "自主改革项目", "自主改革项目",
        ])
    }

    @Test func firstResponsibleSaidOnceWithXiaTongReachesEveryItem() throws {
        let plan = try Fixture.plan(Self.name)

        func chain(_ leader: String, _ units: [String], supporting: [String] = [], phone: String? = nil,
                   lead: String? = nil) -> Responsibility {
            Responsibility(firstResponsible: "周启明", leaderInCharge: leader, responsibleUnits: units,
                           supportingUnits: supporting, contactPhone: phone, leadAgency: lead)
        }
        #expect(plan.projects.map(\.responsibility) == [
            chain("吴晓峰", ["国土空间规划处", "法规处"]),
            chain("吴晓峰", ["不动产登记处"]),
            chain("陈卫东", ["城市更新处"], supporting: ["各区、县级市"], lead: "市住房城乡建设局"),
            chain("吴晓峰", ["耕地保护处"], supporting: ["各区、县级市", "各有关单位"], lead: "市农业农村局"),
            chain("陈卫东", ["生态修复处"], lead: "市生态环境局"),
            chain("陈卫东", ["测绘地理信息处"]),
            chain("吴晓峰", ["自然资源调查监测处", "信息中心"], phone: "82716630"),
        ])
    }

    @Test func collectivesStayWholeInTheDirectory() throws {
        let plan = try Fixture.plan(Self.name)

        let kinds = Dictionary(plan.units.map { ($0.name, $0.kind) }, uniquingKeysWith: { a, _ in a })
        #expect(kinds["各区、县级市"] == .collective)
        #expect(kinds["各有关单位"] == .collective)
        #expect(kinds["各区"] == nil && kinds["县级市"] == nil)
        #expect(kinds["下同"] == nil)
        #expect(kinds["市住房城乡建设局"] == .externalAgency)
        #expect(kinds["国土空间规划处"] == .bureauOffice)
        #expect(Set(plan.people.map(\.name)) == ["周启明", "吴晓峰", "陈卫东"])
    }

    @Test func deadlinesFromFieldsAndText() throws {
        let plan = try Fixture.plan(Self.name)

        #expect(plan.projects.map(\.deadline) == [
            nil,
            Deadline(date: Day(2019, 6, 30), text: "2019年6月底前", kind: .date),
            nil,
            Deadline(date: nil, text: "与全市国土空间总体规划编制同步推进", kind: .relative),
            nil,
            Deadline(date: Day(2019, 12, 31), text: "年底前", kind: .date),
            nil,
        ])
    }

    @Test func tasksLinkToTheProjectsOfTheSameTitle() throws {
        let plan = try Fixture.plan(Self.name)

        #expect(plan.tasks.map(\.number) == [1, 2])
        #expect(plan.tasks.map(\.title) == ["深化“多规合一”业务协同改革", "推行测绘成果“一站式”共享服务"])
        #expect(plan.tasks.map(\.projects) == [[1], [6]])
        #expect(plan.tasks.map(\.line) == [23, 24])
        #expect(plan.tasks.allSatisfy { $0.deadline == nil })
    }

    @Test func threeTargets() throws {
        let plan = try Fixture.plan(Self.name)

        let time = try plan.requireIndicator(50, "%", named: "办理时间")
        let departments = try plan.requireIndicator(20, "个", named: "接入部门")
        let layers = try plan.requireIndicator(30, "个", named: "共享图层")

        #expect(time.comparator == .atLeast && time.project == 2 && time.task == nil)
        #expect(departments.comparator == .atLeast && departments.project == 1 && departments.task == 1)
        #expect(layers.comparator == .atLeast && layers.project == 6 && layers.task == 2)
        #expect(plan.indicators.count == 3, "months and the year of 2019年5月—6月 are not targets")
    }

    @Test func fiveStepsInTwoStreamsLinkedToProjectsOneAndFour() throws {
        let plan = try Fixture.plan(Self.name)

        #expect(plan.phases.map(\.stream) == [1, 1, 1, 2, 2])
        #expect(plan.phases.map(\.order) == [1, 2, 3, 1, 2])
        #expect(plan.phases.map(\.project) == [1, 1, 1, 4, 4])
        #expect(plan.phases.map(\.streamTitle) == Array(repeating: "“多规合一”业务协同改革", count: 3)
            + Array(repeating: "宅基地制度改革试点", count: 2))
        #expect(plan.phases.map(\.title) == ["制定方案", "平台对接", "全面运行", "配合制定试点方案", "开展试点"])
        #expect(plan.phases.map(\.startMonth) == [nil, 5, 7, 4, nil])
        #expect(plan.phases.map(\.endMonth) == [5, 6, 11, 11, nil])
        #expect(plan.phases.map(\.timing) == ["5月底前", "2019年5月—6月", "7-11月", "4-11月", "视省级试点批复情况确定"])
        #expect(plan.phases.map(\.condition) == [nil, nil, nil, nil, "视省级试点批复情况确定"])
        #expect(plan.phases.map(\.line) == [28, 29, 30, 32, 33])
        #expect(plan.phases.map(\.deliverables.count) == [1, 1, 1, 1, 1])
        #expect(plan.phases[1].deliverables.first?.hasPrefix("完成发展改革、住房城乡建设等部门审批系统") == true)
    }
}
