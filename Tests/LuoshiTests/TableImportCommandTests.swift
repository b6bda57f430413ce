import Foundation
import NoticeImport
import ReformPlan
import Testing

/// `luoshi table` writes the responsibility table; `luoshi import` reads it back.
@Suite struct TableImportCommandTests {
    @Test(arguments: ["docx", "xlsx"])
    func theTableOfTheLoadedReferencePlanImportsBackToItsProjects(format: String) throws {
        let cli = try CommandRunner()
        defer { cli.remove() }
        _ = try cli.run(["import", CommandRunner.referenceNotice.path, "-o", "plan.yaml"])
        _ = try cli.run(["load", "plan.yaml"])
        _ = try cli.run(["table", "--format", format, "-o", "table.\(format)"])
        // The extension does not decide: the content does.
        _ = try cli.write("table.bin", try cli.read("table.\(format)"))

        let result = try cli.run(["import", "table.bin", "-o", "back.yaml"])

        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("16个项目"))
        let original = try PlanFile.decode(try cli.read("plan.yaml"))
        let back = try PlanFile.decode(try cli.read("back.yaml"))
        #expect(back.projects.map(\.title) == original.projects.map(\.title))
        #expect(back.projects.map(\.responsibility) == original.projects.map(\.responsibility))
        #expect(back.projects.map(\.category) == original.projects.map(\.category))
        #expect(back.projects.map(\.deadline) == original.projects.map(\.deadline))
        #expect(back.phases.map(\.title) == original.phases.map(\.title))
        #expect(back.notice.issuer == original.notice.issuer && back.notice.issuedDate == original.notice.issuedDate)
    }

    @Test func aDamagedTableIsRefusedWithAMessageAndNonZeroExit() throws {
        let cli = try CommandRunner()
        defer { cli.remove() }
        let broken = try cli.write("broken.xlsx", Data([0x50, 0x4B, 0x03, 0x04]) + Data(repeating: 0, count: 64))

        let result = try cli.run(["import", broken])

        #expect(result.status != 0 && result.stdout.isEmpty)
        #expect(result.stderr.contains("broken.xlsx: 文件不是DOCX或XLSX"))
    }
}
