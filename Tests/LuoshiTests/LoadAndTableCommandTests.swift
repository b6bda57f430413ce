import Foundation
import Testing

/// The front door's path: import, load, table, on a fresh SQLite file.
@Suite struct LoadAndTableCommandTests {
    @Test func importedPlanRoundTripsThroughTheDatabaseToTheSameFile() throws {
        let cli = try CommandRunner()
        defer { cli.remove() }

        _ = try cli.run(["import", CommandRunner.referenceNotice.path, "-o", "plan.yaml"])
        let load = try cli.run(["load", "plan.yaml", "--by", "tester"])
        let export = try cli.run(["export", "-o", "exported.yaml"])

        #expect(load.status == 0 && load.output.contains("已新建计划"))
        #expect(export.status == 0)
        #expect(try cli.read("exported.yaml") == cli.read("plan.yaml"))
    }

    @Test func secondLoadChangesNothingAndAnEditIsRecordedAsAChange() throws {
        let cli = try CommandRunner()
        defer { cli.remove() }
        _ = try cli.run(["import", CommandRunner.referenceNotice.path, "-o", "plan.yaml"])
        _ = try cli.run(["load", "plan.yaml"])

        let again = try cli.run(["load", "plan.yaml"])
        var text = String(decoding: try cli.read("plan.yaml"), as: UTF8.self)
        text = text.replacingOccurrences(of: "leaderInCharge: 孙家同", with: "leaderInCharge: 王新")
        _ = try cli.write("edited.yaml", Data(text.utf8))
        let edited = try cli.run(["load", "edited.yaml", "--by", "规划发展处"])
        let plans = try cli.run(["plans"])

        #expect(again.output.contains("没有变化"))
        #expect(edited.status == 0 && edited.output.contains("第2版"))
        #expect(edited.output.contains("孙家同 → 王新"))
        #expect(plans.output.split(separator: "\n").count == 1, "the plan was updated in place, not added")
    }

    @Test func aBrokenPlanFileIsRefusedByFieldAndLineAndTheStoredPlanStays() throws {
        let cli = try CommandRunner()
        defer { cli.remove() }
        _ = try cli.run(["import", CommandRunner.referenceNotice.path, "-o", "plan.yaml"])
        _ = try cli.run(["load", "plan.yaml"])
        let text = String(decoding: try cli.read("plan.yaml"), as: UTF8.self)
            .replacingOccurrences(of: "endMonth: 3\n", with: "endMonth: 13\n")
            .replacingOccurrences(of: "number: 16\n", with: "number: sixteen\n")
        _ = try cli.write("broken.yaml", Data(text.utf8))

        let result = try cli.run(["load", "broken.yaml"])
        let export = try cli.run(["export", "-o", "after.yaml"])

        #expect(result.status != 0)
        #expect(result.stderr.contains("projects[15].number"))
        #expect(result.stderr.contains("broken.yaml:"))
        #expect(try cli.read("after.yaml") == cli.read("plan.yaml"), "nothing stored was lost or changed")
        #expect(export.status == 0)
    }

    @Test func tablesOfTheLoadedPlanHaveSixteenRows() throws {
        let cli = try CommandRunner()
        defer { cli.remove() }
        _ = try cli.run(["import", CommandRunner.referenceNotice.path, "-o", "plan.yaml"])
        _ = try cli.run(["load", "plan.yaml"])

        let csv = try cli.run(["table", "--format", "csv"])
        let docx = try cli.run(["table", "--format", "docx", "-o", "table.docx"])
        let xlsx = try cli.run(["table", "--format", "xlsx", "-o", "table.xlsx"])

        let lines = csv.output.split(separator: "\r\n")
        #expect(lines.count == 17, "a header and 16 projects")
        #expect(lines.last?.hasPrefix("16,") == true)
        #expect(docx.status == 0 && xlsx.status == 0)
        #expect(try cli.read("table.docx").starts(with: [0x50, 0x4B]))
        #expect(try cli.read("table.xlsx").starts(with: [0x50, 0x4B]))
    }

    @Test func withSeveralPlansTheTableAsksWhichOne() throws {
        let cli = try CommandRunner()
        defer { cli.remove() }
        _ = try cli.run(["import", CommandRunner.referenceNotice.path, "-o", "plan.yaml"])
        let text = String(decoding: try cli.read("plan.yaml"), as: UTF8.self)
            .replacingOccurrences(of: "title: 2019年武汉市民政改革工作实施方案", with: "title: 2020年武汉市民政改革工作实施方案")
        _ = try cli.write("plan2020.yaml", Data(text.utf8))
        _ = try cli.run(["load", "plan.yaml"])
        _ = try cli.run(["load", "plan2020.yaml"])

        let ambiguous = try cli.run(["table", "--format", "md"])
        let chosen = try cli.run(["table", "--format", "md", "--plan", "2"])
        let missing = try cli.run(["table", "--format", "md", "--plan", "9"])

        #expect(ambiguous.status != 0 && ambiguous.stderr.contains("--plan"))
        #expect(chosen.status == 0 && chosen.output.contains("|"))
        #expect(missing.status != 0 && missing.stderr.contains("没有编号为9的计划"))
    }
}

@Suite struct LoadMistakesTests {
    @Test func loadingTheNoticeItselfSaysToImportItFirst() throws {
        let cli = try CommandRunner()
        defer { cli.remove() }

        let result = try cli.run(["load", CommandRunner.referenceNotice.path])
        let plans = try cli.run(["plans"])

        #expect(result.status != 0)
        #expect(result.stderr.contains("luoshi import"))
        #expect(plans.output.contains("没有计划"), "nothing was stored")
    }
}
