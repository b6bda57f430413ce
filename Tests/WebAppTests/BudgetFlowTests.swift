import Foundation
import HummingbirdTesting
import PlanStore
import ReformPlan
import Testing
@testable import WebApp

@Suite struct BudgetFlowTests {
    static let pdf = Data("%PDF-1.4\n发票\n%%EOF\n".utf8)

    static func line(_ amount: String = "3.5", unit: String = "tenThousandYuan", source: String = "cityFinance",
                     version: Int = 0, id: Int64? = nil) -> [String: String] {
        ["source": source, "amount": amount, "unit": unit, "note": "运营补贴", "version": String(version), "id": id.map(String.init) ?? ""]
    }

    @Test(arguments: DatabaseKind.underTest)
    func financeKeepsABudgetAndItsExecutionShowsBesideProgress(_ kind: DatabaseKind) async throws {
        try await TestApp.run(kind) { app, client in
            var finance = try await Visitor.signedIn("caiwu", client)
            let empty = try await finance.get("/projects/1/budget")
            #expect(empty.status == .ok)
            #expect(empty.body.contains("添加预算项"))

            let added = try await finance.post("/projects/1/budget/lines", Self.line())
            #expect(added.status == .seeOther)
            let line = try #require(try await app.store.budget(planID: app.planID, project: 1).lines.first)
            #expect(line.amount == Money(fen: 3_500_000))
            _ = try await finance.get("/projects/1/budget")
            let spent = try await finance.postMultipart("/projects/1/budget/spending",
                ["line": String(line.id!), "date": "2019-06-18", "amount": "15,960", "unit": "yuan", "description": "培训费", "version": "0"],
                files: [("voucher", "发票.pdf", Self.pdf)])
            #expect(spent.status == .seeOther, "\(spent.body)")

            let budget = try await app.store.budget(planID: app.planID, project: 1)
            #expect(budget.spending.first?.amount == Money(fen: 1_596_000))
            let voucherID = try #require(budget.spending.first?.id)
            let page = try await finance.get("/projects/1/budget")
            #expect(page.body.contains("45.6%") && page.body.contains("35,000.00") && page.body.contains("15,960.00"))
            #expect(page.body.contains("/vouchers/\(voucherID)"))

            var viewer = try await Visitor.signedIn("viewer", client)
            let project = try await viewer.get("/projects/1")
            #expect(project.body.contains("预算执行率") && project.body.contains("45.6%"))
            let dashboard = try await viewer.get("/")
            #expect(dashboard.body.contains("<th>预算执行率</th>") && dashboard.body.contains("45.6%"))
            #expect(dashboard.body.contains("无预算"), "projects without a budget say so")
            let voucher = try await viewer.get("/vouchers/\(voucherID)")
            #expect(voucher.status == .ok && voucher.body.hasPrefix("%PDF-"))
            #expect(!(try await viewer.get("/projects/1/budget")).body.contains("添加预算项"), "a viewer gets no forms")

            let xlsx = try await viewer.get("/projects/1/budget.xlsx")
            #expect(xlsx.status == .ok)
            #expect(xlsx.headers[.contentType] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func onlyFinanceAndTheSupervisorMayEditAndNothingIsStoredForOthers(_ kind: DatabaseKind) async throws {
        try await TestApp.run(kind) { app, client in
            for login in ["yanglao", "leader", "viewer", "admin"] {
                var visitor = try await Visitor.signedIn(login, client)
                _ = try await visitor.get("/projects/1/budget")
                let refused = try await visitor.post("/projects/1/budget/lines", Self.line())
                #expect(refused.status == .forbidden, "\(login)")
                #expect(refused.body.contains("您没有权限编辑项目经费（仅局财务处和督办人员可以）"), "\(login)")
            }
            var supervisor = try await Visitor.signedIn("guihua", client)
            _ = try await supervisor.get("/projects/2/budget")
            #expect(try await supervisor.post("/projects/2/budget/lines", Self.line("800", unit: "yuan")).status == .seeOther)
            var noToken = try await Visitor.signedIn("caiwu", client)
            _ = try await noToken.get("/projects/1/budget")
            let forged = try await noToken.post("/projects/1/budget/lines", Self.line(), csrf: false)
            #expect(forged.status == .forbidden)
            #expect(forged.body.contains("表单已过期或来源不明"))

            let budgets = try await app.store.budgets(planID: app.planID)
            #expect(budgets.keys.sorted() == [2])
            #expect(budgets[2]?.lines.first?.amount == Money(fen: 80_000))
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func aRefusedFormNamesTheFieldAndKeepsWhatWasTyped(_ kind: DatabaseKind) async throws {
        try await TestApp.run(kind) { app, client in
            var finance = try await Visitor.signedIn("caiwu", client)
            _ = try await finance.get("/projects/1/budget")
            let garbage = try await finance.post("/projects/1/budget/lines", Self.line("12,34元x").merging(["note": "留着这段说明"]) { $1 })
            #expect(garbage.status == .unprocessableContent)
            #expect(garbage.body.contains("金额（万元）：“12,34元x”不是金额"))
            #expect(garbage.body.contains("value=\"12,34元x\"") && garbage.body.contains("value=\"留着这段说明\""))
            #expect(garbage.body.contains("aria-invalid=\"true\""))
            let negative = try await finance.post("/projects/1/budget/lines", Self.line("-3"))
            #expect(negative.body.contains("金额不能为负数"))
            let fen = try await finance.post("/projects/1/budget/lines", Self.line("1.005", unit: "yuan"))
            #expect(fen.body.contains("以元为单位时最多2位小数"))
            #expect(try await app.store.budget(planID: app.planID, project: 1).isEmpty)

            #expect(try await finance.post("/projects/1/budget/lines", Self.line("100", unit: "yuan")).status == .seeOther)
            let line = try #require(try await app.store.budget(planID: app.planID, project: 1).lines.first)
            _ = try await finance.get("/projects/1/budget")
            let future = try await finance.postMultipart("/projects/1/budget/spending",
                ["line": String(line.id!), "date": "2019-10-08", "amount": "5", "unit": "yuan", "description": "", "version": "0"],
                files: [("voucher", "假发票.pdf", Data("MZ not a pdf".utf8))])
            #expect(future.status == .unprocessableContent)
            #expect(future.body.contains("支出日期：2019-10-08晚于统计日期2019-09-30"))
            #expect(future.body.contains("摘要：不能为空"))
            #expect(future.body.contains("附件“假发票.pdf”不是PDF"))
            #expect(future.body.contains("value=\"2019-10-08\""))
            #expect(try await app.store.budget(planID: app.planID, project: 1).spending.isEmpty)
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func theSecondOfTwoEditorsSeesAConflictWithTheirTextKept(_ kind: DatabaseKind) async throws {
        try await TestApp.run(kind) { app, client in
            let line = try await app.store.saveBudgetLine(BudgetLine(project: 1, source: .cityFinance, amount: Money(fen: 100)),
                                                          planID: app.planID, expectedVersion: 0, by: "caiwu", at: Date())
            var finance = try await Visitor.signedIn("caiwu", client)
            var supervisor = try await Visitor.signedIn("guihua", client)
            _ = try await finance.get("/projects/1/budget?editLine=\(line.id!)")
            let form = try await supervisor.get("/projects/1/budget?editLine=\(line.id!)")
            #expect(form.body.contains("修改预算项") && form.body.contains("value=\"1.00\""))

            #expect(try await finance.post("/projects/1/budget/lines", Self.line("200", unit: "yuan", version: 1, id: line.id)).status == .seeOther)
            let late = try await supervisor.post("/projects/1/budget/lines", Self.line("300", unit: "yuan", version: 1, id: line.id))

            #expect(late.status == .conflict)
            #expect(late.body.contains("已被他人修改或删除（现为第2版）"))
            #expect(late.body.contains("value=\"300\""))
            #expect(try await app.store.budget(planID: app.planID, project: 1).lines.first?.amount == Money(fen: 20_000))
            let removeStale = try await supervisor.post("/projects/1/budget/lines/\(line.id!)/delete", ["version": "1"])
            #expect(removeStale.status == .conflict)
            #expect(try await supervisor.post("/projects/1/budget/lines", Self.line("300", unit: "yuan", version: 2, id: line.id)).status == .seeOther)
            #expect(try await app.store.budget(planID: app.planID, project: 1).lines.first?.amount == Money(fen: 30_000))

            // A stale spending edit with a voucher: refused, and its file not left behind.
            let entry = try await app.store.saveSpending(Spending(line: line.id!, date: Day(year: 2019, month: 6, day: 1), amount: Money(fen: 5),
                                                                  description: "会务费"), planID: app.planID, expectedVersion: 0, by: "caiwu", at: Date())
            _ = try await finance.get("/projects/1/budget?editSpending=\(entry.id!)")
            let stale = try await finance.postMultipart("/projects/1/budget/spending",
                ["id": String(entry.id!), "line": String(line.id!), "date": "2019-06-01", "amount": "6", "unit": "yuan",
                 "description": "会务费（更正）", "version": "0"], files: [("voucher", "发票.pdf", Self.pdf)])
            #expect(stale.status == .conflict)
            #expect(stale.body.contains("value=\"会务费（更正）\""))
            let files = (try? FileManager.default.contentsOfDirectory(atPath: app.settings.attachmentsDirectory)) ?? []
            #expect(files.isEmpty, "no voucher file without a record: \(files)")
            let gone = try await finance.post("/projects/1/budget/spending/999/delete", ["version": "1"])
            #expect(gone.status == .notFound && gone.body.contains("找不到该支出记录（编号999），可能已被删除。"))
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func theAPIGivesTheBudgetWithExactAmounts(_ kind: DatabaseKind) async throws {
        try await TestApp.run(kind) { app, client in
            let line = try await app.store.saveBudgetLine(BudgetLine(project: 3, source: .specialFund, amount: Money(fen: 30)),
                                                          planID: app.planID, expectedVersion: 0, by: "caiwu", at: Date())
            for fen: Int64 in [10, 20] {
                _ = try await app.store.saveSpending(Spending(line: line.id!, date: Day(year: 2019, month: 5, day: 1), amount: Money(fen: fen),
                                                              description: "费"), planID: app.planID, expectedVersion: 0, by: "caiwu", at: Date())
            }
            let api = try await APIClient.signedIn("viewer", app, client)

            let answer = try await api.get("/api/v1/projects/3/budget")

            #expect(answer.status == .ok)
            let total = try #require(answer["total"] as? [String: Any])
            #expect(total["budgeted"] as? String == "0.30" && total["spent"] as? String == "0.30")
            #expect(total["executionPermille"] as? Int == 1000 && total["overspent"] as? Bool == false)
            #expect((answer["lines"] as? [[String: Any]])?.first?["source"] as? String == "specialFund")
            #expect((answer["spending"] as? [[String: Any]])?.map { $0["amount"] as? String } == ["0.10", "0.20"])
            let none = try await api.get("/api/v1/projects/4/budget")
            #expect(none.status == .ok && (none["lines"] as? [Any])?.isEmpty == true)
            #expect(try await api.get("/api/v1/projects/99/budget").status == .notFound)
        }
    }

    @Test func theDemoYearHasBudgetsWithAnOverspentLineMarkedAsDemo() async throws {
        try await TestApp.run(demoYear: true) { app, client in
            let budgets = try await app.store.budgets(planID: app.planID)
            #expect(budgets.keys.sorted() == [1, 2, 3, 4])
            #expect(budgets.values.flatMap(\.spending).allSatisfy { $0.description.hasPrefix("【演示】") && $0.date <= TestApp.asOf })
            #expect(budgets.values.flatMap(\.lines).allSatisfy { $0.note.hasPrefix("【演示】") })
            #expect(BudgetExecution(try #require(budgets[2])).overspentLines.map(\.source) == [.districtFinance])

            var leader = try await Visitor.signedIn("leader", client)
            let page = try await leader.get("/projects/2/budget")
            #expect(page.status == .ok && page.body.contains("超支") && page.body.contains("演示数据"))
            let dashboard = try await leader.get("/")
            let rate = BudgetExecution(try #require(budgets[1])).total.percentText
            #expect(dashboard.body.contains(rate))
        }
    }
}
