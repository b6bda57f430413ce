import Testing
import NoticeImport
import ReformPlan

/// 六、工作要求 of the reference notice: who leads, who presses, whom to write
/// to, and how often the work is checked.
@Suite struct ReferenceRequirementsTests {
    @Test func supervisionScheduleIsMonthlyQuarterlyHalfYearAndYearEnd() throws {
        let plan = try Fixture.referencePlan()

        let schedule = plan.notice.supervisionSchedule
        #expect(schedule.map(\.cadence) == [.monthly, .quarterly, .halfYear, .yearEnd])
        #expect(schedule.map(\.activity) == ["通报", "调度", "小结", "考核"])
        for (activity, words) in zip(schedule, ["每月通报", "季度调度", "半年小结", "年底考核"]) {
            #expect(activity.text.contains(words), "\(activity.cadence): \(activity.text)")
        }
    }

    @Test func leadersAreTheDirectorAndTheDeputyWithTheirTitles() throws {
        let plan = try Fixture.referencePlan()

        let leaders = plan.notice.leaders
        #expect(leaders.map(\.name) == ["李国汉", "彭莉莉"])
        #expect(leaders.map(\.title) == ["局长", "副局长"])
    }

    @Test func supervisingUnitIsThePlanningOffice() throws {
        let plan = try Fixture.referencePlan()

        #expect(plan.notice.supervisingUnit?.contains("规划发展处") == true)
    }

    @Test func publicityContactIsThePolicyOffice() throws {
        let plan = try Fixture.referencePlan()

        try #require(plan.notice.contacts.count == 1)
        let contact = plan.notice.contacts[0]
        #expect(contact.unit?.contains("政策法规处") == true)
        #expect(contact.person == "邓德怀")
        #expect(contact.phone == "85765722")
        #expect(contact.email == "694877982@qq.com")
        #expect(contact.purpose.contains("宣传稿件"))
    }

    @Test func requirementsAddNoProjectsTasksOrTargets() throws {
        let plan = try Fixture.referencePlan()

        #expect(!plan.projects.contains { $0.title.contains("加强组织领导") })
        #expect(!plan.tasks.contains { $0.title.contains("加强组织领导") || $0.title.contains("加大宣传力度") })
        #expect(!plan.indicators.contains { $0.line.map { $0 >= 135 } ?? false })
    }
}
