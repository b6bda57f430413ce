import Foundation
import OfficeTables
import Testing

@Suite struct WordDocumentTests {
    typealias P = TestPackage

    @Test func paragraphsAndTablesComeInBodyOrderWithCellTextByParagraph() throws {
        let table = "<w:tbl><w:tr>\(P.tc(["序号"]))\(P.tc(["实施步骤"]))</w:tr>"
            + "<w:tr>\(P.tc(["1"]))\(P.tc(["1.签约部署（1-3月）", "2.组织推进（4-6月）"]))</w:tr></w:tbl>"
        let body = P.p("附件") + P.p("责任分解表") + table + P.p("注：以上为2019年项目。")

        let document = try WordDocument.read(try P.docx(body: body))

        #expect(document.blocks.count == 4)
        #expect(document.blocks.first == .paragraph("附件"))
        #expect(document.blocks.last == .paragraph("注：以上为2019年项目。"))
        let grid = try #require(document.tables.first)
        #expect(grid.name == "表格1")
        #expect(grid[2, 2].text == "1.签约部署（1-3月）\n2.组织推进（4-6月）")
    }

    @Test func gridSpanAndVerticalMergesBecomeMergedRanges() throws {
        let span = "<w:gridSpan w:val=\"3\"/>"
        let table = "<w:tbl>"
            + "<w:tr>\(P.tc(["一、牵头改革项目（2项）"], properties: span))</w:tr>"
            + "<w:tr>\(P.tc(["1"]))\(P.tc(["项目甲"]))\(P.tc(["社会救助处"], properties: "<w:vMerge w:val=\"restart\"/>"))</w:tr>"
            + "<w:tr>\(P.tc(["2"]))\(P.tc(["项目乙"]))\(P.tc([""], properties: "<w:vMerge/>"))</w:tr>"
            + "</w:tbl>"

        let grid = try #require(try WordDocument.read(try P.docx(body: table)).tables.first)

        #expect(grid.merges.map(\.reference) == ["A1:C1", "C2:C3"])
        #expect(grid.resolvedValue(at: CellAddress(row: 1, column: 2)).text == "一、牵头改革项目（2项）")
        #expect(grid.resolvedValue(at: CellAddress(row: 3, column: 3)).text == "社会救助处")
        #expect(grid[3, 3] == .empty)
    }

    @Test func runsGiveTabsAndBreaksButNotFieldCodesDeletionsOrFallbacks() throws {
        let run = "<w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:br/><w:t>丙</w:t></w:r>"
            + "<w:r><w:instrText> PAGE </w:instrText></w:r><w:del><w:r><w:delText>删去</w:delText></w:r></w:del>"
        let fallback = "<mc:AlternateContent xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">"
            + "<mc:Choice Requires=\"wps\"><w:r><w:t>丁</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>丁</w:t></w:r></mc:Fallback></mc:AlternateContent>"
        let tabStops = "<w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"420\"/></w:tabs></w:pPr>"

        let document = try WordDocument.read(try P.docx(body: "<w:p>\(tabStops)\(run)\(fallback)</w:p>"))

        #expect(document.blocks == [.paragraph("甲\t乙\n丙丁")])
    }

    @Test func aTableInsideACellIsThatCellsText() throws {
        let inner = "<w:tbl><w:tr>\(P.tc(["内一"]))\(P.tc(["内二"]))</w:tr></w:tbl>"
        let table = "<w:tbl><w:tr><w:tc>\(P.p("外"))\(inner)</w:tc>\(P.tc(["右"]))</w:tr></w:tbl>"

        let document = try WordDocument.read(try P.docx(body: table))

        #expect(document.tables.count == 1)
        let grid = try #require(document.tables.first)
        #expect(grid[1, 1].text == "外\n内一\n内二")
        #expect(grid[1, 2].text == "右")
    }

    @Test func gridBeforeShiftsARowsCellsToTheRight() throws {
        let table = "<w:tbl><w:tr>\(P.tc(["A"]))\(P.tc(["B"]))</w:tr>"
            + "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>\(P.tc(["b"]))</w:tr></w:tbl>"

        let grid = try #require(try WordDocument.read(try P.docx(body: table)).tables.first)

        #expect(grid[2, 1] == .empty)
        #expect(grid[2, 2].text == "b")
    }
}
