import Foundation
import Testing
import ReformPlan
@testable import OfficialDocuments

/// The layout measured on the page, not read from the XML: LibreOffice prints
/// the DOCX to PDF, poppler rasterises it at 100 dpi (0.254 mm a pixel), and
/// the tests find the marks GB/T 9704 places in millimetres. The 版心 is
/// 28–184 mm across and 37–262 mm down.
@Suite(.serialized, .enabled(if: LibreOffice.isAvailable && LibreOffice.hasPoppler, "soffice, pdftotext or pdftoppm missing"))
struct OfficialLayoutTests {
    // Each document is rendered once for all the tests that measure it.
    static let bulletin = Result { try Rendering.make(Bulletin.text, name: "bulletin") }
    static let plain = Result { try Rendering.make(PlainText.text, name: "plain") }

    static let left = 28.0, right = 184.0, top = 37.0, bottom = 262.0

    @Test func everyPageIsA4() throws {
        for raster in try Self.bulletin.get().rasters {
            #expect(abs(raster.mm(raster.width) - 210) < 1 && abs(raster.mm(raster.height) - 297) < 1)
        }
    }

    /// §7.2.4: the mark's top edge 35 mm under the 版心's top (72 mm), centred on the 版心 (106 mm).
    @Test func organMarkIsRedCentredAndThirtyFiveMillimetresDown() throws {
        let page = try Self.bulletin.get().rasters[0]
        let mark = try #require(page.box(Raster.red, y: 40...100))
        print("organ mark: top \(mark.top) mm, \(mark.left)–\(mark.right) mm")
        #expect(abs(mark.top - 72) <= 1.5)
        #expect(abs((mark.left + mark.right) / 2 - 106) <= 2)
        #expect(mark.right - mark.left <= 156 && mark.right - mark.left >= 120)
    }

    /// §7.2.7: one red line as wide as the 版心, 4 mm under the 发文字号. Its
    /// height is what the paragraphs above it add up to: 37 mm + spacer 1881
    /// + mark 900 + 3 lines × 579 twips (79.7 mm) + the border's 7 pt (2.5 mm) = 119.2 mm.
    @Test func redLineSpansTheTypeAreaFourMillimetresUnderTheNumber() throws {
        let page = try Self.bulletin.get().rasters[0]
        let lines = page.rules(Raster.red, atLeast: 100)
        let line = try #require(lines.first)
        print("red line: \(line.top)–\(line.bottom) mm down, \(line.left)–\(line.right) mm across")
        #expect(lines.count == 1)
        #expect(abs(line.left - Self.left) <= 2 && abs(line.right - Self.right) <= 2)
        #expect(abs(line.right - line.left - 156) <= 2)
        #expect(abs(line.top - 119.2) <= 1.5)
        let number = try #require(page.box(Raster.black, x: 60...150, y: (line.top - 12)...(line.top - 0.3)))
        print("发文字号 glyphs end \(line.top - number.bottom) mm above the red line")
        #expect(abs(line.top - number.bottom - 4) <= 1)
        #expect(try Self.bulletin.get().squeezed[0].contains("武民改办通报〔2019〕7号"))
    }

    /// §5.2.3: a page of body text is 22 lines filling the 版心. Lines are
    /// exact 29 pt boxes from the top margin; a 16 pt glyph's top sits up to
    /// 13 pt (4.6 mm) under its box's top, so the ink starts 37–41.6 mm down.
    @Test func bodyTextFillsTheTypeAreaWithTwentyTwoLines() throws {
        let page = try Self.plain.get().rasters[1]
        let ink = try #require(page.box(Raster.ink, y: 30...(Self.bottom + 2)))
        print("page 2 ink: \(ink.left)–\(ink.right) mm across, \(ink.top)–\(ink.bottom) mm down")
        #expect(abs(ink.left - Self.left) <= 2 && abs(ink.right - Self.right) <= 2)
        #expect(ink.top >= Self.top && ink.top <= Self.top + 4.6)
        #expect(ink.bottom <= Self.bottom)
        #expect(page.bands(Raster.ink, x: Self.left...Self.right, y: 30...(Self.bottom + 2)).count == 22)
    }

    /// §7.5: "— n —" in 4号, top 7 mm under the 版心 (269 mm), one 4号
    /// character (4.9 mm) in from the right on odd pages, from the left on even ones.
    @Test func pageNumbersSitOutsideTheTypeAreaRightOnOddLeftOnEven() throws {
        let rendering = try Self.bulletin.get()
        for index in 0..<2 {
            let number = try #require(rendering.rasters[index].box(Raster.ink, y: (Self.bottom + 2)...290))
            print("page \(index + 1) number: \(number.left)–\(number.right) mm across, top \(number.top) mm")
            #expect(rendering.squeezed[index].contains("—\(index + 1)—"))
            #expect(abs(number.top - 269) <= 1.5)
            if index % 2 == 0 { #expect(abs(number.right - (Self.right - 4.9)) <= 2) }
            else { #expect(abs(number.left - (Self.left + 4.9)) <= 2) }
        }
    }

    @Test func everyTableRowIsPrinted() throws {
        let text = try Self.bulletin.get().squeezed.joined()
        for table in Bulletin.text.tables {
            #expect(text.contains(table.columns[1]))
            for row in table.rows {
                #expect(text.contains(row[0]), "missing row \(row[0]) of \(table.title)")
                // A long entry wraps inside its cell; its first characters stay on one line.
                #expect(text.contains(String(row[1].prefix(5))), "missing \(row[1]) of \(table.title)")
            }
        }
    }

    /// The native charts are drawn: their category labels are text on the
    /// page and the first series' blue (2F5597) fills part of it.
    @Test func chartsRenderWithLabelsAndSeriesColour() throws {
        let rendering = try Self.bulletin.get()
        let stacked = try #require(rendering.page(containing: "图1各区改革任务推进状态"))
        for district in Bulletin.districts { #expect(rendering.squeezed[stacked].contains(district)) }
        let trend = try #require(rendering.page(containing: "图2"))
        #expect(rendering.squeezed[trend].contains("9月") && rendering.squeezed[trend].contains("1月"))
        let bars = try #require(rendering.page(containing: "图3"))
        #expect(rendering.squeezed[bars].contains("硚口区") && rendering.squeezed[bars].contains("90%"))
        for page in Set([stacked, trend, bars]) {
            let blue = try #require(rendering.rasters[page].box(Raster.near("2F5597")))
            print("chart blue on page \(page + 1): \(blue)")
            #expect(blue.right - blue.left > 20)
        }
    }

    @Test func attachmentsStartOnPagesOfTheirOwn() throws {
        let firstLines = try Self.bulletin.get().squeezed.map { $0.prefix(3) }
        #expect(firstLines.contains("附件1") && firstLines.contains("附件2"))
    }

    /// §7.4.1: the 版记's rules as wide as the 版心, one line (10.2 mm) apart
    /// around 抄送 and 印发, the last on the 版心's bottom edge (262 mm), the
    /// first and last thicker (1 pt) than the one between (¾ pt).
    @Test func recordSitsOnTheBottomOfTheLastPage() throws {
        let rendering = try Self.bulletin.get()
        let last = try #require(rendering.rasters.last)
        // The lowest three full-width rules; an attachment's table above has its own.
        let rules = Array(last.rules(Raster.black, atLeast: 150).suffix(3))
        print("版记 rules: \(rules)")
        try #require(rules.count == 3)
        #expect(abs(rules[2].bottom - Self.bottom) <= 1)
        #expect(abs(rules[1].top - rules[0].top - 10.2) <= 1 && abs(rules[2].top - rules[1].top - 10.2) <= 1)
        #expect(rules.allSatisfy { abs($0.left - Self.left) <= 2 && abs($0.right - Self.right) <= 2 })
        #expect(rules[0].bottom - rules[0].top >= rules[1].bottom - rules[1].top)
        #expect(rendering.squeezed.last?.contains("抄送：市委改革办，市政府办公厅，各区人民政府。") == true)
        #expect(rendering.squeezed.last?.contains("2019年10月8日印发") == true)
    }

    /// §7.3.5: the signature never stands on a page without body text; the
    /// last paragraph's last line comes along with it.
    @Test func signatureSharesItsPageWithText() throws {
        let rendering = try Self.bulletin.get()
        let page = try #require(rendering.page(containing: "2019年10月8日（联系人"))
        let text = rendering.squeezed[page]
        #expect(!text.hasPrefix("附件："), "the signature page starts with the attachment list, no body text above it")
    }

    @Test func aDraftPrintsDraftWhereTheNumberGoes() throws {
        #expect(try Self.plain.get().squeezed[0].contains("（草稿）"))
    }
}
