import Foundation
import Testing
import ReformPlan
@testable import OfficialDocuments

/// The XLSX annex: every table of the bulletin as a sheet of its own.
@Suite struct OfficialAnnexTests {
    let xlsx: ZipContents

    init() throws {
        xlsx = try ZipContents(OfficialDocument.annexXLSX(Bulletin.text))
    }

    func sheet(_ n: Int) -> String { xlsx.text("xl/worksheets/sheet\(n).xml") }

    @Test func oneNamedSheetPerTableInReadingOrder() {
        #expect(xlsx.names.filter { $0.hasPrefix("xl/worksheets/") } == (1...3).map { "xl/worksheets/sheet\($0).xml" })
        #expect(xlsx.names.allSatisfy(xlsx.isWellFormedXML))
        let workbook = xlsx.text("xl/workbook.xml")
        #expect(workbook.contains(#"<sheet name="表1 表1　2019年9月改革项目推进情况" sheetId="1" r:id="rId1"/>"#))
        #expect(workbook.contains(#"<sheet name="表2 各区社区工作者配备情况" sheetId="2""#))
        #expect(workbook.contains(#"<sheet name="表3 第四季度重点工作安排" sheetId="3""#))
    }

    @Test func everyRowIsThereUnderAFrozenTitledHeader() {
        for (index, table) in Bulletin.text.tables.enumerated() {
            let xml = sheet(index + 1)
            let header = table.note == nil ? 2 : 3
            // Title, the note when there is one, the header, then every row.
            #expect(xml.components(separatedBy: "<row ").count - 1 == header + table.rows.count)
            #expect(xml.contains("<pane ySplit=\"\(header)\" topLeftCell=\"A\(header + 1)\""))
            #expect(xml.components(separatedBy: "customWidth=\"1\"").count - 1 == table.columns.count)
        }
        let strings = xlsx.text("xl/sharedStrings.xml")
        for table in Bulletin.text.tables {
            #expect(strings.contains(XMLText.escape(table.title)))
            for row in table.rows { #expect(strings.contains(XMLText.escape(row[1])) || row[1].allSatisfy(\.isNumber)) }
        }
    }

    @Test func plainNumbersAreNumericCellsAndCodesStayText() {
        // Row 4 is project 1: its number and its 43 % are numbers, not shared strings.
        #expect(sheet(1).contains(#"<c r="A4" s="11"><v>1</v></c>"#))
        #expect(sheet(1).contains(#"<c r="E4" s="11"><v>43</v></c>"#))
        #expect(OfficialAnnex.isNumber("85.5") && OfficialAnnex.isNumber("-3"))
        #expect(!OfficialAnnex.isNumber("0101") && !OfficialAnnex.isNumber("1,000") && !OfficialAnnex.isNumber("３"))
    }

    @Test func widthsFollowTheLongestEntry() {
        // "深化全国养老服务业综合改革试点…" is longer than 40 units: the column stops at 40.
        #expect(sheet(1).contains(#"<col min="2" max="2" width="40" customWidth="1"/>"#))
        #expect(sheet(1).contains(#"<col min="1" max="1" width="6" customWidth="1"/>"#))
    }

    @Test func aDocumentWithoutTablesGetsOneSheetSayingSo() throws {
        var text = Bulletin.text
        text.body = [.paragraph("无表格。")]
        text.attachments = []
        let annex = try ZipContents(OfficialDocument.annexXLSX(text))
        #expect(annex.names.filter { $0.hasPrefix("xl/worksheets/") } == ["xl/worksheets/sheet1.xml"])
        #expect(annex.text("xl/sharedStrings.xml").contains("本文无表格。"))
    }
}
