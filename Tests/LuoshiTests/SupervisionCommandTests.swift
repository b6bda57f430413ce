import Foundation
import Testing

/// `luoshi bulletin`, `summary` and `assess` as a scheduled job would run
/// them: on a database with the demo plan loaded and no reports yet, so
/// every unit is named as not reported; the issued DOCX is exported twice
/// byte for byte; a bad scheme file is refused by line.
@Suite struct SupervisionCommandTests {
    static let plan = CommandRunner.packageRoot.appendingPathComponent("Sources/WebApp/DemoPlan/wuhan-2019-civil-affairs-reform.yaml").path

    @Test func aBulletinIsDraftedIssuedAndExportedTheSameTwice() throws {
        let cli = try CommandRunner()
        defer { cli.remove() }
        #expect(try cli.run(["load", Self.plan]).status == 0)

        let future = try cli.run(["bulletin", "draft", "--month", "2019-11", "--today", "2019-10-08"])
        let drafted = try cli.run(["bulletin", "draft", "--month", "2019-09", "--today", "2019-10-08"])
        let issued = try cli.run(["bulletin", "issue", "1", "--date", "2019-10-08"])
        let twice = try cli.run(["bulletin", "issue", "1", "--date", "2019-10-09"])
        let again = try cli.run(["bulletin", "draft", "--month", "2019-09", "--today", "2019-10-09"])
        let first = try cli.run(["bulletin", "export", "1"])
        let second = try cli.run(["bulletin", "export", "1"])
        let annex = try cli.run(["bulletin", "export", "1", "--format", "xlsx"])
        let listed = try cli.run(["bulletin", "list"])
        let badFormat = try cli.run(["bulletin", "export", "1", "--format", "pdf"])

        #expect(future.status != 0 && future.stderr.contains("还没有到来"))
        #expect(drafted.status == 0, "\(drafted.stderr)")
        #expect(drafted.output.contains("未报送：养老服务处"), "with no reports, every unit is named")
        #expect(issued.status == 0 && issued.output.contains("武民改办通报〔2019〕1号"))
        #expect(twice.status != 0 && twice.stderr.contains("不能再次印发"))
        #expect(again.status != 0 && again.stderr.contains("已印发"), "an issued month is corrected, not drafted again")
        #expect(first.status == 0 && first.stdout.starts(with: [0x50, 0x4B]) && first.stdout == second.stdout)
        #expect(annex.status == 0 && annex.stdout.starts(with: [0x50, 0x4B]))
        #expect(listed.output.hasPrefix("1\t2019-09\t已印发\t武民改办通报〔2019〕1号\t2019-10-08\t"))
        #expect(badFormat.status != 0 && badFormat.stderr.contains("docx、xlsx、json"))
    }

    @Test func theAssessmentRanksTheSchemeIsAdoptedByFileAndAWhatIfSaysWhoMoves() throws {
        let cli = try CommandRunner()
        defer { cli.remove() }
        #expect(try cli.run(["load", Self.plan]).status == 0)

        let scores = try cli.run(["assess", "score", "--as-of", "2019-09-30"])
        let unit = try cli.run(["assess", "score", "--as-of", "2019-09-30", "--unit", "养老服务处"])
        let scheme = try cli.run(["assess", "scheme"])
        let bad = try cli.write("bad.yaml", Data((scheme.output.replacingOccurrences(of: "weight: 20", with: "weight: 二十")).utf8))
        let refused = try cli.run(["assess", "adopt", bad, "--note", "试改"])
        let good = try cli.write("good.yaml", Data(scheme.output.utf8))
        let adopted = try cli.run(["assess", "adopt", good, "--note", "采用标准方案"])
        let whatIf = try cli.run(["assess", "whatif", "--as-of", "2019-09-30", "--set", "reports=5"])
        let unknown = try cli.run(["assess", "whatif", "--set", "nosuch=5"])

        #expect(scores.status == 0, "\(scores.stderr)")
        #expect(scores.output.contains("局机关处室和直属单位") && scores.output.contains("\t社会事务处\t"))
        #expect(unit.output.contains("养老服务处：第") && unit.output.contains("2019年9月进展报告"))
        #expect(scheme.output.contains("reportsOnTime"))
        #expect(refused.status != 0 && refused.stderr.contains("行"), "\(refused.stderr)")
        #expect(adopted.status == 0 && adopted.output.contains("第1版"))
        #expect(whatIf.status == 0 && !whatIf.output.isEmpty)
        #expect(unknown.status != 0 && unknown.stderr.contains("reports"))
    }
}
