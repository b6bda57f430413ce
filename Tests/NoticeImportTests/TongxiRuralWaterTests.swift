import Foundation
import Testing
import NoticeImport
import ReformPlan

/// Fixture tongxi-2012-rural-water-gb18030 (and its UTF-8 twin
/// tongxi-2012-rural-water-utf8): an old county notice stored in GB18030.
/// Half-width punctuation throughout, a document number with [ ] year brackets,
/// (一) items that carry the notes with nothing beneath them, 〔责任单位:…〕 notes,
/// suffixes 负责落实 and 等, 各有关单位, deadlines 于2012年底前 / 长期坚持 / 每年 /
/// 5年内, a note standing before any item, an item with no responsibility, and
/// two attachments listed again with file extensions after the end.
@Suite struct TongxiRuralWaterTests {
    static let name = "tongxi-2012-rural-water-gb18030"

    @Test func fixtureIsReallyGB18030() throws {
        let data = try Fixture.data(Self.name)

        #expect(String(data: data, encoding: .utf8) == nil)
    }

    @Test func noticeFields() throws {
        let notice = try Fixture.plan(Self.name).notice

        #expect(notice.title == "桐溪县2012年农村饮水安全工程建设实施方案")
        #expect(notice.noticeTitle == "桐溪县人民政府办公室关于印发《桐溪县2012年农村饮水安全工程建设实施方案》的通知")
        #expect(notice.documentNumber == "桐政办发[2012]21号")
        #expect(notice.year == 2012)
        #expect(notice.issuer == "桐溪县人民政府办公室")
        #expect(notice.issuedDate == Day(2012, 3, 20))
        #expect(notice.publishedDate == nil, "no web page, no publication date")
        #expect(notice.addressees == ["各乡镇人民政府", "县直各有关单位"])
        #expect(notice.references == [
            DocumentReference(title: "桐溪县国民经济和社会发展第十二个五年规划纲要", number: "桐政发[2011]3号"),
        ])
        #expect(notice.attachments == ["桐溪县2012年农村饮水安全工程建设任务表", "桐溪县农村饮水工程水质检测点分布表"])
        #expect(notice.sections.map(\.heading) == ["总体目标", "重点工作", "保障措施"])
        #expect(notice.leaders.isEmpty && notice.contacts.isEmpty && notice.supervisionSchedule.isEmpty)
    }

    @Test func theParenthesisedItemsAreTheProjects() throws {
        let plan = try Fixture.plan(Self.name)

        #expect(plan.projects.map(\.number) == [1, 2, 3, 4, 5, 6])
        #expect(plan.projects.map(\.line) == [20, 21, 22, 23, 24, 25])
        #expect(plan.projects.map(\.title) == [
            "加快集中供水工程建设", "强化水源地保护", "开展水质检测",
            "建立长效管护机制", "加强项目资金监管", "做好宣传引导",
        ])
        #expect(plan.projects.allSatisfy { $0.category == nil && $0.group == nil })
        #expect(!plan.projects.contains { $0.title.contains("附件") || $0.title.contains("任务表") })
    }

    @Test func descriptionsAreTheRestOfEachItem() throws {
        let plan = try Fixture.plan(Self.name)

        #expect(plan.projects.map { unstopped($0.description) } == [
            "新建集中供水工程12处,解决3.5万名农村居民饮水不安全问题",
            "划定农村集中式饮用水水源保护区,设立保护标志,长期坚持水源地巡查制度",
            "每年对全县集中供水工程进行2次以上水质检测,检测覆盖率达到100%",
            "5年内实现全县集中供水工程专业化管护全覆盖",
            "严格执行项目法人责任制、招标投标制和工程监理制,确保建设资金专款专用",
            "广泛宣传农村饮水安全工程建设的重要意义,引导群众积极参与工程建设和管护",
        ])
    }

    @Test func responsibilityFromTortoiseShellNotesWithSuffixesStripped() throws {
        let plan = try Fixture.plan(Self.name)

        let chains = plan.projects.map(\.responsibility)
        #expect(chains == [
            Responsibility(responsibleUnits: ["县水利局", "各乡镇人民政府"]),
            Responsibility(responsibleUnits: ["县环保局"], supportingUnits: ["县水利局", "县卫生局"]),
            Responsibility(responsibleUnits: ["县卫生局"], supportingUnits: ["县水利局"]),
            Responsibility(responsibleUnits: ["县水利局", "各乡镇人民政府"]),
            Responsibility(),
            Responsibility(responsibleUnits: ["县委宣传部", "各有关单位"]),
        ])
        let kinds = Dictionary(plan.units.map { ($0.name, $0.kind) }, uniquingKeysWith: { a, _ in a })
        #expect(kinds["各有关单位"] == .collective)
        #expect(kinds["各乡镇人民政府"] == .collective)
    }

    @Test func deadlinesOfEveryKindButRelative() throws {
        let plan = try Fixture.plan(Self.name)

        #expect(plan.projects.map(\.deadline) == [
            Deadline(date: Day(2012, 12, 31), text: "于2012年底前", kind: .date),
            Deadline(date: nil, text: "长期坚持", kind: .ongoing),
            Deadline(date: nil, text: "每年", kind: .recurring),
            Deadline(date: nil, text: "5年内", kind: .horizon),
            nil,
            nil,
        ])
    }

    @Test func fourTargetsAndNoTasksOrPhases() throws {
        let plan = try Fixture.plan(Self.name)

        let works = try plan.requireIndicator(12, "处", named: "集中供水工程")
        let residents = try plan.requireIndicator(35_000, "名", named: "农村居民")
        let tests = try plan.requireIndicator(2, "次", named: "水质检测")
        let coverage = try plan.requireIndicator(100, "%", named: "检测覆盖率")

        #expect([works, residents].allSatisfy { $0.project == 1 && $0.comparator == .atLeast })
        #expect([tests, coverage].allSatisfy { $0.project == 3 && $0.comparator == .atLeast })
        #expect(residents.line == 20)
        #expect(plan.indicators.count == 4)
        #expect(plan.tasks.isEmpty, "重点工作 is the projects' section and has no groups")
        #expect(plan.phases.isEmpty)
    }

    @Test func strayNoteAndUnassignedItemAreReported() throws {
        let plan = try Fixture.plan(Self.name)

        #expect(plan.warnings.count == 2)
        #expect(plan.hasWarning(line: 19, saying: "未能归属"))
        #expect(plan.hasWarning(line: 24, saying: "未写明责任"))
        #expect(!plan.projects.contains { $0.responsibility.responsibleUnits == ["县水利局"] },
                "the stray note is not given to any item")
    }
}
