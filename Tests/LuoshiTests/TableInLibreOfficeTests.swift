import Foundation
import Testing

/// The issue's own check, end to end: `luoshi load`, then `luoshi table` as DOCX
/// and XLSX, and LibreOffice opens both with all 16 projects. scripts/test
/// installs LibreOffice; without it the test says why it did not run.
@Suite struct TableInLibreOfficeTests {
    static let soffice = ["/usr/bin/soffice", "/usr/local/bin/soffice"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(.enabled(if: soffice != nil, "LibreOffice (soffice) is not installed; scripts/test installs it"))
    func loadedPlanTablesOpenInLibreOfficeWithSixteenProjects() throws {
        let cli = try CommandRunner()
        defer { cli.remove() }
        _ = try cli.run(["import", CommandRunner.referenceNotice.path, "-o", "plan.yaml"])
        _ = try cli.run(["load", "plan.yaml"])
        _ = try cli.run(["table", "--format", "docx", "-o", "table.docx"])
        _ = try cli.run(["table", "--format", "xlsx", "-o", "table.xlsx"])

        // 44,34,76: comma, double quote, UTF-8 (the default would be the locale's encoding).
        try convert(cli, "table.xlsx", to: "csv:Text - txt - csv (StarCalc):44,34,76,1")
        try convert(cli, "table.docx", to: "txt:Text (encoded):UTF8")

        let csv = String(decoding: try cli.read("table.csv"), as: UTF8.self)
        let text = String(decoding: try cli.read("table.txt"), as: UTF8.self)
        let projectRows = csv.split(separator: "\n").filter { line in (1...16).contains(Int(line.prefix { $0 != "," }) ?? 0) }
        #expect(projectRows.count == 16)
        for title in ["深化全国养老服务业综合改革试点", "推进“民有所呼、我必有应”改革", "推进困难群众“救急难”综合试点"] {
            #expect(csv.contains(title))
            #expect(text.contains(title))
        }
        #expect(text.contains("市应急管理局") && text.contains("社会救助处"))
    }

    private func convert(_ cli: CommandRunner, _ file: String, to filter: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.soffice!)
        // A profile of its own, so that parallel conversions do not share a lock.
        let profile = cli.folder.appendingPathComponent("lo-profile-\(file)")
        process.arguments = ["-env:UserInstallation=\(profile.absoluteString)", "--headless", "--norestore",
                             "--convert-to", filter, "--outdir", cli.folder.path, cli.folder.appendingPathComponent(file).path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.2) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "soffice converted \(file)")
    }
}
