import Testing
import NoticeImport
import ReformPlan

/// Fixtures from the hold-out set with numbering of other kinds:
/// baishui-2022-town-circled-markers (第一、 chapters, ① items, inline
/// "责任人：…；责任单位：…" after the text) and qinghe-2023-work-points-gb18030
/// (GB18030, no responsibility notes at all, items (一)…(十) numbered on across
/// chapters, the signature at the very end).
@Suite struct HoldOutMarkersTests {
    @Test func circledItemsUnderDiYiChaptersAreProjectsWithInlineLabels() throws {
        let plan = try Fixture.plan("baishui-2022-town-circled-markers")

        #expect(plan.projects.count == 7)
        #expect(plan.tasks.map(\.title) == ["强化党建引领", "提升为民服务水平", "加强平安乡村建设"])
        #expect(plan.tasks.map(\.projects) == [[1, 2], [3, 4, 5], [6, 7]])
        let first = try plan.requireProject(1)
        #expect(first.responsibility.firstResponsible == "孙立国")
        #expect(first.responsibility.responsibleUnits == ["镇党建办"])
        #expect(first.deadline?.date == Day(2022, 5, 31))
        #expect(try plan.requireProject(4).responsibility.supportingUnits == ["各村（居）委会"])
        #expect(!plan.projects.contains { $0.title.contains("责任人") || ($0.description ?? "").contains("责任单位") })
    }

    @Test func postsInBracketsAfterANameAreTitlesNotPartOfTheName() throws {
        let plan = try Fixture.plan("baishui-2022-town-circled-markers")

        #expect(plan.people.map(\.name) == ["孙立国", "田素芳", "何建军"])
        #expect(plan.people.first { $0.name == "田素芳" }?.title == "副镇长")
        #expect(plan.notice.supervisingUnit == "镇督查办")
        #expect(plan.notice.addressees == ["各村（居）民委员会", "镇属各单位", "各办（站、所）"])
    }

    @Test func workPointsWithoutNotesImportEveryItemAndSayWhoIsMissing() throws {
        let plan = try Fixture.plan("qinghe-2023-work-points-gb18030")

        #expect(plan.projects.count == 10)
        #expect(plan.projects.first?.title == "健全分层分类社会救助体系")
        #expect(plan.projects.last?.title == "强化安全生产")
        #expect(plan.projects.allSatisfy { $0.responsibility == Responsibility() })
        #expect(plan.warnings.filter { $0.message.contains("未写明责任") }.count == 10)
        #expect(plan.tasks.count == 4, "the chapters group the items")
    }

    @Test func theSignatureAtTheEndGivesIssuerAndDateAndEndsTheLastItem() throws {
        let plan = try Fixture.plan("qinghe-2023-work-points-gb18030")

        #expect(plan.notice.issuer == "青禾区民政局")
        #expect(plan.notice.issuedDate == Day(2023, 2, 10))
        #expect(plan.notice.year == 2023)
        let lastItem = try #require(plan.projects.last)
        let description = lastItem.description ?? ""
        #expect(description.hasSuffix("确保全年不发生重大安全责任事故。"), "the signature after it is not part of it")
        let funds = try plan.requireIndicator(6000, "万元", named: "救助")
        #expect(funds.comparator == .atLeast && funds.project == 1)
    }
}
