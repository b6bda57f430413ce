import Testing
import NoticeImport
import ReformPlan

/// Fixture fenglin-2020-justice-numbering-errors, from the hold-out set: notices
/// with typos in their numbering. A skipped number, a number printed twice and a
/// group number printed twice are all kept as items and reported; nothing is
/// merged into its neighbour, and an item without a note borrows no one's.
@Suite struct HoldOutNumberingErrorsTests {
    static let name = "fenglin-2020-justice-numbering-errors"

    @Test func everyPrintedItemIsKeptAndTheDuplicatesRenumbered() throws {
        let plan = try Fixture.plan(Self.name)

        #expect(plan.projects.count == 9)
        #expect(plan.projects.map(\.number) == Array(1...9))
        #expect(plan.projects.map(\.line) == [15, 18, 21, 24, 29, 30, 35, 38, 40])
        #expect(plan.infos.contains { $0.line == 30 && $0.message.contains("统一编为第1–9项") })
    }

    @Test func theNumberingMistakesAreEachReportedAtTheirLine() throws {
        let plan = try Fixture.plan(Self.name)

        #expect(plan.hasWarning(line: 24, saying: "缺少第4号"))
        #expect(plan.hasWarning(line: 30, saying: "编号重复", "6."))
        #expect(plan.hasWarning(line: 33, saying: "编号重复", "(二)"))
        #expect(plan.hasWarning(line: 38, saying: "缺少第8号"))
        #expect(plan.hasWarning(line: 13, saying: "标明3项", "实际列出4项"))
        #expect(plan.hasWarning(line: 33, saying: "标明2项", "实际列出3项"))
    }

    @Test func theTwiceNumberedItemsShareTheirNoteButKeepTheirLeadAgencies() throws {
        let plan = try Fixture.plan(Self.name)

        let (first, second) = (try plan.requireProject(5), try plan.requireProject(6))
        #expect(first.responsibility.leadAgency == "市政府办公室")
        #expect(second.responsibility.leadAgency == "市政务服务管理局")
        for project in [first, second] {
            #expect(project.responsibility.responsibleUnits == ["行政执法协调监督处"])
            #expect(project.responsibility.leaderInCharge == "姜美玲")
            #expect(project.category == .participating)
        }
        #expect(try plan.requireProject(4).responsibility.responsibleUnits == ["社区矫正管理局", "市社区矫正中心"])
    }

    @Test func anItemWithoutANoteIsFlaggedAndBorrowsNothing() throws {
        let plan = try Fixture.plan(Self.name)

        let bare = try plan.requireProject(8)
        #expect(bare.title.hasPrefix("开展法律援助质量提升专项行动"))
        #expect(bare.responsibility == Responsibility())
        #expect(plan.hasWarning(line: 38, saying: "未写明责任"))
        #expect(plan.projects.map(\.category) == [.lead, .lead, .lead, .lead, .participating, .participating, .own, .own, .own])
    }

    @Test func theInspectionOfficeAndItsCadenceAreRead() throws {
        let notice = try Fixture.plan(Self.name).notice

        #expect(notice.supervisingUnit == "局法治督察处")
        #expect(notice.supervisionSchedule.contains { $0.cadence == .quarterly && $0.activity == "督查" })
        #expect(notice.supervisionSchedule.contains { $0.cadence == .yearEnd && $0.activity == "考核" })
        #expect(notice.attachments == ["2020年枫林市司法局改革项目责任分解表"])
    }
}
