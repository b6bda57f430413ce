import Foundation
import NoticeImport
import ReformPlan
import Testing

/// Tables made in LibreOffice the way bureaus make them (sources in
/// Fixtures/tables/source/, remade by scripts/make-table-fixtures): a label
/// and title above the header, merged group headings whose counts may be
/// wrong, a unit or a person merged down over several rows, variant header
/// words, a column nobody asked for, and notes below.
@Suite struct TableFixtureTests {
    @Test func aWordTableWithATitleAboveItGivesTheNoticesTitleIssuerAndDate() throws {
        let plan = try Fixture.tablePlan("qingshi-2020-task-table.docx")

        #expect(plan.notice.title == "青石区民政局2020年改革任务责任分解表")
        #expect(plan.notice.issuer == "青石区民政局办公室")
        #expect(plan.notice.issuedDate == Day(2020, 3, 10))
        #expect(plan.year == 2020)
    }

    @Test func wordTableRowsBecomeProjectsUnderTheirMergedGroupHeadings() throws {
        let plan = try Fixture.tablePlan("qingshi-2020-task-table.docx")

        #expect(plan.projects.map(\.number) == [1, 2, 3, 5], "row 4 has no title")
        #expect(plan.projects.map(\.category) == [.lead, .lead, .participating, .participating])
        #expect(plan.projects.map(\.group) == ["牵头改革任务", "牵头改革任务", "配合参与改革任务", "配合参与改革任务"])
        let first = try plan.requireProject(1)
        #expect(first.title == "推进社区养老服务设施建设")
        #expect(first.responsibility.leadAgency == "养老服务科")
        #expect(first.responsibility.supportingUnits == ["区卫健局", "区财政局"])
        #expect(first.responsibility.leaderInCharge == "王立新")
        #expect(first.deadline == Deadline(date: Day(2020, 6, 30), text: "2020年6月底前", kind: .date))
    }

    @Test func aUnitMergedDownOverTwoRowsBelongsToBoth() throws {
        let plan = try Fixture.tablePlan("qingshi-2020-task-table.docx")

        #expect(try plan.requireProject(2).responsibility.leadAgency == "养老服务科")
        #expect(try plan.requireProject(2).responsibility.supportingUnits == ["区医保局"])
        #expect(try plan.requireProject(3).responsibility.supportingUnits.isEmpty, "a dash is no unit")
    }

    @Test func deadlinesAndTargetsAreReadAsInANotice() throws {
        let plan = try Fixture.tablePlan("qingshi-2020-task-table.docx")

        #expect(try plan.requireProject(2).deadline?.date == Day(2020, 12, 31), "年底前 in the plan year")
        #expect(try plan.requireProject(5).deadline?.kind == .ongoing)
        let centres = try plan.requireIndicator(12, "个", named: "老年人服务中心")
        #expect(centres.project == 1)
        #expect(try plan.requireIndicator(80, "%", named: "覆盖率").comparator == .atLeast)
        #expect(try plan.requireIndicator(100, "%", named: "可办率").project == 3)
    }

    @Test func wordTableFindingsNameTheTableRowAndColumn() throws {
        let plan = try Fixture.tablePlan("qingshi-2020-task-table.docx")

        let unknown = try #require(plan.warnings.first { $0.message.contains("督办人") })
        #expect((unknown.line, unknown.column) == (1, 8))
        #expect(unknown.message.hasPrefix("表格1第1行第8列"))
        #expect(plan.hasWarning(line: 2, saying: "牵头改革任务", "标明3项，实际列出2项"))
        #expect(plan.hasWarning(line: 7, saying: "没有改革项目名称"))
        #expect(plan.infos.contains { $0.line == 9 && $0.message.contains("表下说明") })
        #expect(plan.infos.contains { $0.message.hasPrefix("表格1之后：") && $0.message.contains("抄送：区委改革办") })
    }

    @Test func anExcelSheetWithATwoRowHeaderAndMergedLeadersIsRead() throws {
        let plan = try Fixture.tablePlan("yunxi-2021-reform-sheet.xlsx")

        #expect(plan.notice.title == "云溪县民政局2021年重点改革事项清单")
        #expect(plan.notice.issuer == "云溪县民政局")
        #expect(plan.notice.issuedDate == Day(2021, 2, 26))
        #expect(plan.projects.map(\.number) == [1, 2, 3, 4])
        #expect(plan.projects.map(\.responsibility.firstResponsible) == ["赵海燕", "赵海燕", "钱志远", "钱志远"])
        #expect(plan.projects.map(\.group) == ["社会救助领域", "社会救助领域", "基层治理领域", "基层治理领域"])
        let second = try plan.requireProject(2)
        #expect(second.responsibility.leadAgency == "社会救助股")
        #expect(second.responsibility.supportingUnits == ["各乡镇人民政府"])
        #expect(second.description?.contains("备注：与市局试点同步") == true)
        #expect(try plan.requireProject(4).deadline?.kind == .ongoing)
        #expect(try plan.requireIndicator(3, "个", named: "试点乡镇").comparator == .atLeast)
    }

    @Test func excelFindingsNameTheSheetAndCell() throws {
        let plan = try Fixture.tablePlan("yunxi-2021-reform-sheet.xlsx")

        #expect(plan.hasWarning(line: 8, saying: "工作表“Sheet1”第8行", "基层治理领域", "标明3项，实际列出2项"))
        #expect(plan.infos.contains { $0.line == 12 && $0.message.contains("说明：本清单") })
        #expect(plan.units.map(\.name).contains("县残联"))
        #expect(plan.people.map(\.name) == ["赵海燕", "钱志远"])
    }
}
