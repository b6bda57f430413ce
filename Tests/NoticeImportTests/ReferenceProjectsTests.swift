import Testing
import NoticeImport
import ReformPlan

/// 三、改革项目和责任分解 of the reference notice: sixteen projects in three
/// categories, run together on a handful of lines by the web page.
@Suite struct ReferenceProjectsTests {
    static let titles: [Int: String] = [
        1: "深化全国养老服务业综合改革试点,集成创新“智慧居家养老”新模式",
        2: "建立完善社区工作者保障机制",
        3: "加大社会组织培育孵化力度,推动社会组织在基层社会治理中发挥积极作用",
        4: "探索完善支出型贫困家庭及贫困边缘人口的救助制度",
        5: "推进“民有所呼、我必有应”改革",
        6: "完善以中小学校为主渠道的课后托管机制",
        7: "深化拓展“红色引擎工程”,强化基层党组织政治功能和组织力,深化党建引领城市基层治理创新",
        8: "完善支持长江新城起步区高质量建设的体制机制,争取获批国家级长江新区",
        9: "深化民办教育管理改革",
        10: "完善家庭医生服务制度",
        11: "建立符合特大城市要求的应急管理体系和指挥信息平台",
        12: "开展养老机构服务质量提升专项行动",
        13: "深化婚姻登记改革试点",
        14: "持续推进全市地名标识标牌清理整治工作",
        15: "统筹城乡特困人员救助供养",
        16: "推进困难群众“救急难”综合试点",
    ]

    @Test func sixteenProjectsAreNumberedAsPrinted() throws {
        let plan = try Fixture.referencePlan()

        #expect(plan.projects.map(\.number) == Array(1...16))
    }

    @Test func everyTitleIsTheFirstSentenceWithoutItsNote() throws {
        let plan = try Fixture.referencePlan()

        for (number, title) in Self.titles {
            let project = try plan.requireProject(number)
            #expect(project.title == title, "project \(number)")
            #expect(project.description == nil, "project \(number) is one sentence")
        }
    }

    @Test func categoriesAreFourLeadSevenParticipatingFiveOwn() throws {
        let plan = try Fixture.referencePlan()

        let categories = plan.projects.map(\.category)
        #expect(categories == Array(repeating: .lead, count: 4)
            + Array(repeating: .participating, count: 7)
            + Array(repeating: .own, count: 5))
    }

    @Test func groupsAreTheHeadingsWithoutTheirCounts() throws {
        let plan = try Fixture.referencePlan()

        for project in plan.projects {
            let expected = switch project.number {
            case 1...4: "牵头改革项目"
            case 5...11: "重点参与的市级改革项目"
            default: "民政自主改革项目"
            }
            #expect(project.group == expected, "project \(project.number)")
        }
    }

    @Test func projectsStartOnTheLinesWhereTheyArePrinted() throws {
        let plan = try Fixture.referencePlan()

        let lines: [Int: Int] = [1: 45, 2: 48, 3: 51, 4: 54, 5: 57, 11: 57, 12: 57, 13: 60, 14: 63, 15: 66, 16: 69]
        for (number, line) in lines {
            #expect(try plan.requireProject(number).line == line, "project \(number)")
        }
    }

    @Test func onlyTheProjectThatSaysSoHasADeadline() throws {
        let plan = try Fixture.referencePlan()

        // “持续推进” opens project 14's title: an ongoing commitment, no date.
        let ongoing = try plan.requireProject(14)
        #expect(ongoing.deadline == Deadline(date: nil, text: "持续推进", kind: .ongoing))
        for project in plan.projects where project.number != 14 {
            #expect(project.deadline == nil, "project \(project.number) gives no time limit")
        }
    }

    @Test func theSecondGroupDeclaresFiveButListsSeven() throws {
        let plan = try Fixture.referencePlan()

        #expect(plan.hasWarning(line: 57, saying: "标明5项", "实际列出7项"))
        #expect(!plan.warnings.contains { $0.message.contains("标明4项") }, "group (一) lists 4 as declared")
        #expect(!plan.warnings.contains { $0.message.contains("未能归属") })
        #expect(!plan.warnings.contains { $0.message.contains("未写明责任") }, "15 and 16 share a note")
    }
}
