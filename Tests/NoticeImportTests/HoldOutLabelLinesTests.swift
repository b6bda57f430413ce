import Testing
import NoticeImport
import ReformPlan

/// Fixture donglin-2021-business-label-lines, from the hold-out set: a checklist
/// whose items have their title on a line of its own, then an indented
/// paragraph, then bare label lines (牵头领导/责任单位/配合单位/完成时限), with the
/// items numbered on across three chapters.
@Suite struct HoldOutLabelLinesTests {
    static let name = "donglin-2021-business-label-lines"

    @Test func itemsOfEveryChapterAreProjectsNumberedAsPrinted() throws {
        let plan = try Fixture.plan(Self.name)

        #expect(plan.projects.map(\.number) == Array(1...8))
        #expect(plan.tasks.map(\.title) == ["提升政务服务效能", "优化市场环境", "强化法治保障"])
        #expect(plan.tasks.first?.projects == [1, 2, 3])
        #expect(plan.warnings.isEmpty)
    }

    @Test func theTitleIsTheFirstLineAndTheParagraphTheDescription() throws {
        let plan = try Fixture.plan(Self.name)

        let first = try plan.requireProject(1)
        #expect(first.title == "推进“一件事一次办”改革")
        #expect(first.description == "梳理企业和群众高频办理事项，推出“一件事一次办”集成服务事项不少于50项。")
    }

    @Test func labelLinesGiveTheChainAndTheDeadline() throws {
        let plan = try Fixture.plan(Self.name)

        let first = try plan.requireProject(1)
        #expect(first.responsibility == Responsibility(leaderInCharge: "王振华", responsibleUnits: ["区行政审批局"],
                                                       supportingUnits: ["区市场监管局", "区人力资源社会保障局", "区税务局"]))
        #expect(first.deadline == Deadline(date: Day(2021, 6, 30), text: "2021年6月底前", kind: .date))
        #expect(try plan.requireProject(3).deadline?.kind == .ongoing)
        #expect(try plan.requireProject(4).deadline?.date == Day(2021, 11, 30))
        #expect(try plan.requireProject(2).deadline?.date == Day(2021, 9, 30))
    }

    @Test func targetsWithWorkdaysAndPercentagePoints() throws {
        let plan = try Fixture.plan(Self.name)

        let services = try plan.requireIndicator(50, "项", named: "一件事一次办")
        let days = try plan.requireIndicator(1, "个工作日", named: "企业开办")
        let cost = try plan.requireIndicator(0.5, "个百分点", named: "融资成本")
        #expect(services.comparator == .atLeast && services.project == 1)
        #expect(days.comparator == .atMost)
        #expect(cost.project == 5)
    }
}
