import Foundation
import Testing
@testable import ReformPlan

/// Meetings, tracked actions and inspections as values: what a form may keep,
/// the reminders an action gets at its edges, the agenda proposed from what
/// lags, and the inspection report's account of every item.
@Suite struct MeetingAndActionTests {
    typealias F = StatusFixtures
    static let plan = BulletinCompilerTests.plan

    static func action(_ due: String, state: TrackedAction.State = .open, id: Int64 = 4) -> TrackedAction {
        TrackedAction(id: id, planID: 1, source: .meeting(2), title: "补齐社区养老服务设施台账", unit: "养老服务处", due: F.day(due),
                      state: state, createdBy: "guihua")
    }

    @Test func timesAreReadAsHoursAndMinutesAndNothingElse() {
        #expect(Meeting.minute(of: "09:30") == 570 && Meeting.minute(of: "9:30") == 570 && Meeting.minute(of: "14：00") == 840)
        for bad in ["930", "24:00", "9:3", "09:60", "上午9点", ""] { #expect(Meeting.minute(of: bad) == nil, "\(bad)") }
        #expect(Meeting(planID: 1, kind: .leadingGroup, title: "x", day: F.day("2019-10-01"), startMinute: 545, place: "", chair: "",
                        createdBy: "g").startText == "09:05")
    }

    @Test func aMeetingIsRefusedFieldByField() {
        var meeting = Meeting(planID: 1, kind: .quarterlyDispatch, title: "会", day: F.day("2021-01-05"), durationMinutes: 5,
                              place: " ", chair: "", createdBy: "guihua")

        #expect(meeting.problems(planYear: 2019).map(\.field) == ["title", "day", "duration", "place", "chair", "agenda"])
        #expect(meeting.problems(planYear: 2019)[1].message == "会议日期2021-01-05不在方案年度（2019年）或次年")
        meeting = Meeting(planID: 1, kind: .quarterlyDispatch, title: "第三季度调度会", day: F.day("2020-01-10"), place: "三楼",
                          chair: "李国汉", agenda: ["调度"], createdBy: "guihua")
        #expect(meeting.problems(planYear: 2019).isEmpty, "a year-end meeting may fall in January")
    }

    @Test func anActionIsRemindedThreeDaysBeforeAndOnceOverdueButNotOnceReportedOrClosed() {
        let today = F.day("2019-10-28")
        let keys = Reminders.actions([Self.action("2019-11-01", id: 1), Self.action("2019-10-31", id: 2), Self.action("2019-10-28", id: 3),
                                      Self.action("2019-10-27", id: 4), Self.action("2019-10-20", state: .reported, id: 5),
                                      Self.action("2019-10-20", state: .closed, id: 6)], today: today).map(\.key)

        #expect(keys == ["action-due:2", "action-due:3", "action-overdue:4"])
        let message = Messages.actionDue(Self.action("2019-10-27"), today: today)
        #expect(message.kind == .actionDue && message.recipient == .unit("养老服务处") && message.link == "/meetings/2")
        #expect(message.subject == "【会议决定事项】补齐社区养老服务设施台账（已逾期1天）")
        #expect(Messages.actionDue(Self.action("2019-10-28"), today: today).subject.hasSuffix("（今天到期）"))
    }

    @Test func anActionNeedsATitleAUnitOfThePlanAndADayNotPast() {
        var action = Self.action("2019-10-01")
        action.title = "补"
        action.unit = "外单位"

        let problems = action.problems(units: Self.plan.reportingUnits, today: F.day("2019-10-02"))

        #expect(problems.map(\.field) == ["title", "unit", "due"])
        #expect(problems[2].message == "完成期限2019-10-01早于今天（2019-10-02）")
        #expect(Self.action("2019-10-02").problems(units: ["养老服务处"], today: F.day("2019-10-02")).isEmpty)
        #expect(Self.action("2019-10-01").isOverdue(asOf: F.day("2019-10-02")))
        #expect(!Self.action("2019-10-01", state: .reported).isOverdue(asOf: F.day("2019-10-02")), "reported: the office's turn")
    }

    @Test func theAgendaNamesTheLaggingProjectsTheOverdueNoticesAndTheOpenActions() {
        // Nothing reported on 养老服务 by the end of September: its third phase (7-9月) is missed.
        let review = QuarterReview(plan: Self.plan, reports: [], year: 2019, quarter: 3, today: F.day("2019-10-08"))
        let notice = SupervisionNotice(id: 1, year: 2019, serial: 5, unit: "社会救助处", project: 4, reason: "未报送",
                                       replyDue: F.day("2019-10-01"), issuedBy: "guihua", issuedOn: F.day("2019-09-25"))

        let agenda = MeetingAgenda.proposed(review: review, notices: [notice], openActions: [Self.action("2019-10-01"), Self.action("2019-10-30")],
                                            today: F.day("2019-10-08"))

        #expect(agenda.first?.hasPrefix("调度项目1“深化全国养老服务业综合改革试点") == true)
        #expect(agenda.first?.contains("责任单位：养老服务处") == true && agenda.first?.contains("本季度到期未完成“加强指导”") == true)
        #expect(agenda.contains("督办单逾期未回复：督办〔2019〕5号（社会救助处）"))
        #expect(agenda.contains("上次会议和督查交办事项落实情况：未办结2项，其中逾期1项"))
        #expect(agenda.last == "研究部署下一阶段工作")
        let october = QuarterReview(plan: Self.plan, reports: [], year: 2019, quarter: 4, today: F.day("2019-10-08"))
        let fourth = MeetingAgenda.proposed(review: october, notices: [], openActions: [], today: F.day("2019-10-08"))
        #expect(!fourth.joined().contains("检查验收"), "a phase due in December is not yet a matter in October")
    }

    @Test func anInspectionIsCheckedAgainstItsPlanAndReachesTheUnitsOfItsProjects() {
        var inspection = Inspection(planID: 1, title: "督查", theme: "", projects: [99], units: ["外单位"], team: [],
                                    startOn: F.day("2019-10-10"), endOn: F.day("2019-10-01"), createdBy: "guihua")

        #expect(inspection.problems(plan: Self.plan).map(\.field) == ["title", "theme", "projects", "units", "team", "endOn"])
        inspection = Inspection(planID: 1, title: "养老服务专项督查", theme: "社区养老服务设施建设", projects: [1], units: ["社会事务处"],
                                team: ["规划发展处 王明（组长）"], startOn: F.day("2019-10-08"), endOn: F.day("2019-10-18"), createdBy: "guihua")
        #expect(inspection.problems(plan: Self.plan).isEmpty)
        #expect(inspection.unitsInScope(of: Self.plan) == ["社会事务处", "养老服务处"])
    }

    @Test func theInspectionReportAccountsForEveryItemAsOfTheDay() throws {
        let inspection = Inspection(id: 3, planID: 1, title: "养老服务专项督查", theme: "社区养老服务设施建设", projects: [1], units: [],
                                    team: ["规划发展处 王明（组长）", "养老服务处 李强"], startOn: F.day("2019-10-08"),
                                    endOn: F.day("2019-10-18"), createdBy: "guihua")
        let finding = Inspection.Finding(id: 9, inspectionID: 3, unit: "养老服务处", text: "3个新建站点未按期投入运营。",
                                         recordedBy: "guihua", recordedOn: F.day("2019-10-18"))
        var done = Self.action("2019-10-25", state: .closed, id: 1)
        done.evidence = "武民养〔2019〕12号"
        let items = [done, Self.action("2019-10-20", id: 2), Self.action("2019-11-30", state: .reported, id: 3)]

        let text = InspectionReport.text(inspection, findings: [finding], items: items, plan: Self.plan,
                                         letterhead: Letterhead.defaults(for: Self.plan), today: F.day("2019-10-28"))

        #expect(text.number == "武民改办督〔2019〕3号" && text.title == "关于社区养老服务设施建设专项督查情况的报告")
        #expect(text.body.contains(.heading(level: 2, text: "（一）养老服务处")))
        #expect(text.body.contains(.paragraph("3个新建站点未按期投入运营。")))
        #expect(text.body.contains(.paragraph("督查共交办整改事项3项，截至2019年10月28日已销号1项，已报办结待销号1项，办理中1项（其中逾期1项）。")))
        let table = try #require(text.tables.first)
        #expect(table.rows.map { $0[4] } == ["已销号", "逾期", "已报办结，待销号"])
        #expect(table.rows[0][5] == "武民养〔2019〕12号")
    }
}
