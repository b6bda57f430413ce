import Foundation
import ReformPlan
import Testing
@testable import PlanStore

/// Every kind of change leaves its entry in the audit log, with no secret in it.
@Suite struct AuditCoverageTests {
    typealias F = WebFixture

    /// Makes one change of every audited kind; returns the actions in order.
    static func everyKindOfChange(_ store: PlanStore, planID: Int) async throws -> [String] {
        let account = try await store.createAccount(F.reporter, passwordHash: F.hash("secret-pw"), by: "admin", at: F.start)
        try await store.setPasswordHash(login: account.login, F.hash("new-pw"), by: "admin", at: F.start)
        let token = try await store.createAccessToken(accountID: account.id!, name: "t", tokenHash: "token-hash-xyz",
                                                      createdAt: F.start, expiresAt: F.at(minutes: 60))
        _ = try await store.revokeAccessToken(id: token.id, accountID: account.id!, at: F.start)
        var report = try await store.saveReport(F.september(), planID: planID, expectedVersion: 0, by: "yanglao", at: F.start)
        report.state = .submitted
        report = try await store.saveReport(report, planID: planID, expectedVersion: 1, by: "yanglao", at: F.start)
        _ = try await store.addAttachment(NewAttachment(reportID: report.id!, project: 1, fileName: "a.pdf",
                                                        mediaType: "application/pdf", size: 1, sha256: "00",
                                                        storageName: "s1"), by: "yanglao", at: F.start)
        var notice = try await store.issueNotice(F.notice(), planID: planID, by: "guihua", at: F.start)
        notice.state = .signed
        try await store.updateNotice(notice, by: "yanglao", at: F.start)
        _ = try await store.addComment(planID: planID, project: 1, text: "好", by: "wangfu", at: F.start)
        try await store.setSetting("reports.dueDay", "5", by: "admin", at: F.start)
        try await store.setDisabled(login: account.login, true, by: "admin", at: F.start)
        let line = try await store.saveBudgetLine(BudgetLine(project: 1, source: .cityFinance, amount: Money(fen: 100)),
                                                  planID: planID, expectedVersion: 0, by: "caiwu", at: F.start)
        _ = try await store.saveSpending(Spending(line: line.id!, date: Day(year: 2019, month: 6, day: 1), amount: Money(fen: 1),
                                                  description: "费"), planID: planID, expectedVersion: 0, by: "caiwu", at: F.start)
        return ["account.create", "account.password", "token.create", "token.revoke", "report.save", "report.submit",
                "attachment.add", "notice.issue", "notice.sign", "comment.add", "setting.set", "account.disable",
                "budget.line.add", "budget.spending.add"]
    }

    @Test(arguments: DatabaseKind.underTest)
    func everyChangeWritesOneEntryAndNoSecret(kind: DatabaseKind) async throws {
        try await F.withPlan(kind) { store, planID, _ in
            let actions = try await Self.everyKindOfChange(store, planID: planID)

            let entries = try await store.auditEntries()
            #expect(entries.reversed().map(\.action) == actions)
            #expect(entries.map(\.id) == Array((1...Int64(actions.count)).reversed()))
            for entry in entries {
                let text = [entry.before, entry.after].compactMap { $0 }.joined()
                #expect(!text.contains("secret-pw") && !text.contains("new-pw") && !text.contains("token-hash-xyz"))
                #expect(entry.after != nil)
            }
            #expect(entries.filter { $0.before != nil }.map(\.action) ==
                    ["account.disable", "notice.sign", "report.submit", "token.revoke"])
            #expect(try await store.verifyAuditLog() == AuditVerification(entries: actions.count))
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func entriesAreFilteredByPlanAndProjectAndPagedNewestFirst(kind: DatabaseKind) async throws {
        try await F.withPlan(kind) { store, planID, _ in
            for project in [1, 2, 1, 3, 1] {
                _ = try await store.addComment(planID: planID, project: project, text: "第\(project)项", by: "wangfu", at: F.start)
            }
            try await store.setSetting("k", "v", by: "admin", at: F.start)

            #expect(try await store.auditEntries().map(\.id) == [6, 5, 4, 3, 2, 1])
            #expect(try await store.auditEntries(planID: planID).map(\.id) == [5, 4, 3, 2, 1])
            #expect(try await store.auditEntries(planID: planID, project: 1).map(\.id) == [5, 3, 1])
            #expect(try await store.auditEntries(planID: planID, project: 1, limit: 2).map(\.id) == [5, 3])
            #expect(try await store.auditEntries(planID: planID, project: 1, limit: 2, before: 3).map(\.id) == [1])
            #expect(try await store.auditEntries(planID: planID + 1).isEmpty)
            let entry = try #require(try await store.auditEntries(limit: 1).first)
            #expect(entry.at == F.start && entry.actor == "admin" && entry.entity == "setting" && entry.planID == nil)
            let previous = try await store.auditEntries(limit: 1, before: 6).first
            #expect(entry.hash.count == 64 && entry.prevHash == previous?.hash)
        }
    }

}
