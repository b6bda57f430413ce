import Foundation
import Testing
import NoticeImport
import ReformPlan

/// Inputs that crashed the importer under the fuzzer, kept so they never do again.
@Suite struct FuzzRegressionTests {
    @Test func aSharedNoteCoveringZeroItemsIsNotAShareAndDoesNotCrash() throws {
        let text = "关于印发《某区2020年工作方案》的通知\n一、重点任务\n1.推进甲工作。(以上0项责任单位:区民政局)\n2.推进乙工作。(责任单位:区财政局)\n"

        let plan = try NoticeImporter.importNotice(text: text)

        #expect(plan.projects.count == 2)
        #expect(plan.projects[1].responsibility.responsibleUnits == ["区财政局"])
    }
}

/// Inputs a review found that would hang the importer or make it crawl; each
/// must finish, and give the right answer where there is one.
@Suite struct PathologicalInputTests {
    @Test func aForwardRuleAfterAClosedBracketIsReadOnceAndTheImportEnds() throws {
        let text = "一、重点任务\n(一)以下各项工作均需各区人民政府落实。\n1.推进甲工作。(责任单位:区民政局)\n2.推进乙工作。(责任单位:区财政局)\n"

        let plan = try NoticeImporter.importNotice(text: text)

        #expect(plan.projects.map(\.responsibility.responsibleUnits) == [["区民政局", "各区人民政府"], ["区财政局", "各区人民政府"]])
    }

    @Test func aRuleAfterACitedDocumentNumberDoesNotLoop() throws {
        let text = "一、重点任务\n根据《某方案》(武政〔2019〕1号)要求,以下各项工作均需各区落实。\n1.推进甲工作。(责任单位:区民政局)\n"

        let plan = try NoticeImporter.importNotice(text: text)

        #expect(plan.projects.first?.responsibility.responsibleUnits == ["区民政局", "各区"])
    }

    @Test func aMegabyteOfSpacesOrOpenBracketsIsRefusedOrImportedNotStuck() {
        let spaces = String(repeating: " ", count: 1_000_000) + "x"
        let brackets = "一、重点任务\n1.甲" + String(repeating: "(", count: 200_000) + "\n"

        #expect(Fixture.importError(text: spaces) == .noProjects)
        #expect((try? NoticeImporter.importNotice(text: brackets))?.projects.count == 1)
    }

    @Test func yearsOutsideAnyPlanAreNotDeadlines() throws {
        let text = "一、重点任务\n1.推进甲工作,0019年底前完成。(责任单位:区民政局)\n"

        let plan = try NoticeImporter.importNotice(text: text)

        #expect(plan.projects.first?.deadline == nil)
    }
}

@Suite struct ChapterClosingTests {
    @Test func aClosingParagraphAfterTheLastItemsNoteBelongsToNoItem() throws {
        let text = """
        一、重点任务
        1.推进甲工作。（省财政厅负责）
        2.降低事故死亡人数5%。（省应急管理厅牵头，省直有关部门按职责分工负责）

          各地各部门要对照分工，细化措施，每季度末将工作进展报送省政府办公厅。
        """

        let plan = try NoticeImporter.importNotice(text: text)

        let last = try #require(plan.projects.last)
        #expect(last.description == nil)
        #expect(last.deadline == nil, "每季度 is the chapter's reporting rule, not the item's deadline")
        #expect(plan.notice.sections.first?.text.contains("各地各部门要对照分工") == true)
    }
}
