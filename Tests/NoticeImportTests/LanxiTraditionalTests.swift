import Testing
import NoticeImport
import ReformPlan

/// Fixture lanxi-2020-civil-affairs-traditional: a district bureau's task breakdown
/// as a site's 繁體 switch renders it. Traditional characters throughout (labels
/// 第一責任人/分管領導/責任單位/聯繫電話, 以上2項, 持續推進, 達到), projects at the
/// (1) level with an NBSP or a plain space after the marker, NBSP and U+3000
/// indentation, a shared note “以上2項” on its own line, a day deadline
/// (2020年3月15日前) and a yearless one (年底前). Values come out in Simplified characters,
/// so that units and people match those of every other plan.
@Suite struct LanxiTraditionalTests {
    static let name = "lanxi-2020-civil-affairs-traditional"

    @Test func noticeFieldsReadFromTraditionalCharactersInSimplified() throws {
        let notice = try Fixture.plan(Self.name).notice

        #expect(notice.title == "兰溪区民政局2020年重点工作任务分解方案")
        #expect(notice.noticeTitle == "兰溪区民政局关于印发《兰溪区民政局2020年重点工作任务分解方案》的通知")
        #expect(notice.documentNumber == "兰民发〔2020〕3号")
        #expect(notice.year == 2020)
        #expect(notice.issuer == "兰溪区民政局")
        #expect(notice.issuedDate == Day(2020, 2, 18))
        #expect(notice.publishedDate == nil)
        #expect(notice.addressees == ["局机关各科室", "局属各单位"])
        #expect(notice.references.isEmpty, "the notice cites nothing with 按照/根据/依据")
        #expect(notice.attachments.isEmpty)
        #expect(notice.sections.map(\.heading) == ["工作目标", "重点任务", "工作要求"])
    }

    @Test func fiveProjectsAtTheParenthesisedNumberLevel() throws {
        let plan = try Fixture.plan(Self.name)

        #expect(plan.projects.map(\.number) == [1, 2, 3, 4, 5])
        #expect(plan.projects.map(\.line) == [16, 17, 18, 19, 21])
        #expect(plan.projects.map(\.title) == [
            "完善社会救助兜底保障", "推进养老服务设施建设", "规范婚姻登记服务", "深化殡葬改革", "加强社会组织监管",
        ])
        #expect(plan.projects.map { unstopped($0.description) } == [
            "特困人员集中供养率达到60%以上",
            "新建社区居家养老服务中心8所,培训养老护理员200名以上,2020年3月15日前完成选址",
            "推行婚姻登记“跨区通办”",
            "持续推进公益性公墓建设",
            "年底前完成全区社会组织年度检查",
        ])
        #expect(plan.projects.allSatisfy { $0.category == nil && $0.group == nil })
        #expect(!plan.projects.contains { $0.title.hasPrefix("\u{00A0}") || $0.title.hasPrefix(" ") })
    }

    @Test func traditionalLabelsGiveTheWholeChain() throws {
        let plan = try Fixture.plan(Self.name)

        func chain(_ leader: String, _ units: [String], _ phone: String) -> Responsibility {
            Responsibility(firstResponsible: "林志远", leaderInCharge: leader, responsibleUnits: units, contactPhone: phone)
        }
        #expect(plan.projects.map(\.responsibility) == [
            chain("何秀英", ["社会救助科"], "87651201"),
            chain("何秀英", ["养老服务科", "区社会福利中心"], "87651202"),
            chain("郑建国", ["社会事务科"], "87651203"),
            chain("郑建国", ["社会事务科"], "87651203"),
            chain("郑建国", ["社会组织管理科"], "87651204"),
        ])
        #expect(Set(plan.people.map(\.name)) == ["林志远", "何秀英", "郑建国"])
    }

    @Test func deadlinesIncludingADayAndTheYearlessYearEnd() throws {
        let plan = try Fixture.plan(Self.name)

        #expect(plan.projects.map(\.deadline) == [
            nil,
            Deadline(date: Day(2020, 3, 15), text: "2020年3月15日前", kind: .date),
            nil,
            Deadline(date: nil, text: "持续推进", kind: .ongoing),
            Deadline(date: Day(2020, 12, 31), text: "年底前", kind: .date),
        ])
    }

    @Test func threeTargets() throws {
        let plan = try Fixture.plan(Self.name)

        let rate = try plan.requireIndicator(60, "%", named: "集中供养率")
        let centres = try plan.requireIndicator(8, "所", named: "养老服务中心")
        let carers = try plan.requireIndicator(200, "名", named: "养老护理员")

        #expect(rate.project == 1 && rate.comparator == .atLeast)
        #expect(centres.project == 2 && centres.comparator == .atLeast)
        #expect(carers.project == 2 && carers.comparator == .atLeast)
        #expect(plan.indicators.count == 3)
    }

    @Test func nothingElseIsInventedAndNothingIsReported() throws {
        let plan = try Fixture.plan(Self.name)

        #expect(plan.tasks.isEmpty)
        #expect(plan.phases.isEmpty)
        #expect(plan.warnings.isEmpty)
        #expect(plan.chromeFindings.isEmpty, "the page was saved without chrome")
        #expect(plan.notice.leaders.isEmpty && plan.notice.supervisionSchedule.isEmpty)
    }
}
