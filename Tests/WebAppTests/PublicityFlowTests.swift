import Foundation
import HummingbirdTesting
import OfficeTables
import PlanStore
import ReformPlan
import Testing
@testable import WebApp

/// Publicity pieces (六(四)) through the pages: a unit sends one, the policy
/// office adopts it and says where, the quarter's adopted list goes out as
/// XLSX, and the adoption counts in the unit's assessment. On both databases.
@Suite struct PublicityFlowTests {
    @Test(arguments: DatabaseKind.underTest)
    func aUnitSendsAPieceThePolicyOfficeAdoptsItAndItCountsInTheAssessment(_ kind: DatabaseKind) async throws {
        try await TestApp.run(kind) { app, client in
            var jiuzhu = try await Visitor.signedIn("jiuzhu", client)
            _ = try await jiuzhu.get("/publicity")
            let empty = try await jiuzhu.post("/publicity", ["title": "", "text": "太短"])
            let sent = try await jiuzhu.post("/publicity", ["title": "支出型贫困救助办法形成初稿",
                                                             "text": "社会救助处在广泛调研基础上形成《武汉市支出型贫困家庭救助实施办法》初稿，并完成风险评估。"])
            let id = try #require(sent.location?.split(separator: "/").last.flatMap { Int64($0) })
            var yanglao = try await Visitor.signedIn("yanglao", client)
            let foreign = try await yanglao.get("/publicity/\(id)")
            let ownList = try await yanglao.get("/publicity")
            var zhengce = try await Visitor.signedIn("zhengce", client)
            let queue = try await zhengce.get("/publicity/\(id)")
            let noOutlet = try await zhengce.post("/publicity/\(id)/decide", ["state": "adopted", "version": "1"])
            let noReason = try await zhengce.post("/publicity/\(id)/decide", ["state": "returned", "version": "1"])
            let adopted = try await zhengce.post("/publicity/\(id)/decide", ["state": "adopted", "outlet": "provincial",
                                                                             "outletName": "《湖北民政》2019年第9期", "version": "1"])
            let again = try await zhengce.post("/publicity/\(id)/decide", ["state": "filed", "note": "重复", "version": "2"])
            let list = try await zhengce.get("/publicity")
            // Decided in the session's day, 2019-09-30: the third quarter's list.
            let xlsx = try await zhengce.getData("/publicity/adopted.xlsx?q=3")
            let badQuarter = try await zhengce.get("/publicity/adopted.xlsx?q=5")
            let unitExport = try await yanglao.get("/publicity/adopted.xlsx?q=1")
            var guihua = try await Visitor.signedIn("guihua", client)
            let score = try await guihua.get(AssessmentView.path("社会救助处"))

            #expect(empty.status == .unprocessableContent && empty.body.contains("请填写稿件标题") && empty.body.contains("至少20字"))
            #expect(empty.body.contains("太短"), "what was typed comes back")
            #expect(sent.status == .seeOther)
            #expect(foreign.status == .forbidden, "another unit's piece")
            #expect(!ownList.body.contains("支出型贫困救助办法形成初稿"))
            #expect(queue.body.contains("name=\"state\""), "the office decides")
            #expect(noOutlet.status == .unprocessableContent && noOutlet.body.contains("采用级别"))
            #expect(noReason.status == .unprocessableContent && noReason.body.contains("理由"))
            #expect(adopted.status == .seeOther && again.status == .conflict)
            #expect(list.body.contains("社会救助处") && list.body.contains("省级媒体或简报"))
            let sheet = try #require(try Workbook.read(xlsx).sheets.first)
            let rows = (1...max(1, sheet.rowCount)).map { sheet.resolvedRow($0).map(\.text) }
            #expect(rows.contains { $0.contains("支出型贫困救助办法形成初稿") && $0.contains("《湖北民政》2019年第9期") },
                    "the adopted piece is on this quarter's list")
            #expect(badQuarter.status == .badRequest && unitExport.status == .forbidden)
            #expect(score.body.contains("《支出型贫困救助办法形成初稿》"), "the adoption is evidence in the assessment")
            #expect(score.body.contains("href=\"/publicity/\(id)\""))
            let actions = try await app.store.auditEntries().filter { $0.entity == "publicity" }.map(\.action)
            #expect(actions == ["publicity.decide", "publicity.submit"])
        }
    }
}
