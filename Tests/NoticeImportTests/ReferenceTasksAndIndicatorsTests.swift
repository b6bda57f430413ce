import Testing
import NoticeImport
import ReformPlan

/// 四、主要任务 of the reference notice and the quantitative targets found in
/// tasks and steps.
@Suite struct ReferenceTasksAndIndicatorsTests {
    @Test func fourTasksLinkedToTheFourLeadProjects() throws {
        let plan = try Fixture.referencePlan()

        let titles = ["推动养老事业产业发展", "建立完善社区工作者保障机制", "大力培育发展社会组织", "完善支出型贫困救助制度"]
        let lines = [72, 75, 78, 81]
        try #require(plan.tasks.count == 4)
        for (index, task) in plan.tasks.enumerated() {
            #expect(task.number == index + 1)
            #expect(task.title == titles[index])
            #expect(task.line == lines[index])
            #expect(task.projects.contains(index + 1), "task \(task.number) → project \(index + 1)")
            #expect(task.projects.allSatisfy { (1...16).contains($0) })
        }
        #expect(try plan.requireTask(2).projects == [2], "the task's title is project 2's title")
    }

    @Test func taskDescriptionsAreTheRestOfTheirText() throws {
        let plan = try Fixture.referencePlan()

        #expect(try plan.requireTask(1).description?.hasPrefix("深化养老服务业“放管服”改革") == true)
        #expect(try plan.requireTask(3).description?.hasSuffix("农村社区拥有5个社会组织。") == true)
        #expect(try plan.requireTask(4).description?.hasPrefix("代拟《武汉市支出型贫困家庭救助实施办法》") == true)
        #expect(plan.tasks.allSatisfy { $0.deadline == nil })
    }

    @Test func elderlyCareTargetsOfTaskOne() throws {
        let plan = try Fixture.referencePlan()

        let rate = try plan.requireIndicator(70, "%", named: "社会化运营率")
        #expect(rate.comparator == .atLeast)
        #expect(rate.project == 1)
        #expect(rate.task == 1)
        #expect(rate.line == 72)
        #expect(rate.sentence.contains("社区养老服务设施社会化运营率70%以上"))

        let centres = try plan.requireIndicator(100, "个", named: "社区老年人服务中心")
        let rural = try plan.requireIndicator(307, "个", named: "互助照料活动中心")
        let outlets = try plan.requireIndicator(177, "个", named: "服务网点")
        for indicator in [centres, rural, outlets] {
            #expect(indicator.comparator == .atLeast, "a count to build is a minimum")
            #expect(indicator.project == 1)
            #expect(indicator.task == 1)
        }
    }

    @Test func responseRateIsScopedToCentralStreetsAndNotCountedTwice() throws {
        let plan = try Fixture.referencePlan()

        let rates = plan.indicators(target: 60, measure: "%")
        try #require(rates.count == 1, "step 1.4 restates task 1's target")
        let rate = rates[0]
        #expect(rate.comparator == .atLeast)
        #expect(rate.scope?.contains("中心城区") == true)
        #expect(rate.scope?.contains("街道") == true)
        #expect(rate.project == 1)
    }

    @Test func socialOrganisationTargetsOfTaskThreeAndItsSteps() throws {
        let plan = try Fixture.referencePlan()

        let brands = try plan.requireIndicator(20, "个", named: "品牌项目")
        let bases = try plan.requireIndicator(2, "个", named: "孵化基地")
        let urban = try #require(plan.indicators(target: 10, measure: "个").first)
        let rural = try #require(plan.indicators(target: 5, measure: "个").first)
        let showcases = try plan.requireIndicator(20, "个", named: "示范项目")

        #expect([brands, bases, urban, rural, showcases].allSatisfy { $0.project == 3 && $0.comparator == .atLeast })
        #expect(urban.scope == "每个城市社区")
        #expect(urban.name.contains("社会组织"))
        #expect(rural.scope?.contains("农村社区") == true)
        #expect(brands.task == 3)
        #expect(showcases.line == 111)
        #expect(plan.indicators.filter { $0.name.contains("孵化基地") }.count == 1,
                "step 3.3's “两个…孵化基地” restates task 3's target")
    }

    @Test func questionnairesOfStepFourOne() throws {
        let plan = try Fixture.referencePlan()

        let questionnaires = try plan.requireIndicator(2000, "份", named: "问卷")
        #expect(questionnaires.comparator == .atLeast, "2000余份")
        #expect(questionnaires.project == 4)
        #expect(questionnaires.line == 120)
    }

    @Test func yearsStructureWordsOrdinalsAndPhonesAreNotTargets() throws {
        let plan = try Fixture.referencePlan()

        let targets = Set(plan.indicators.map(\.target))
        for notATarget in [4.0, 18, 40, 2019, 1, 3, 85765722] {
            #expect(!targets.contains(notATarget), "\(notATarget) is not a target")
        }
        #expect(!plan.indicators.contains { ["岗", "级", "周年", "年", "月", "号"].contains($0.measure) })
        #expect(plan.indicators.allSatisfy { $0.project != nil })
    }

    @Test func elevenTargetsInAll() throws {
        let plan = try Fixture.referencePlan()

        // 70%, 100, 307, 177, 60% (task 1); 20, 2, 10, 5 (task 3); 20 showcases (3.2); 2000 questionnaires (4.1).
        #expect(plan.indicators.count == 11)
    }
}
