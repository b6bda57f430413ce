import Foundation
import ReformPlan
import Testing
@testable import OfficialDocuments

@Suite struct BudgetWorkbookTests {
    static let budget = ProjectBudget(project: 1, lines: [
        BudgetLine(id: 1, project: 1, source: .cityFinance, amount: Money(fen: 3_500_000), note: "运营补贴"),
        BudgetLine(id: 2, project: 1, source: .rewardSubsidy, amount: Money(fen: 10)),
    ], spending: [
        Spending(id: 1, line: 1, date: Day(year: 2019, month: 6, day: 18), amount: Money(fen: 1_596_000), description: "培训费"),
        Spending(id: 2, line: 2, date: Day(year: 2019, month: 7, day: 1), amount: Money(fen: 30), description: "奖补<A&B>",
                 voucher: Voucher(fileName: "发票.pdf", mediaType: "application/pdf", size: 3, sha256: "00", storageName: "x")),
    ])

    static func render() throws -> Data {
        try BudgetWorkbook.xlsx(projectNumber: 1, projectTitle: "推进养老服务改革", planTitle: "2019年武汉市民政改革工作实施方案",
                                budget: budget, asOf: Day(year: 2019, month: 9, day: 30))
    }

    @Test func amountsAreNumericCellsWrittenFromExactFen() throws {
        let xlsx = try ZipContents(try Self.render())
        let lines = xlsx.text("xl/worksheets/sheet1.xml"), strings = xlsx.text("xl/sharedStrings.xml")

        #expect(xlsx.names.contains("xl/worksheets/sheet2.xml"))
        #expect(xlsx.names.allSatisfy(xlsx.isWellFormedXML))
        #expect(lines.contains(#"<c r="C4" s="\#(XlsxStyles.amount)"><v>35000.00</v></c>"#))
        #expect(lines.contains(#"<c r="D4" s="\#(XlsxStyles.amount)"><v>15960.00</v></c>"#))
        #expect(lines.contains(#"<c r="F4" s="\#(XlsxStyles.percent)"><v>0.456</v></c>"#))
        #expect(lines.contains(#"<c r="F5" s="\#(XlsxStyles.percent)"><v>3.000</v></c>"#), "30 fen of 10 is 300 %")
        #expect(lines.contains(#"<c r="C8" s="\#(XlsxStyles.totalAmount)"><v>35000.10</v></c>"#), "the total row")
        #expect(xlsx.text("xl/worksheets/sheet2.xml").contains("<v>15960.30</v>"), "spending total")
        for heading in ["资金来源", "预算金额（元）", "已支出（元）", "执行率", "小计：市级财政", "合计", "超支", "奖补&lt;A&amp;B&gt;", "发票.pdf"] {
            #expect(strings.contains(heading), "\(heading)")
        }
        #expect(xlsx.text("xl/workbook.xml").contains(#"<sheet name="支出明细" sheetId="2" r:id="rId2"/>"#))
        #expect(xlsx.text("xl/styles.xml").contains(#"formatCode="0.0%""#))
    }

    @Test func fractionsOfAThousandAreWrittenExactly() {
        #expect(BudgetWorkbook.fraction(456) == "0.456")
        #expect(BudgetWorkbook.fraction(5) == "0.005")
        #expect(BudgetWorkbook.fraction(12_345) == "12.345")
    }
}

extension LibreOfficeTests {
    @Test func budgetXlsxOpensInLibreOfficeWithNumbersAsNumbers() throws {
        let directory = try LibreOffice.workDirectory("budget")
        defer { LibreOffice.finish(directory) }
        let xlsx = directory.appendingPathComponent("budget.xlsx")
        try BudgetWorkbookTests.render().write(to: xlsx)

        let csv = try LibreOffice.convert(xlsx, to: "csv:Text - txt - csv (StarCalc):44,34,76,1", extension: "csv", in: directory)
        let text = try String(contentsOf: csv, encoding: .utf8)

        #expect(text.contains("预算金额（元）"))
        #expect(text.contains("\"35,000.00\"") || text.contains("35000"), "\(text)")
        #expect(text.contains("45.6%"), "\(text)")
        #expect(text.contains("合计"))
    }
}
