import Foundation
import Testing
@testable import OfficialDocuments

@Suite struct DocxTests {
    let data: Data
    let docx: ZipContents

    init() throws {
        data = try ResponsibilityTable.render(WuhanPlan.plan, format: .docx)
        docx = try ZipContents(data)
    }

    var document: String { docx.text("word/document.xml") }

    @Test func isAZipWithTheWordprocessingPartsInAFixedOrder() {
        #expect(docx.names == [
            "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
            "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml", "word/settings.xml",
            "word/fontTable.xml", "word/footer1.xml", "word/footer2.xml",
        ])
        #expect(docx.names.allSatisfy(docx.isWellFormedXML))
    }

    @Test func pageIsA4TurnedLandscapeWithTheTypeAreaTurnedToo() {
        #expect(document.contains(#"<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>"#))
        #expect(document.contains(#"<w:pgMar w:top="1588" w:right="2098" w:bottom="1474" w:left="1984""#))
        #expect(document.contains(#"<w:tblW w:w="12756" w:type="dxa"/>"#))
    }

    @Test func headerRowRepeatsOnEveryPageAndRowsDoNotSplit() {
        #expect(docx.count("<w:tblHeader/>", in: "word/document.xml") == 1)
        // One header, three category rows, sixteen projects.
        #expect(docx.count("<w:cantSplit/>", in: "word/document.xml") == 20)
        #expect(docx.count("<w:tr>", in: "word/document.xml") == 20)
    }

    @Test func footersNumberPagesBetweenDashesRightOnOddAndLeftOnEven() {
        let odd = docx.text("word/footer1.xml"), even = docx.text("word/footer2.xml")

        #expect(odd.contains(#"<w:instrText xml:space="preserve"> PAGE </w:instrText>"#))
        #expect(odd.contains("— ") && odd.contains(" —"))
        #expect(odd.contains(#"<w:jc w:val="right"/>"#) && even.contains(#"<w:jc w:val="left"/>"#))
        #expect(docx.text("word/settings.xml").contains("<w:evenAndOddHeaders/>"))
        #expect(document.contains(#"<w:footerReference w:type="even" r:id="rIdFooterEven"/>"#))
    }

    @Test func titleAndBodyUseTheOfficialFacesWithFreeStandInsDeclared() {
        let styles = docx.text("word/styles.xml"), fonts = docx.text("word/fontTable.xml")

        #expect(styles.contains(#"w:eastAsia="方正小标宋简体""#) && styles.contains("<w:b/>"))
        #expect(styles.contains(#"w:eastAsia="仿宋_GB2312""#))
        #expect(fonts.contains(#"<w:font w:name="方正小标宋简体"><w:altName w:val="Noto Serif CJK SC"/>"#))
        #expect(fonts.contains(#"<w:font w:name="宋体"><w:altName w:val="SimSun"/>"#))
    }

    @Test func chineseTextAndEscapedCharactersArriveIntact() {
        #expect(document.contains("2019年市民政局改革要点责任分解表"))
        #expect(document.contains("一、牵头改革项目（4项）"))
        #expect(document.contains("推进困难群众&quot;救急难&quot;综合试点（A&amp;B类&lt;示范&gt;）"))
        #expect(document.contains("4.出台文件（与全市“民呼我应”改革工作同步推进）"))
    }

    @Test func sameTableGivesTheSameBytesTwice() throws {
        let again = try ResponsibilityTable.render(WuhanPlan.plan, format: .docx)

        #expect(again == data)
    }
}
