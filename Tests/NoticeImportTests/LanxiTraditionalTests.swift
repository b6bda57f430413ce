import Testing
import NoticeImport
import ReformPlan

/// Fixture lanxi-2020-civil-affairs-traditional: a district bureau's task breakdown
/// as a site's 繁體 switch renders it. Traditional characters throughout (labels
/// 第一責任人/分管領導/責任單位/聯繫電話, 以上2項, 持續推進, 達到), projects at the
/// (1) level with an NBSP or a plain space after the marker, NBSP and U+3000
/// indentation, a shared note “以上2項” on its own line, a day deadline
/// (2020年3月15日前) and a yearless one (年底前). Values are kept as written.
@Suite struct LanxiTraditionalTests {
    static let name = "lanxi-2020-civil-affairs-traditional"

    @Test func noticeFieldsAsWrittenInTraditionalCharacters() throws {
        let notice = try Fixture.plan(Self.name).notice

        #expect(notice.title == "蘭溪區民政局2020年重點工作任務分解方案")
        #expect(notice.noticeTitle == "蘭溪區民政局關於印發《蘭溪區民政局2020年重點工作任務分解方案》的通知")
        #expect(notice.documentNumber == "蘭民發〔2020〕3號")
        #expect(notice.year == 2020)
        #expect(notice.issuer == "蘭溪區民政局")
        #expect(notice.issuedDate == Day(2020, 2, 18))
        #expect(notice.publishedDate == nil)
        #expect(notice.addressees == ["局機關各科室", "局屬各單位"])
        #expect(notice.references.isEmpty, "the notice cites nothing with 按照/根據/依據")
        #expect(notice.attachments.isEmpty)
        #expect(notice.sections.map(\.heading) == ["工作目標", "重點任務", "工作要求"])
    }

    @Test func fiveProjectsAtTheParenthesisedNumberLevel() throws {
        let plan = try Fixture.plan(Self.name)

        #expect(plan.projects.map(\.number) == [1, 2, 3, 4, 5])
        #expect(plan.projects.map(\.line) == [16, 17, 18, 19, 21])
        #expect(plan.projects.map(\.title) == [
            "完善社會救助兜底保障", "推進養老服務設施建設", "規範婚姻登記服務", "深化殯葬改革", "加強社會組織監管",
        ])
        #expect(plan.projects.map { unstopped($0.description) } == [
            "特困人員集中供養率達到60%以上",
            "新建社區居家養老服務中心8所,培訓養老護理員200名以上,2020年3月15日前完成選址",
            "推行婚姻登記“跨區通辦”",
            "持續推進公益性公墓建設",
            "年底前完成全區社會組織年度檢查",
        ])
        #expect(plan.projects.allSatisfy { $0.category == nil && $0.group == nil })
        #expect(!plan.projects.contains { $0.title.hasPrefix("\u{00A0}") || $0.title.hasPrefix(" ") })
    }

    @Test func traditionalLabelsGiveTheWholeChain() throws {
        let plan = try Fixture.plan(Self.name)

        func chain(_ leader: String, _ units: [String], _ phone: String) -> Responsibility {
            Responsibility(firstResponsible: "林志遠", leaderInCharge: leader, responsibleUnits: units, contactPhone: phone)
        }
        #expect(plan.projects.map(\.responsibility) == [
            chain("何秀英", ["社會救助科"], "87651201"),
            chain("何秀英", ["養老服務科", "區社會福利中心"], "87651202"),
            chain("鄭建國", ["社會事務科"], "87651203"),
            chain("鄭建國", ["社會事務科"], "87651203"),
            chain("鄭建國", ["社會組織管理科"], "87651204"),
        ])
        #expect(Set(plan.people.map(\.name)) == ["林志遠", "何秀英", "鄭建國"])
    }

    @Test func deadlinesIncludingADayAndTheYearlessYearEnd() throws {
        let plan = try Fixture.plan(Self.name)

        #expect(plan.projects.map(\.deadline) == [
            nil,
            Deadline(date: Day(2020, 3, 15), text: "2020年3月15日前", kind: .date),
            nil,
            Deadline(date: nil, text: "持續推進", kind: .ongoing),
            Deadline(date: Day(2020, 12, 31), text: "年底前", kind: .date),
        ])
    }

    @Test func threeTargets() throws {
        let plan = try Fixture.plan(Self.name)

        let rate = try plan.requireIndicator(60, "%", named: "集中供養率")
        let centres = try plan.requireIndicator(8, "所", named: "養老服務中心")
        let carers = try plan.requireIndicator(200, "名", named: "養老護理員")

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
