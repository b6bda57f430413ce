import Foundation
import Testing

@Suite struct ImportCommandTests {
    @Test func referenceNoticeImportsAsJSONWithFindingsOnStandardError() throws {
        let cli = try CommandRunner()
        defer { cli.remove() }

        let result = try cli.run(["import", CommandRunner.referenceNotice.path, "--format", "json"])

        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        #expect(Set(json.keys).isSuperset(of: ["plan", "projects", "tasks", "indicators", "phases", "findings"]))
        #expect((json["projects"] as? [Any])?.count == 16)
        #expect((json["phases"] as? [Any])?.count == 17)
        #expect(result.stderr.contains(":57:"), "the (5项)/7 finding names line 57 on stderr")
        #expect(result.stderr.contains("标明5项"))
        #expect(result.stderr.contains("16个项目"))
    }

    @Test func emptyBinaryAndMissingFilesAreRefusedWithAMessageAndNonZeroExit() throws {
        let cli = try CommandRunner()
        defer { cli.remove() }
        let empty = try cli.write("empty.txt", Data())
        let binary = try cli.write("image.png", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]))

        let results = try [empty, binary, "missing.txt"].map { try cli.run(["import", $0]) }

        #expect(results.allSatisfy { $0.status != 0 && $0.stdout.isEmpty })
        #expect(results[0].stderr.contains("文件为空"))
        #expect(results[1].stderr.contains("不是文本"))
        #expect(results[2].stderr.contains("找不到文件"))
        #expect(!results.contains { $0.stderr.contains("Fatal error") || $0.stderr.contains("Stack") })
    }

    @Test func aNoticeWithoutItemsSaysSo() throws {
        let cli = try CommandRunner()
        defer { cli.remove() }
        let prose = try cli.write("prose.txt", Data("关于做好春节期间安全工作的通知\n各单位：\n请认真做好安全工作。\n".utf8))

        let result = try cli.run(["import", prose])

        #expect(result.status != 0)
        #expect(result.stderr.contains("未找到任何改革项目"))
    }
}

@Suite struct DemoPlanTests {
    /// The demo loads a plan file kept with the program; it must be what the
    /// importer makes of the published notice today, not a hand-edited copy.
    @Test func theDemoPlanFileIsTheImportOfTheReferenceNotice() throws {
        let cli = try CommandRunner()
        defer { cli.remove() }

        let result = try cli.run(["import", CommandRunner.referenceNotice.path])
        let kept = try Data(contentsOf: CommandRunner.packageRoot.appendingPathComponent("Sources/WebApp/DemoPlan/wuhan-2019-civil-affairs-reform.yaml"))

        #expect(result.status == 0)
        #expect(result.stdout == kept, "regenerate it with: luoshi import ../shared/plans/wuhan-2019-civil-affairs-reform.txt -o Sources/WebApp/DemoPlan/wuhan-2019-civil-affairs-reform.yaml")
    }

    @Test func demoLoadsTheMarkedDemoPlanOnceAndWritesFourTables() throws {
        let cli = try CommandRunner()
        defer { cli.remove() }

        let first = try cli.run(["demo"])
        let second = try cli.run(["demo"])

        #expect(first.status == 0)
        #expect(first.output.contains("演示数据"))
        #expect(first.output.contains("新建") && second.output.contains("无变化"))
        for ext in ["docx", "xlsx", "csv", "md"] {
            #expect(FileManager.default.fileExists(atPath: cli.folder.appendingPathComponent("out/责任分解表.\(ext)").path))
        }
    }
}
