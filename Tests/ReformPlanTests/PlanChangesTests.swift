import Testing
@testable import ReformPlan

@Suite struct PlanChangesTests {
    static let plan = Plan(
        notice: Notice(title: "2019年武汉市民政改革工作实施方案", year: 2019, issuer: "武汉市民政局",
                       addressees: ["各区民政局", "局机关各处室"]),
        projects: [
            Project(number: 1, title: "深化养老服务改革", category: .lead,
                    responsibility: Responsibility(firstResponsible: "局长", leaderInCharge: "副局长甲",
                                                   responsibleUnits: ["养老服务处"])),
            Project(number: 2, title: "推进社会组织登记改革", category: .own,
                    responsibility: Responsibility(responsibleUnits: ["社会组织管理局"])),
        ],
        tasks: [Task(number: 1, title: "养老服务", projects: [1])],
        indicators: [Indicator(name: "社会化运营率", measure: "%", comparator: .atLeast, target: 70,
                               sentence: "社会化运营率70%以上", project: 1)],
        phases: [Phase(project: 1, stream: 1, order: 1, title: "签约部署", startMonth: 1, endMonth: 3, timing: "1-3月")],
        units: [Unit(name: "养老服务处", kind: .bureauOffice)])

    @Test func equalPlansHaveNoChanges() {
        let changes = Self.plan.changes(to: Self.plan)

        #expect(changes.isEmpty)
    }

    @Test func aChangedFieldIsNamedByProjectNumberWithBothValues() {
        var newer = Self.plan
        newer.projects[1].responsibility.leaderInCharge = "副局长乙"
        newer.indicators[0].target = 75.5

        let changes = Self.plan.changes(to: newer)

        #expect(changes == [
            PlanChange(path: "projects[2].responsibility.leaderInCharge", before: nil, after: "副局长乙"),
            PlanChange(path: "indicators[0].target", before: "70", after: "75.5"),
        ])
    }

    @Test func addedAndRemovedItemsAreOneChangeEach() {
        var newer = Self.plan
        newer.projects.remove(at: 0)
        newer.projects.append(Project(number: 3, title: "完善社会救助制度"))
        newer.phases[0].order = 2

        let changes = Self.plan.changes(to: newer)

        #expect(changes == [
            PlanChange(path: "projects[3]", before: nil, after: "3 完善社会救助制度"),
            PlanChange(path: "projects[1]", before: "1 深化养老服务改革", after: nil),
            PlanChange(path: "phases[1.2]", before: nil, after: "1 2 签约部署"),
            PlanChange(path: "phases[1.1]", before: "1 1 签约部署", after: nil),
        ])
    }

    @Test func listsOfNamesReadAsOneLineAndOrderChangesAreNoticed() {
        var newer = Self.plan
        newer.notice.addressees.append("局直属各单位")
        newer.projects[0].responsibility.responsibleUnits = ["养老服务处", "社会事务处"]
        newer.projects.reverse()

        let changes = Self.plan.changes(to: newer)

        #expect(changes == [
            PlanChange(path: "notice.addressees", before: "各区民政局、局机关各处室",
                       after: "各区民政局、局机关各处室、局直属各单位"),
            PlanChange(path: "projects[1].responsibility.responsibleUnits", before: "养老服务处",
                       after: "养老服务处、社会事务处"),
            PlanChange(path: "projects.order", before: "1、2", after: "2、1"),
        ])
    }

    @Test func aResponsibilityGivenWhereThereWasNoneShowsFieldByField() {
        var newer = Self.plan
        newer.tasks[0].responsibility = Responsibility(leaderInCharge: "副局长甲", responsibleUnits: ["养老服务处"])
        newer.tasks[0].deadline = Deadline(date: Day(year: 2019, month: 6, day: 30), text: "6月底前", kind: .date)

        let changes = Self.plan.changes(to: newer)

        #expect(changes == [
            PlanChange(path: "tasks[1].responsibility.leaderInCharge", before: nil, after: "副局长甲"),
            PlanChange(path: "tasks[1].responsibility.responsibleUnits", before: nil, after: "养老服务处"),
            PlanChange(path: "tasks[1].deadline.date", before: nil, after: "2019-06-30"),
            PlanChange(path: "tasks[1].deadline.text", before: nil, after: "6月底前"),
            PlanChange(path: "tasks[1].deadline.kind", before: nil, after: "date"),
        ])
    }
}
