import Foundation
import OfficialDocuments
import Testing

@Suite struct DivisionsCommandTests {
    @Test func aStreetListLoadsUnderWuhansDistrictsInGB18030OrUTF8() throws {
        let cli = try CommandRunner()
        defer { cli.remove() }
        let csv = "代码,名称,上级代码,类型,标签\r\n420102002,大智街道,420102,街道,\r\n420102002001,\"社区,一\",420102002,城市社区,试点、示范\r\n"
        let file = try cli.write("streets.csv", csv.data(using: String.Encoding(rawValue: 0x8000_0632))!)

        let loaded = try cli.run(["divisions", "import", file])
        let listed = try cli.run(["divisions", "list", "420102002"])
        let districts = try cli.run(["divisions", "list"])

        #expect(loaded.status == 0, "\(loaded.stderr)")
        #expect(loaded.output.contains("已导入2个区划：城市社区1个，街道1个"))
        #expect(listed.output == "420102002001\t社区,一\t城市社区\t试点、示范\t\t\n")
        #expect(districts.output.contains("420102\t江岸区\t区（县）\t中心城区") && districts.output.contains("Z420101\t东湖新技术开发区\t功能区"))
    }

    @Test func aWorkbooksFirstSheetLoadsAndItsBadRowsAreNamedWithTheSheet() throws {
        let cli = try CommandRunner()
        defer { cli.remove() }
        func book(_ kind: String) throws -> Data {
            try XlsxWorkbook(title: "区划", sheets: [XlsxWorkbook.Sheet(name: "街道", widths: [], rows: [
                [.text("代码"), .text("名称"), .text("上级代码"), .text("类型")],
                [.text("420106001"), .text("积玉桥街道"), .number(420106), .text(kind)],
            ])]).data()
        }

        let refused = try cli.run(["divisions", "import", try cli.write("bad.xlsx", try book("小区"))])
        let loaded = try cli.run(["divisions", "import", try cli.write("good.xlsx", try book("街道"))])

        #expect(refused.status != 0 && refused.stderr.contains("街道 第2行 “类型”列：“小区”不是区划类型"))
        #expect(loaded.status == 0, "\(loaded.stderr)")
        #expect(try cli.run(["divisions", "list", "420106"]).output.hasPrefix("420106001\t积玉桥街道\t街道"))
    }

    @Test func aUnitIsLinkedToAKnownDivisionOnly() throws {
        let cli = try CommandRunner()
        defer { cli.remove() }

        let linked = try cli.run(["divisions", "link", "江岸区民政局", "420102"])
        let unknown = try cli.run(["divisions", "link", "江岸区民政局", "429999"])

        #expect(linked.status == 0 && linked.output.contains("关联到江岸区（420102）"))
        #expect(unknown.status != 0 && unknown.stderr.contains("没有代码为429999的区划"))
    }

    @Test func aListWithBadRowsIsRefusedWholeAndEveryRowIsNamed() throws {
        let cli = try CommandRunner()
        defer { cli.remove() }
        let csv = """
            代码,名称,上级代码,类型
            420102002,大智街道,420102,街道
            420102150,坏街道,420102,街道
            420199001,无主街道,420199,街道
            420102003,一元街道,420102,小区
            420102002001,,420102002,社区
            """
        let file = try cli.write("bad.csv", Data(csv.utf8))

        let refused = try cli.run(["divisions", "import", file])
        let listed = try cli.run(["divisions", "list", "420102"])
        let noHeader = try cli.run(["divisions", "import", try cli.write("h.csv", Data("a,b\n1,2\n".utf8))])

        #expect(refused.status != 0)
        let lines = refused.stderr.split(separator: "\n").filter { $0.hasPrefix("  第") }
        #expect(lines.map { $0.prefix(5) } == ["  第3行", "  第4行", "  第5行", "  第6行"])
        #expect(refused.stderr.contains("4处错误，未导入任何一行"))
        #expect(refused.stderr.contains("第5行 “类型”列：“小区”不是区划类型"))
        #expect(refused.stderr.contains("第6行 “名称”列：名称为空"))
        #expect(listed.output.contains("（420102没有下级区划"), "nothing of the file was stored")
        #expect(noHeader.stderr.contains("表头") && noHeader.status != 0)
    }
}
