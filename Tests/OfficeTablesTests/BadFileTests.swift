import Foundation
import OfficeTables
import Testing

/// Damaged and wrong files are refused with a message naming what and where,
/// never a crash.
@Suite struct BadFileTests {
    typealias P = TestPackage

    /// The reader's refusal; any other error fails the test.
    func error(_ read: () throws -> Void) -> OfficeFileError? {
        do {
            try read()
            return nil
        } catch {
            #expect(error is OfficeFileError, "\(error)")
            return error as? OfficeFileError
        }
    }

    @Test func textIsNotAZipAndTheMessageSaysSoInChineseFirst() {
        let refusal = error { _ = try Workbook.read(Data("序号,改革项目".utf8)) }

        #expect(refusal == .notZip)
        #expect(refusal?.message.hasPrefix("文件不是DOCX或XLSX") == true)
    }

    @Test func aLegacyDocOrXlsIsAskedToBeSavedAgain() {
        let ole2 = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0])

        #expect(error { _ = try WordDocument.read(ole2) } == .legacyOffice)
    }

    @Test func aCutOffArchiveIsNotAZip() throws {
        let whole = try P.xlsx(sheets: [("S", "<sheetData/>")])

        let refusal = error { _ = try Workbook.read(whole.prefix(whole.count / 2)) }

        #expect(refusal == .notZip || refusal == .missingPart("xl/workbook.xml"), "\(String(describing: refusal))")
    }

    /// Deflated parts cut short, their sizes rewritten to match: ZIPFoundation's
    /// own reader inflated such a stream for ever; the reader refuses the part.
    @Test func aDeflateStreamThatNeverEndsIsAnUnreadablePartNotAHang() throws {
        let damaged = try #require(Data(base64Encoded: """
            UEsDBBQAAAAIAAAAAACZffxBGwAAAKQTAAAPAAAAeGwvd29ya2Jvb2sueG1s7cG7CYAwFADAVSQD+OnjyywpLASNoCAZ3ynsUEsD\
            BBQAAAAIAAAAAACZffxBGwAAAKQTAAAaAAAAeGwvX3JlbHMvd29ya2Jvb2sueG1sLnJlbHPtwbsJgDAUAMBVJAP46ePLLCksBI2g\
            IBnfKexQSwECFAAUAAAACAAAAAAAmX38QRsAAACkEwAADwAAAAAAAAAAAAAAAAAAAAAAeGwvd29ya2Jvb2sueG1sUEsBAhQAFAAA\
            AAgAAAAAAJl9/EEbAAAApBMAABoAAAAAAAAAAAAAAAAASAAAAHhsL19yZWxzL3dvcmtib29rLnhtbC5yZWxzUEsFBgAAAAACAAIA\
            hQAAAJsAAAAAAA==
            """))

        let refusal = error { _ = try Workbook.read(damaged) }

        #expect(refusal == .unreadablePart("xl/workbook.xml") || refusal == .unreadablePart("xl/_rels/workbook.xml.rels"),
                "\(String(describing: refusal))")
    }

    @Test func aWorkbookWithoutItsSheetPartNamesThePart() throws {
        let data = try P.zip([
            ("xl/workbook.xml", "<workbook xmlns:r=\"\(P.relationshipNamespace)\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"),
            ("xl/_rels/workbook.xml.rels", "<Relationships><Relationship Id=\"rId1\" Type=\"\(P.relationshipNamespace)/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"),
        ])

        let refusal = error { _ = try Workbook.read(data) }

        #expect(refusal == .missingPart("xl/worksheets/sheet1.xml"))
        #expect(refusal?.message.contains("xl/worksheets/sheet1.xml") == true)
    }

    @Test func badXMLIsReportedWithItsPartLineAndColumn() throws {
        let data = try P.zip([("word/document.xml", "<w:document xmlns:w=\"\(P.wordNamespace)\">\n<w:body><w:p><w:r><w:t>A & B</w:t></w:r></w:p></w:body></w:document>")])

        let refusal = error { _ = try WordDocument.read(data) }

        guard case let .badXML(part, line, _) = refusal else {
            Issue.record("expected bad XML, got \(String(describing: refusal))")
            return
        }
        #expect(part == "word/document.xml")
        #expect(line == 2)
        #expect(refusal?.message.contains("第2行") == true)
    }

    @Test func tagsThatDoNotCloseInOrderAreBadXMLToo() throws {
        let sheet = "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</c></v></row></sheetData>"

        let refusal = error { _ = try Workbook.read(try P.xlsx(sheets: [("S", sheet)])) }

        guard case .badXML(part: "xl/worksheets/sheet1.xml", _, _) = refusal else {
            Issue.record("expected bad XML, got \(String(describing: refusal))")
            return
        }
    }

    @Test func bytesThatAreNotUTF8AreBadXMLAtTheirPlace() throws {
        var xml = Data("<w:document xmlns:w=\"\(P.wordNamespace)\">\n<w:body><w:p><w:r><w:t xml:spa".utf8)
        xml.append(contentsOf: [0x93, 0x63, 0xBE])
        xml.append(Data("ce=\"preserve\">甲</w:t></w:r></w:p></w:body></w:document>".utf8))
        let data = try P.zipBytes([("word/document.xml", xml)])

        let refusal = error { _ = try WordDocument.read(data) }

        #expect(refusal == .badXML(part: "word/document.xml", line: 2, column: 31), "the 31st character of line 2")
    }

    @Test func aCellReferenceOutsideTheSheetIsRefused() throws {
        let data = try P.xlsx(sheets: [("S", "<sheetData><row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row></sheetData>")])

        #expect(error { _ = try Workbook.read(data) } == .badReference(part: "xl/worksheets/sheet1.xml", reference: "XFE1"))
    }

    @Test func aPartLargerThanTheLimitIsNotInflated() throws {
        let big = "<sheetData>" + String(repeating: "<row/>", count: 50_000) + "</sheetData>"
        let data = try P.xlsx(sheets: [("S", big)])

        #expect(error { _ = try Workbook.read(data, maxPartBytes: 100_000) } == .partTooLarge("xl/worksheets/sheet1.xml", limit: 100_000))
    }

    @Test func aWordDocumentIsNotAWorkbookAndBothAreToldByContent() throws {
        let docx = try P.docx(body: P.p("正文"))
        let xlsx = try P.xlsx(sheets: [("S", "<sheetData/>")])

        #expect(error { _ = try Workbook.read(docx) } == .notOfficeDocument)
        #expect(OfficeFileKind.of(docx) == .docx)
        #expect(OfficeFileKind.of(xlsx) == .xlsx)
        #expect(OfficeFileKind.of(Data("text".utf8)) == nil)
    }
}
