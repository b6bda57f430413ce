import Foundation
import Testing
import NoticeImport
import ReformPlan

/// Fixture nanping-2019-livelihood-projects, stored with a UTF-8 byte-order mark:
/// a district's 民生实事 plan from its web site. The site header prints the notice
/// title broken over two lines and the dates (发布日期, 成文日期); the body prints
/// the title again with stray spaces; a document number with （） year brackets;
/// items 1、 with and without a space; responsibility as bare label lines of a
/// flattened table (责任单位/配合单位/责任领导/完成时限); yearless deadlines;
/// 时间安排 steps directly under the section; a footer.
@Suite struct NanpingLivelihoodTests {
    static let name = "nanping-2019-livelihood-projects"

    @Test func fixtureStartsWithAByteOrderMark() throws {
        let data = try Fixture.data(Self.name)

        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
    }

    @Test func byteOrderMarkIsNotPartOfTheText() throws {
        let plan = try Fixture.plan(Self.name)

        let source = try #require(plan.notice.sourceText)
        #expect(source.hasPrefix("南屏区人民政府门户网站"))
        #expect(!source.contains("\u{FEFF}"))
        #expect(plan.findings.allSatisfy { $0.line >= 1 && $0.column >= 1 })
    }

    @Test func brokenAndRepeatedTitleIsJoinedAndTakenOnce() throws {
        let notice = try Fixture.plan(Self.name).notice

        #expect(notice.title == "南屏区2019年区级民生实事项目实施方案")
        #expect(notice.noticeTitle == "南屏区人民政府关于印发《南屏区2019年区级民生实事项目实施方案》的通知")
        #expect(notice.year == 2019)
        #expect(notice.sections.map(\.heading) == ["工作目标", "项目及责任分工", "时间安排", "工作要求"])
    }

    @Test func noticeFieldsWithDatesPrintedTwice() throws {
        let notice = try Fixture.plan(Self.name).notice

        #expect(notice.documentNumber == "南府发（2019）3号")
        #expect(notice.issuer == "南屏区人民政府", "the signature, not the page's 来源")
        #expect(notice.issuedDate == Day(2019, 3, 8))
        #expect(notice.publishedDate == Day(2019, 3, 12))
        #expect(notice.addressees == ["各街道办事处", "区政府各部门"])
        #expect(notice.references.isEmpty && notice.attachments.isEmpty)
        #expect(notice.leaders.isEmpty && notice.contacts.isEmpty && notice.supervisionSchedule.isEmpty)
    }

    @Test func sixItemsWithTitlesAndDescriptions() throws {
        let plan = try Fixture.plan(Self.name)

        #expect(plan.projects.map(\.number) == [1, 2, 3, 4, 5, 6])
        #expect(plan.projects.map(\.line) == [24, 29, 34, 38, 43, 47])
        #expect(plan.projects.map(\.title) == [
            "新建改造城区公厕30座", "实施老旧小区改造", "新增公办幼儿园学位600个以上",
            "建设社区嵌入式养老服务站5个", "开展“南屏健康行”全民健身活动", "提升农贸市场环境",
        ])
        #expect(plan.projects.map { unstopped($0.description) } == [
            "重点解决老城区如厕难问题", "完成12个老旧小区改造，惠及居民3000户左右", nil, nil,
            "全年举办赛事活动不少于50场", "完成8个农贸市场标准化改造",
        ])
        #expect(plan.projects.allSatisfy { $0.category == nil && $0.group == nil })
        #expect(!plan.projects.contains { ($0.description ?? "").contains("责任单位") }, "label lines are notes")
    }

    @Test func bareLabelLinesGiveTheResponsibility() throws {
        let plan = try Fixture.plan(Self.name)

        func chain(_ units: [String], _ supporting: [String], _ leader: String) -> Responsibility {
            Responsibility(leaderInCharge: leader, responsibleUnits: units, supportingUnits: supporting)
        }
        #expect(plan.projects.map(\.responsibility) == [
            chain(["区城管局"], ["各街道办事处", "区住房城乡建设局"], "周文斌"),
            chain(["区住房城乡建设局"], ["相关街道办事处"], "周文斌"),
            chain(["区教育局"], [], "陈思远"),
            chain(["区民政局"], ["各街道办事处"], "陈思远"),
            chain(["区文化和旅游体育局"], [], "陈思远"),
            chain(["区市场监管局"], ["区城管局", "各街道办事处"], "周文斌"),
        ])
        #expect(Set(plan.people.map(\.name)) == ["周文斌", "陈思远"])
    }

    @Test func deadlinesFromTheTimeLimitLinesInThePlanYear() throws {
        let plan = try Fixture.plan(Self.name)

        #expect(plan.projects.map(\.deadline) == [
            Deadline(date: Day(2019, 6, 30), text: "6月底前", kind: .date),
            Deadline(date: Day(2019, 12, 31), text: "年底前", kind: .date),
            Deadline(date: Day(2019, 8, 31), text: "2019年8月31日前", kind: .date),
            Deadline(date: Day(2019, 11, 30), text: "11月底前", kind: .date),
            Deadline(date: nil, text: "每季度", kind: .recurring),
            Deadline(date: Day(2019, 10, 31), text: "10月底前", kind: .date),
        ])
    }

    @Test func sevenTargets() throws {
        let plan = try Fixture.plan(Self.name)

        let toilets = try plan.requireIndicator(30, "座", named: "公厕")
        let estates = try plan.requireIndicator(12, "个", named: "老旧小区")
        let households = try plan.requireIndicator(3000, "户", named: "居民")
        let places = try plan.requireIndicator(600, "个", named: "学位")
        let stations = try plan.requireIndicator(5, "个", named: "养老服务站")
        let events = try plan.requireIndicator(50, "场", named: "赛事活动")
        let markets = try plan.requireIndicator(8, "个", named: "农贸市场")

        #expect(households.comparator == .about)
        #expect([toilets, estates, places, stations, events, markets].allSatisfy { $0.comparator == .atLeast })
        #expect([toilets, estates, households, places, stations, events, markets].map(\.project) == [1, 2, 2, 3, 4, 5, 6])
        #expect(plan.indicators.count == 7)
        #expect(plan.tasks.isEmpty)
    }

    @Test func stepsDirectlyUnderTheScheduleFormOneStreamWithoutAProject() throws {
        let plan = try Fixture.plan(Self.name)

        #expect(plan.phases.map(\.stream) == [1, 1, 1])
        #expect(plan.phases.map(\.order) == [1, 2, 3])
        #expect(plan.phases.allSatisfy { $0.project == nil && $0.condition == nil })
        #expect(plan.phases.map(\.title) == ["动员部署", "组织实施", "检查验收"])
        #expect(plan.phases.map(\.startMonth) == [3, 4, 11])
        #expect(plan.phases.map(\.endMonth) == [3, 10, 12])
        #expect(plan.phases.map(\.timing) == ["3月", "4-10月", "11-12月"])
        #expect(plan.phases.map(\.line) == [54, 55, 56])
        #expect(plan.phases.map(\.deliverables.count) == [1, 1, 1])
    }

    @Test func chromeIsSkippedAndNothingIsWrong() throws {
        let plan = try Fixture.plan(Self.name)

        #expect(plan.warnings.isEmpty)
        #expect(plan.chromeFindings.allSatisfy { $0.severity == .info })
        #expect(plan.chromeFindings.contains { $0.line <= 2 }, "site banner and breadcrumb")
        #expect(plan.chromeFindings.contains { $0.line >= 61 }, "footer")
        let chrome = ["门户网站", "首页", "字体", "打印本页", "关闭窗口", "技术支持", "大数据中心"]
        for text in plan.importedTexts {
            #expect(!chrome.contains { text.contains($0) }, "chrome in “\(text)”")
        }
    }
}
