import Testing
import NoticeImport
import ReformPlan

/// 五、实施步骤 of the reference notice: seventeen steps in four streams.
@Suite struct ReferencePhasesTests {
    struct Step {
        let stream: Int, order: Int, title: String, start: Int?, end: Int?, timing: String
    }

    static let steps: [Step] = [
        Step(stream: 1, order: 1, title: "签约部署", start: 1, end: 3, timing: "1-3月"),
        Step(stream: 1, order: 2, title: "组织推进", start: 4, end: 6, timing: "4-6月"),
        Step(stream: 1, order: 3, title: "加强指导", start: 7, end: 9, timing: "7-9月"),
        Step(stream: 1, order: 4, title: "检查验收", start: 10, end: 12, timing: "10-12月"),
        Step(stream: 2, order: 1, title: "走访调研", start: 1, end: 2, timing: "1-2月"),
        Step(stream: 2, order: 2, title: "起草文件", start: 3, end: 3, timing: "3月"),
        Step(stream: 2, order: 3, title: "组织风险评估", start: 4, end: 6, timing: "4-6月"),
        Step(stream: 2, order: 4, title: "出台文件", start: nil, end: nil, timing: "与全市“民呼我应”改革工作同步推进"),
        Step(stream: 3, order: 1, title: "开展政府购买服务项目", start: 4, end: 11, timing: "4-11月"),
        Step(stream: 3, order: 2, title: "组织实施公益创投大赛", start: 5, end: 8, timing: "5-8月"),
        Step(stream: 3, order: 3, title: "建设区级孵化基地", start: nil, end: 11, timing: "11月前"),
        Step(stream: 3, order: 4, title: "实施社区治理创新助力计划", start: nil, end: 12, timing: "12月前"),
        Step(stream: 4, order: 1, title: "广泛调研", start: 1, end: 3, timing: "1-3月"),
        Step(stream: 4, order: 2, title: "形成初稿", start: 4, end: 4, timing: "4月"),
        Step(stream: 4, order: 3, title: "风险评估", start: 5, end: 6, timing: "5-6月"),
        Step(stream: 4, order: 4, title: "专家论证", start: 7, end: 9, timing: "7-9月"),
        Step(stream: 4, order: 5, title: "推动出台", start: 10, end: 11, timing: "10-11月"),
    ]

    @Test func seventeenStepsInFourStreamsInOrder() throws {
        let plan = try Fixture.referencePlan()

        #expect(plan.phases.count == 17)
        #expect(plan.phases.map(\.stream) == Self.steps.map(\.stream))
        #expect(plan.phases.map(\.order) == Self.steps.map(\.order))
    }

    @Test func everyStepHasItsTitleMonthsAndTimingAsWritten() throws {
        let plan = try Fixture.referencePlan()

        for step in Self.steps {
            let phase = try plan.requirePhase(stream: step.stream, order: step.order)
            #expect(phase.title == step.title, "\(step.stream).\(step.order)")
            #expect(phase.startMonth == step.start, "\(step.stream).\(step.order) \(step.title)")
            #expect(phase.endMonth == step.end, "\(step.stream).\(step.order) \(step.title)")
            #expect(phase.timing == step.timing, "\(step.stream).\(step.order) \(step.title)")
        }
    }

    @Test func aStepTiedToOtherWorkKeepsTheConditionAndNoMonths() throws {
        let plan = try Fixture.referencePlan()

        let issue = try plan.requirePhase(stream: 2, order: 4)
        #expect(issue.condition?.contains("民呼我应") == true)
        #expect(issue.startMonth == nil && issue.endMonth == nil)
        #expect(plan.phases.filter { $0.condition != nil }.count == 1)
    }

    @Test func streamsAreLinkedToTheFourLeadProjects() throws {
        let plan = try Fixture.referencePlan()

        let streamTitles = [1: "养老服务改革", 2: "建立完善社区工作者保障机制", 3: "大力培育发展社会组织", 4: "制定支出型贫困救助制度"]
        for phase in plan.phases {
            #expect(phase.project == phase.stream, "stream \(phase.stream) serves project \(phase.stream)")
            #expect(phase.streamTitle == streamTitles[phase.stream])
        }
        #expect(plan.phases(of: 4).count == 5)
    }

    @Test func stepsStartOnTheirLines() throws {
        let plan = try Fixture.referencePlan()

        #expect(try plan.requirePhase(stream: 1, order: 1).line == 84)
        #expect(try plan.requirePhase(stream: 2, order: 1).line == 96)
        #expect(try plan.requirePhase(stream: 2, order: 4).line == 105)
        #expect(try plan.requirePhase(stream: 3, order: 1).line == 108)
        #expect(try plan.requirePhase(stream: 4, order: 5).line == 132)
    }

    @Test func deliverablesAreTheSentencesAfterTheTitle() throws {
        let plan = try Fixture.referencePlan()

        let signing = try plan.requirePhase(stream: 1, order: 1).deliverables
        #expect(signing.count == 2)
        #expect(signing.first?.hasPrefix("制定“城企联动普惠养老专项行动”实施方案") == true)
        #expect(signing.last?.hasPrefix("对2019年度各项养老服务设施建设任务进行分解并下达到各区") == true)

        let drafting = try plan.requirePhase(stream: 2, order: 2).deliverables
        #expect(drafting.count == 1)
        #expect(drafting.first?.contains("《武汉市社区工作者管理办法(征求意见稿)》") == true)

        let issuing = try plan.requirePhase(stream: 4, order: 5).deliverables
        #expect(issuing.count == 1)
        #expect(issuing.first?.hasPrefix("完成合法性审查工作") == true)
        #expect(plan.phases.allSatisfy { !$0.deliverables.isEmpty })
        #expect(plan.phases.allSatisfy { phase in !phase.deliverables.contains { $0.contains(phase.timing ?? "—") } })
    }
}
