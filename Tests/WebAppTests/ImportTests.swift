import Foundation
import HummingbirdTesting
import PlanStore
import NoticeImport
import ReformPlan
import Testing
@testable import WebApp

@Suite struct ImportTests {
    static var referenceNotice: Data {
        get throws {
            let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            return try Data(contentsOf: root.deletingLastPathComponent().appendingPathComponent("shared/plans/wuhan-2019-civil-affairs-reform.txt"))
        }
    }

    @Test func aNoticeInGB18030IsPreviewedWithItsFindingsAndLoaded() async throws {
        try await TestApp.run { app, client in
            var supervisor = try await Visitor.signedIn("guihua", client)
            let text = String(decoding: try Self.referenceNotice, as: UTF8.self)
            let gb18030 = try #require(text.data(using: String.Encoding(rawValue: 0x8000_0632)))
            let preview = try await supervisor.postMultipart("/import", [:], files: [("notice", "方案.txt", gb18030)])
            #expect(preview.status == .ok)
            #expect(preview.body.contains("标明5项，实际列出7项"), "the (5项) group that lists seven")
            #expect(preview.body.contains("class=\"flagged"), "finding lines are highlighted in the source")
            #expect(preview.body.contains("name=\"plan\""))
            // Correct the plan file: rename project 13, then confirm.
            let planText = try #require(Self.textarea(named: "plan", in: preview.body))
            let corrected = planText.replacingOccurrences(of: "深化婚姻登记改革试点", with: "深化婚姻登记改革试点（已更正）")
            let done = try await supervisor.post("/import/confirm", ["plan": corrected])
            #expect(done.status == .ok)
            #expect(done.body.contains("updated"), "the demo plan was already loaded: this is a new revision")
            let plan = try #require(try await app.store.plan(id: app.planID))
            #expect(plan.projects.first { $0.number == 13 }?.title == "深化婚姻登记改革试点（已更正）")
        }
    }

    @Test func mistakesAreShownWithTheirPlaceAndNothingIsLoaded() async throws {
        try await TestApp.run { app, client in
            var supervisor = try await Visitor.signedIn("guihua", client)
            let binary = try await supervisor.postMultipart("/import", [:], files: [("notice", "照片.txt", Data([0xFF, 0xD8, 0xFF, 0x00, 0x81, 0xFE]))])
            #expect(binary.status == .unprocessableContent)
            #expect(binary.body.contains("文件不是文本"))
            let nothing = try await supervisor.postMultipart("/import", [:], files: [])
            #expect(nothing.body.contains("请选择要导入的通知文件"))
            let text = String(decoding: try PlanFile.encode(try DemoPlan.load(), as: .yaml), as: UTF8.self)
            let broken = text.replacingOccurrences(of: "- number: 13\n", with: "- number: 十三\n")
            #expect(broken != text)
            let line = broken.components(separatedBy: "\n").firstIndex { $0.contains("number: 十三") }.map { $0 + 1 }
            let refused = try await supervisor.post("/import/confirm", ["plan": broken])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.body.contains("第\(line ?? 0)行"), "the line of the mistake")
            #expect(refused.body.contains("projects[12].number"), "the field path")
            #expect(refused.body.contains("number: 十三"), "the text is kept for correcting")
            #expect(try await app.store.revisions(planID: app.planID).count == 1)
            var reporter = try await Visitor.signedIn("yanglao", client)
            #expect(try await reporter.get("/import").status == .forbidden)
        }
    }

    static func textarea(named name: String, in html: String) -> String? {
        guard let start = html.range(of: "name=\"\(name)\""), let open = html[start.upperBound...].firstIndex(of: ">"),
              let close = html[open...].range(of: "</textarea>") else { return nil }
        let escaped = String(html[html.index(after: open)..<close.lowerBound])
        return escaped.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}

@Suite struct AuditTests {
    @Test(arguments: DatabaseKind.underTest)
    func changesAreLoggedAndTheChainHolds(_ kind: DatabaseKind) async throws {
        try await TestApp.run(kind) { app, client in
            var reporter = try await Visitor.signedIn("yanglao", client)
            _ = try await reporter.post("/report", ReportFlowTests.filled("save"))
            let entries = try await app.store.auditEntries(planID: app.planID)
            let save = try #require(entries.first { $0.action.hasPrefix("report.") })
            #expect(save.actor == "yanglao")
            #expect(save.after?.contains("项目1本月完成调研") == true)
            var supervisor = try await Visitor.signedIn("guihua", client)
            let page = try await supervisor.get("/audit")
            #expect(page.body.contains("链式校验通过"))
            #expect(page.body.contains("yanglao"))
            var viewer = try await Visitor.signedIn("viewer", client)
            #expect(try await viewer.get("/audit").status == .forbidden)
            #expect(try await app.store.verifyAuditLog().firstBrokenID == nil)
        }
    }
}

@Suite struct CatalogueTests {
    /// Every `{{t.key}}` a template uses exists in both languages.
    @Test func everyTemplateStringIsInTheCatalogue() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/WebApp/Templates")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".mustache") }
        #expect(files.count >= 15)
        var used = Set<String>()
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            var rest = text[...]
            while let range = rest.range(of: "{{t.") {
                let after = rest[range.upperBound...]
                let key = after.prefix { $0 != "}" }
                used.insert(String(key))
                rest = after
            }
        }
        for key in used.sorted() {
            let entry = Catalogue.all[key]
            #expect(entry != nil, "\(key) is used but not in the catalogue")
            #expect(entry.map { !$0.zh.isEmpty && !$0.en.isEmpty } ?? true, "\(key) lacks a language")
        }
    }
}
