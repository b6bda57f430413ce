import Testing
@testable import ReformPlan

@Suite struct SubPlanTests {
    /// Project 1 speaks to every district and has indicators; project 2 names
    /// 江岸; project 3 has nothing for the districts.
    static func plan(title1: String = "养老服务改革", timing: String = "10-12月") -> Plan {
        Plan(notice: Notice(title: "2019年测试方案"),
             projects: [Project(number: 1, title: title1, description: "任务分解并下达到各区"),
                        Project(number: 2, title: "社区工作者", description: "指导江岸、武昌区试点"),
                        Project(number: 3, title: "婚姻登记", description: "本处室推进")],
             indicators: [Indicator(name: "新建社区老年人服务中心(站)", measure: "个", comparator: .atLeast, target: 100,
                                    sentence: "新建100个", project: 1)],
             phases: [Phase(project: 1, stream: 1, streamTitle: "养老", order: 1, title: "检查验收", timing: timing)])
    }

    @Test func aDistrictIsOfferedTheProjectsThatSpeakToItAndAnOfficeNone() {
        #expect(SubPlanning.suggestedProjects(plan: Self.plan(), districtName: "江岸区", targets: [:]) == [1, 2])
        #expect(SubPlanning.suggestedProjects(plan: Self.plan(), districtName: "新洲区", targets: [:]) == [1])
        #expect(SubPlanning.suggestedProjects(plan: Self.plan(), districtName: nil, targets: [0: 8]).isEmpty)
    }

    @Test func anInheritedItemCarriesTheTitleTimingAndTheTargetHandedDown() {
        let item = SubPlanning.inheritedItem(Self.plan().projects[0], plan: Self.plan(), targets: [0: 8])
        #expect(item == SubPlanItem(key: "p1", project: 1, title: "养老服务改革", deadline: "10-12月",
                                    target: "新建社区老年人服务中心(站)8个"))
    }

    @Test func aChangedCityPlanIsShownAsChangesAndTakenInOnlyWhenAccepted() {
        let original = Self.plan()
        var sub = SubPlan(planID: 1, unit: "江岸区民政局", division: "420102", title: "江岸区方案", acceptedRevision: 1,
                          items: [SubPlanning.inheritedItem(original.projects[0], plan: original, targets: [0: 8]),
                                  SubPlanning.inheritedItem(original.projects[1], plan: original, targets: [:]),
                                  SubPlanItem(key: "own1", title: "本区自选：社区议事厅")])
        sub.items[0].responsible = "区养老科"
        var changed = Self.plan(title1: "养老服务改革（调整）", timing: "11月前")
        changed.projects.remove(at: 1)

        let changes = SubPlanning.pendingChanges(sub, plan: changed, targets: [0: 10])
        let accepted = SubPlanning.accepting(sub, plan: changed, targets: [0: 10], revision: 2)

        #expect(changes.map(\.field) == ["名称", "时限", "分解目标", "项目"])
        #expect(changes[2].before == "新建社区老年人服务中心(站)8个" && changes[2].after == "新建社区老年人服务中心(站)10个")
        #expect(changes[3].after.contains("已删除"))
        #expect(SubPlanning.pendingChanges(sub, plan: original, targets: [0: 8]).isEmpty)
        #expect(accepted.items.map(\.key) == ["p1", "own1"] && accepted.acceptedRevision == 2)
        #expect(accepted.items[0].title == "养老服务改革（调整）" && accepted.items[0].responsible == "区养老科")
        #expect(SubPlanning.pendingChanges(accepted, plan: changed, targets: [0: 10]).isEmpty)
        #expect(SubPlanning.nextOwnKey(accepted.items.map(\.key)) == "own2")
        #expect(SubPlanning.nextOwnKey(["p1", "own1", "own4"]) == "own5", "a removed item's key is never given again")
    }
}
