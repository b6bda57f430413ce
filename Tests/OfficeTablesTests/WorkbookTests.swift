import Foundation
import OfficeTables
import Testing

@Suite struct WorkbookTests {
    @Test func cellsOfEveryKindAreReadWithTheirRowAndColumn() throws {
        let sheet = """
            <sheetData><row r="2"><c r="B2" t="s"><v>0</v></c><c r="C2"><v>85736256</v></c><c r="D2" t="b"><v>1</v></c>\
            <c r="E2" t="inlineStr"><is><t>行内</t></is></c><c r="F2" t="e"><v>#N/A</v></c><c r="G2" t="str"><v>公式结果</v></c>\
            <c r="H2"><v>0.7</v></c></row></sheetData>
            """
        let data = try TestPackage.xlsx(sheets: [("责任分解表", sheet)], strings: ["<t>养老服务处</t>"])

        let grid = try #require(try Workbook.read(data).sheet(named: "责任分解表"))

        #expect(grid[2, 2] == .text("养老服务处"))
        #expect(grid[2, 3] == .number("85736256"), "the digits as written, not 8.5736256E7")
        #expect(grid[2, 4] == .boolean(true))
        #expect(grid[2, 5] == .text("行内"))
        #expect(grid[2, 6] == .error("#N/A"))
        #expect(grid[2, 7] == .text("公式结果"))
        #expect(grid[2, 8].double == 0.7)
        #expect(grid[1, 1] == .empty)
        #expect(grid.rowCount == 2 && grid.columnCount == 8)
    }

    @Test func richTextIsItsRunsWithoutPhoneticGuidesAndEscapesAreUndone() throws {
        let strings = ["<r><t>社会</t></r><r><rPr><b/></rPr><t>救助处</t></r><rPh sb=\"0\" eb=\"1\"><t>しゃかい</t></rPh>",
                       "<t xml:space=\"preserve\">第一行_x000D_\n第二行</t>"]
        let sheet = "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row></sheetData>"

        let grid = try #require(try Workbook.read(try TestPackage.xlsx(sheets: [("S", sheet)], strings: strings)).sheets.first)

        #expect(grid[1, 1].text == "社会救助处")
        #expect(grid[1, 2].text == "第一行\n第二行")
    }

    @Test func cellsWithoutReferencesFollowTheOneBefore() throws {
        let sheet = "<sheetData><row><c t=\"inlineStr\"><is><t>甲</t></is></c><c><v>2</v></c></row><row><c><v>3</v></c></row></sheetData>"

        let grid = try #require(try Workbook.read(try TestPackage.xlsx(sheets: [("S", sheet)])).sheets.first)

        #expect(grid[1, 1].text == "甲")
        #expect(grid[1, 2].text == "2")
        #expect(grid[2, 1].text == "3")
    }

    @Test func mergedCellsShowTheirTopLeftValueWhereverTheyCover() throws {
        let sheet = """
            <sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>一、牵头改革项目</t></is></c></row>\
            <row r="2"><c r="C2" t="inlineStr"><is><t>社会救助处</t></is></c></row></sheetData>\
            <mergeCells count="2"><mergeCell ref="A1:D1"/><mergeCell ref="C2:C4"/></mergeCells>
            """

        let grid = try #require(try Workbook.read(try TestPackage.xlsx(sheets: [("S", sheet)])).sheets.first)

        #expect(grid.merges.map(\.reference) == ["A1:D1", "C2:C4"])
        #expect(grid[1, 3] == .empty, "a covered cell has no value of its own")
        #expect(grid.resolvedValue(at: CellAddress(row: 1, column: 3)).text == "一、牵头改革项目")
        #expect(grid.resolvedValue(at: CellAddress(row: 4, column: 3)).text == "社会救助处")
        #expect(grid.isCovered(CellAddress(row: 3, column: 3)))
        #expect(!grid.isCovered(CellAddress(row: 2, column: 3)), "the top-left cell holds the value")
        #expect(grid.rowCount == 4, "a merge reaching below the last value counts")
    }

    @Test func sheetsAreKeptInWorkbookOrderByName() throws {
        let one = "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData>"
        let two = "<sheetData><row r=\"5\"><c r=\"AB5\"><v>2</v></c></row></sheetData>"

        let workbook = try Workbook.read(try TestPackage.xlsx(sheets: [("江岸区", one), ("武昌区", two)]))

        #expect(workbook.sheets.map(\.name) == ["江岸区", "武昌区"])
        #expect(workbook.sheet(named: "武昌区")?[5, 28] == .number("2"))
        #expect(workbook.sheet(named: "武昌区")?.nonEmptyRows == [5])
    }

    @Test func aStrayCellAtTheSheetsEndCanBeCroppedAway() throws {
        let sheet = """
            <sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row>\
            <row r="1048576"><c r="XFD1048576"><v>9</v></c></row></sheetData><mergeCells><mergeCell ref="B1:D3"/></mergeCells>
            """
        let grid = try #require(try Workbook.read(try TestPackage.xlsx(sheets: [("S", sheet)])).sheets.first)

        let cropped = grid.cropped(rows: 2, columns: 2)

        #expect((grid.rowCount, grid.columnCount) == (1_048_576, 16_384))
        #expect((cropped.rowCount, cropped.columnCount) == (2, 2))
        #expect(cropped.merges.map(\.reference) == ["B1:B2"], "the merge is clipped to what is kept")
        #expect(cropped[1, 2] == .number("2"))
    }

    @Test func addressesConvertBetweenLettersAndNumbers() {
        #expect(CellAddress(reference: "AB12") == CellAddress(row: 12, column: 28))
        #expect(CellAddress(row: 7, column: 4).reference == "D7")
        #expect(CellAddress.columnName(16_384) == "XFD")
        #expect(CellAddress(reference: "A0") == nil)
        #expect(CellAddress(reference: "XFE1") == nil)
        #expect(CellAddress(reference: "1A") == nil)
    }
}
