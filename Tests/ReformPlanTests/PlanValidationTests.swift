import Testing
@testable import ReformPlan

@Suite struct PlanValidationTests {
    static func plan() -> Plan {
        Plan(notice: Notice(title: "2019年某局改革工作实施方案"),
             projects: [Project(number: 1, title: "甲"), Project(number: 2, title: "乙")],
             tasks: [Task(number: 1, title: "任务", projects: [1, 2])],
             indicators: [Indicator(name: "覆盖率", measure: "%", comparator: .atLeast, target: 90, sentence: "覆盖率90%以上", project: 1)],
             phases: [Phase(project: 1, stream: 1, order: 1, title: "部署", startMonth: 1, endMonth: 3)])
    }

    @Test func aSoundPlanHasNoProblems() {
        #expect(PlanValidation.problems(in: Self.plan()).isEmpty)
    }

    @Test func everyProblemIsNamedByItsFieldPath() {
        var plan = Self.plan()
        plan.projects[1].number = 1
        plan.tasks[0].projects = [1, 7]
        plan.indicators[0].target = .nan
        plan.phases[0].startMonth = 4
        plan.phases[0].endMonth = 0

        let paths = PlanValidation.problems(in: plan).map(\.path)

        #expect(paths.contains("projects[1].number"))
        #expect(paths.contains("tasks[0].projects[1]"))
        #expect(paths.contains("indicators[0].target"))
        #expect(paths.contains("phases[0].endMonth"))
        #expect(paths.count == 5, "0 is no month, and the phase ends before it starts: \(paths)")
    }

    @Test func aRangeNeedsAnUpperBoundNotBelowItsTarget() {
        var plan = Self.plan()
        plan.indicators[0].comparator = .between
        plan.indicators[0].targetUpper = 80

        #expect(PlanValidation.problems(in: plan).map(\.path) == ["indicators[0].targetUpper"])
    }
}
