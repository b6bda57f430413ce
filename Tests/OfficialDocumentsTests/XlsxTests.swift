import Foundation
import Testing
@testable import OfficialDocuments

@Suite struct XlsxTests {
    let data: Data
    let xlsx: ZipContents

    init() throws {
        data = try ResponsibilityTable.render(WuhanPlan.plan, format: .xlsx)
        xlsx = try ZipContents(data)
    }

    var sheet: String { xlsx.text("xl/worksheets/sheet1.xml") }

    @Test func isAZipWithTheSpreadsheetPartsInAFixedOrder() {
        #expect(xlsx.names == [
            "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
            "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/sharedStrings.xml",
            "xl/worksheets/sheet1.xml",
        ])
        #expect(xlsx.names.allSatisfy(xlsx.isWellFormedXML))
    }

    @Test func panesAreFrozenUnderTheHeaderBelowTheTitleRows() {
        #expect(sheet.contains(#"<pane ySplit="3" topLeftCell="A4" activePane="bottomLeft" state="frozen"/>"#))
        #expect(sheet.contains(#"<mergeCell ref="A1:J1"/><mergeCell ref="A2:J2"/>"#))
        #expect(xlsx.text("xl/workbook.xml").contains("'责任分解表'!$3:$3</definedName>"))
    }

    @Test func headerIsBoldOnRowThreeAndEveryProjectFollowsIt() {
        #expect(sheet.contains(#"<c r="A3" s="\#(XlsxStyles.header)" t="s">"#))
        #expect(xlsx.text("xl/styles.xml").contains("<font><b/><sz val=\"11\"/>"))
        #expect(sheet.contains(#"<row r="19" "#) && !sheet.contains(#"<row r="20" "#))
        #expect(sheet.contains(#"<c r="A19" s="\#(XlsxStyles.centered)"><v>16</v></c>"#))
    }

    @Test func columnsHaveWidthsAndBodyTextWraps() {
        #expect(xlsx.count("customWidth=\"1\"", in: "xl/worksheets/sheet1.xml") == 10)
        #expect(xlsx.count("wrapText=\"1\"", in: "xl/styles.xml") == 4)
    }

    @Test func sharedStringsAreEscapedAndCountedOncePerText() {
        let strings = xlsx.text("xl/sharedStrings.xml")

        #expect(strings.contains("推进困难群众&quot;救急难&quot;综合试点（A&amp;B类&lt;示范&gt;）"))
        #expect(xlsx.count("<t xml:space=\"preserve\">李国汉</t>", in: "xl/sharedStrings.xml") == 1)
        #expect(strings.contains("1.签约部署（1-3月）\n2.组织推进（4-6月）"))
    }

    @Test func sameTableGivesTheSameBytesTwice() throws {
        let again = try ResponsibilityTable.render(WuhanPlan.plan, format: .xlsx)

        #expect(again == data)
    }
}
