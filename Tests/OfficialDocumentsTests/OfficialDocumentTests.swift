import Foundation
import Testing
import ReformPlan
@testable import OfficialDocuments

/// The official document's DOCX read back part by part: what GB/T 9704 asks
/// of each element, as the XML says it.
@Suite struct OfficialDocumentTests {
    let data: Data
    let docx: ZipContents

    init() throws {
        data = try OfficialDocument.docx(Bulletin.text)
        docx = try ZipContents(data)
    }

    var document: String { docx.text("word/document.xml") }
    var styles: String { docx.text("word/styles.xml") }

    /// The style element with this id, for checks that must not match another style.
    func style(_ id: String) -> String {
        guard let start = styles.range(of: "w:styleId=\"\(id)\""),
              let end = styles.range(of: "</w:style>", range: start.upperBound..<styles.endIndex) else { return "" }
        return String(styles[start.lowerBound..<end.lowerBound])
    }

    @Test func partsAreWellFormedInAFixedOrderWithThreeCharts() {
        #expect(docx.names == [
            "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
            "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml", "word/settings.xml",
            "word/fontTable.xml", "word/footer1.xml", "word/footer2.xml",
            "word/charts/chart1.xml", "word/charts/chart2.xml", "word/charts/chart3.xml",
        ])
        #expect(docx.names.allSatisfy(docx.isWellFormedXML))
    }

    @Test func pageIsPortraitA4WithTheTypeAreaOfTheStandard() {
        #expect(document.contains(#"<w:pgSz w:w="11906" w:h="16838"/>"#))
        #expect(document.contains(#"<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="1300""#))
        // 22 lines: every line of the 版心 is an exact 579 twips, every 3号 character ¼ pt narrower.
        #expect(style("Line").contains(#"<w:spacing w:line="579" w:lineRule="exact"/>"#))
        #expect(style("Line").contains(#"<w:spacing w:val="-5"/>"#))
    }

    @Test func organMarkAndSeparatorAreRedAndTheNumberSitsBetween() throws {
        #expect(style("Organ").contains(#"<w:color w:val="FF0000"/>"#) && style("Organ").contains(#"w:eastAsia="方正小标宋简体""#))
        #expect(style("Organ").contains(#"<w:sz w:val="72"/>"#))
        #expect(style("Number").contains(#"<w:bottom w:val="single" w:sz="12" w:space="7" w:color="FF0000"/>"#))
        // Seventeen characters at 36 pt are too wide for 156 mm: narrowed, not shrunk.
        #expect(document.contains(#"<w:w w:val="69"/></w:rPr><w:t xml:space="preserve">武汉市民政局改革工作领导小组办公室</w:t>"#))
        let organ = try #require(document.range(of: "武汉市民政局改革工作领导小组办公室"))
        let number = try #require(document.range(of: "武民改办通报〔2019〕7号"))
        #expect(organ.lowerBound < number.lowerBound)
    }

    @Test func titleBodyAndHeadingsHaveTheirFacesAndSizes() {
        #expect(style("Title").contains(#"w:eastAsia="方正小标宋简体""#) && style("Title").contains(#"<w:sz w:val="44"/>"#))
        #expect(styles.contains(#"<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312""#))
        #expect(styles.contains(#"<w:sz w:val="32"/>"#))
        #expect(style("Body").contains(#"<w:ind w:firstLine="630"/>"#))
        #expect(style("Heading1").contains(#"w:eastAsia="黑体""#))
        #expect(style("Heading2").contains(#"w:eastAsia="楷体_GB2312""#) && !style("Heading2").contains("<w:b/>"))
        #expect(style("Heading3").contains(#"w:eastAsia="仿宋_GB2312""#) && style("Heading4").contains(#"w:eastAsia="仿宋_GB2312""#))
        for level in 1...4 { #expect(document.contains("<w:pStyle w:val=\"Heading\(level)\"/>")) }
        #expect(document.contains("各区民政局、各功能区社会发展局、局机关各处室、局直属各单位："))
    }

    @Test func boldSecondLevelIsAnOrgansChoice() throws {
        let bold = try ZipContents(OfficialDocument.docx(Bulletin.text, style: OfficialStyle(boldSecondLevel: true)))
        let styles = bold.text("word/styles.xml")
        let heading2 = try #require(styles.range(of: #"w:styleId="Heading2""#))
        #expect(styles[heading2.lowerBound...].prefix(600).contains("<w:b/>"))
    }

    @Test func everyTableRowIsPresentUnderARepeatedHeader() {
        let tables = Bulletin.text.tables
        #expect(docx.count("<w:tblHeader/>", in: "word/document.xml") == tables.count)
        // Rows of the three tables plus their headers, none split across pages; the 版记 adds its two.
        let rows = tables.reduce(0) { $0 + $1.rows.count + 1 }
        #expect(docx.count("<w:cantSplit/>", in: "word/document.xml") == rows + 2)
        for table in tables {
            for row in table.rows { #expect(document.contains(XMLText.escape(row[1]))) }
        }
        // The 16 projects' table has 5 columns: 小四 (12 pt) cells on 18 pt lines.
        #expect(document.contains(#"<w:spacing w:line="360" w:lineRule="exact"/></w:pPr><w:r><w:rPr><w:sz w:val="24"/>"#))
        #expect(document.contains(#"<w:tblW w:w="8844" w:type="dxa"/>"#))
    }

    @Test func chartsAreNativeWithContentTypesRelationshipsAndCachedFigures() {
        let types = docx.text("[Content_Types].xml"), rels = docx.text("word/_rels/document.xml.rels")
        for n in 1...3 {
            #expect(types.contains("<Override PartName=\"/word/charts/chart\(n).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.drawingml.chart+xml\"/>"))
            #expect(rels.contains("<Relationship Id=\"rIdChart\(n)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart\" Target=\"charts/chart\(n).xml\"/>"))
            #expect(document.contains("<c:chart r:id=\"rIdChart\(n)\"/>"))
        }
        let stacked = docx.text("word/charts/chart1.xml"), line = docx.text("word/charts/chart2.xml")
        #expect(stacked.contains(#"<c:barDir val="bar"/><c:grouping val="stacked"/>"#) && stacked.contains(#"<c:overlap val="100"/>"#))
        #expect(stacked.contains("<c:pt idx=\"12\"><c:v>新洲区</c:v></c:pt>") && stacked.contains("<c:numCache>"))
        #expect(stacked.contains(#"<a:ea typeface="仿宋_GB2312"/>"#) && !stacked.contains("externalData"))
        #expect(line.contains("<c:lineChart>") && line.contains("<c:v>96.5</c:v>"))
        // May has no figure: the series' cache has no point 4, which both readers draw as a gap.
        let firstSeries = line.components(separatedBy: "<c:numCache>")[1].components(separatedBy: "</c:numCache>")[0]
        #expect(!firstSeries.contains("<c:pt idx=\"4\">") && firstSeries.contains("<c:pt idx=\"5\">"))
        #expect(document.contains("<wp:extent cx=\"5615940\""))
        // One series against targets: the hollow dashed target bar lies over the figure's.
        let bars = docx.text("word/charts/chart3.xml")
        #expect(bars.contains(#"<c:grouping val="clustered"/>"#) && bars.contains(#"<c:overlap val="100"/>"#))
        #expect(bars.contains("<c:v>目标</c:v>") && bars.contains(#"<c:spPr><a:noFill/><a:ln w="15875">"#))
        #expect(bars.contains(#"<c:max val="100"/>"#) && bars.contains(#"<c:dLblPos val="outEnd"/>"#))
    }

    @Test func attachmentsFollowOnNewPagesAndAreListedAfterTheBody() {
        #expect(docx.count("<w:pageBreakBefore/>", in: "word/document.xml") == 2)
        #expect(document.contains(">附件：1. 2019年9月各区社区工作者配备情况<"))
        #expect(document.contains(">2. 2019年第四季度民政改革重点工作安排<"))
        #expect(document.contains(">附件1<") && document.contains(">附件2<"))
    }

    @Test func signatureDateNoteAndRecordFollowTheStandard() {
        // 署名 17 characters two in from the right; the date (6.5 characters) starts two right of it: 10.5 in.
        #expect(document.contains(#"<w:ind w:right="630"/></w:pPr><w:r><w:t xml:space="preserve">武汉市民政局改革工作领导小组办公室"#))
        #expect(document.contains(#"<w:ind w:right="3307"/></w:pPr><w:r><w:t xml:space="preserve">2019年10月8日</w:t>"#))
        #expect(document.contains("（联系人：王晓明，电话：85736027）"))
        #expect(document.contains("抄送：市委改革办，市政府办公厅，各区人民政府。"))
        #expect(document.contains(">武汉市民政局办公室<") && document.contains(">2019年10月8日印发<"))
        #expect(document.contains(#"<w:top w:val="single" w:sz="8" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="6""#))
        #expect(document.contains(#"<wp:positionV relativeFrom="margin"><wp:align>bottom</wp:align></wp:positionV>"#))
    }

    @Test func footersNumberPagesOutsideTheTypeArea() {
        #expect(docx.text("word/footer1.xml").contains(#"<w:ind w:right="280"/><w:jc w:val="right"/>"#))
        #expect(docx.text("word/footer2.xml").contains(#"<w:ind w:left="280"/><w:jc w:val="left"/>"#))
        #expect(docx.text("word/footer1.xml").contains(" PAGE "))
        #expect(docx.text("word/settings.xml").contains("<w:evenAndOddHeaders/>"))
        #expect(style("Footer").contains(#"w:eastAsia="宋体""#) && style("Footer").contains(#"<w:sz w:val="28"/>"#))
        #expect(docx.text("word/fontTable.xml").contains(#"<w:font w:name="仿宋_GB2312"><w:altName w:val="FangSong_GB2312"/><w:panose1"#))
    }

    @Test func aDraftSaysSoWhereTheNumberGoes() throws {
        var draft = Bulletin.text
        draft.number = nil
        let xml = try ZipContents(OfficialDocument.docx(draft)).text("word/document.xml")
        #expect(xml.contains("<w:pStyle w:val=\"Number\"/></w:pPr><w:r><w:t xml:space=\"preserve\">（草稿）</w:t>"))
    }

    @Test func sameTextGivesTheSameBytesTwice() throws {
        #expect(try OfficialDocument.docx(Bulletin.text) == data)
        #expect(try OfficialDocument.annexXLSX(Bulletin.text) == OfficialDocument.annexXLSX(Bulletin.text))
    }
}
