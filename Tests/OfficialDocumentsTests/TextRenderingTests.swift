import Foundation
import Testing
import ReformPlan
@testable import OfficialDocuments

/// CSV and Markdown of a two-project plan, byte for byte.
@Suite struct TextRenderingTests {
    static let small = Plan(
        notice: Notice(title: "2019年试点方案", issuer: "武汉市民政局", issuedDate: Day(year: 2019, month: 5, day: 16)),
        projects: [
            Project(number: 1, title: #"养老"智慧"平台, A|B & <C>"#, category: .lead,
                    responsibility: Responsibility(firstResponsible: "李国汉", leaderInCharge: "张明武",
                                                   responsibleUnits: ["养老服务处"], contactPhone: "85736256")),
            Project(number: 2, title: "课后托管", category: .participating,
                    responsibility: Responsibility(responsibleUnits: ["社会救助处", "市低保中心"],
                                                   supportingUnits: ["市财政局"], leadAgency: "市教育局")),
        ],
        phases: [
            Phase(project: 1, stream: 1, order: 1, title: "签约部署", startMonth: 1, endMonth: 3),
            Phase(project: 1, stream: 1, order: 2, title: "出台文件", condition: "与全市“民呼我应”改革工作同步推进"),
        ])

    @Test func csvQuotesOnlyWhatNeedsItAndStartsWithAByteOrderMark() throws {
        // Arrange
        let expected = "序号,类别,改革项目,牵头单位,第一责任人,分管领导,责任处室/单位,联系电话,完成时限,实施步骤\r\n"
            + #"1,牵头改革项目,"养老""智慧""平台, A|B & <C>",,李国汉,张明武,养老服务处,85736256,"#
            + "按实施步骤，与全市“民呼我应”改革工作同步推进,\"1.签约部署（1-3月）\n2.出台文件（与全市“民呼我应”改革工作同步推进）\"\r\n"
            + "2,重点参与的市级改革项目,课后托管,市教育局,,,社会救助处、市低保中心；配合：市财政局,,—,\r\n"
        // Act
        let data = try ResponsibilityTable.render(Self.small, format: .csv)
        // Check
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: data.dropFirst(3), as: UTF8.self) == expected)
    }

    @Test func markdownEscapesPipesAndAnglesAndBreaksLinesInsideCells() throws {
        // Arrange
        let expected = """
            # 2019年试点方案责任分解表

            武汉市民政局\u{3000}2019年5月16日

            | 序号 | 类别 | 改革项目 | 牵头单位 | 第一责任人 | 分管领导 | 责任处室/单位 | 联系电话 | 完成时限 | 实施步骤 |
            | ---: | --- | --- | --- | --- | --- | --- | --- | --- | --- |
            | 1 | 牵头改革项目 | 养老"智慧"平台, A\\|B & &lt;C> |  | 李国汉 | 张明武 | 养老服务处 | 85736256 | 按实施步骤，与全市“民呼我应”改革工作同步推进 | 1.签约部署（1-3月）<br>2.出台文件（与全市“民呼我应”改革工作同步推进） |
            | 2 | 重点参与的市级改革项目 | 课后托管 | 市教育局 |  |  | 社会救助处、市低保中心；配合：市财政局 |  | — |  |

            """
        // Act
        let data = try ResponsibilityTable.render(Self.small, format: .markdown)
        // Check
        #expect(String(decoding: data, as: UTF8.self) == expected)
    }

    @Test func markdownEscapesABackslashBeforeAPipeSoTheCellDoesNotEnd() {
        let cell = MarkdownRenderer.cell(#"a\|b"#)

        #expect(cell == #"a\\\|b"#)
    }

    @Test func xmlEscapingCoversMarkupAndDropsCharactersXMLForbids() {
        let escaped = XMLText.escape("A&B <C> \"D\"\u{0B}\u{1F}\t换行\n")

        #expect(escaped == "A&amp;B &lt;C&gt; &quot;D&quot;\t换行\n")
    }
}
