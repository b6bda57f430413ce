import Foundation
import HTTPTypes
import HummingbirdTesting
import PlanStore
import ReformPlan
import Testing
@testable import WebApp

/// The role × operation table through the API: for every role and every
/// operation the API offers, one call that needs exactly that permission,
/// answered as `Access.allows` says — the same walk `AccessMatrixTests` makes
/// through the pages, on the same targets.
@Suite struct APIAccessTests {
    struct Probe {
        var method: HTTPRequest.Method
        var path: String
        var body: Any?
        var units: [String] = []
    }

    /// A draft of 养老服务处 ready to submit (every project has its progress).
    static func submittableDraft(_ app: TestApp) async throws -> Int64 {
        let sections = [1, 10, 12].map { ProjectProgress(project: $0, completion: 40, progress: "已推进") }
        let report = ProgressReport(unit: "养老服务处", month: ReportMonth(year: 2019, month: 7), sections: sections)
        return try #require(try await app.store.saveReport(report, planID: app.planID, expectedVersion: 0, by: "test", at: Date()).id)
    }

    /// The API's call for `operation`; nil where the API has none (comments,
    /// import, audit, settings and tokens are pages only).
    static func probe(_ operation: ReformPlan.Operation, _ t: AccessMatrixTests.Targets, draft: Int64) -> Probe? {
        let eldercare = ["养老服务处"]
        switch operation {
        case .readPlan: return Probe(method: .get, path: "/api/v1/projects/1")
        case .readSubmittedReport: return Probe(method: .get, path: "/api/v1/reports/\(t.acceptedReport)", units: ["社会救助处"])
        case .readDraftReport: return Probe(method: .get, path: "/api/v1/reports/\(t.draftReport)", units: ["社会事务处"])
        case .editReport:
            return Probe(method: .put, path: APIClient.eldercareReport,
                         body: ["version": 0, "sections": [APIClient.section(1)]], units: eldercare)
        case .submitReport: return Probe(method: .post, path: "/api/v1/reports/\(draft)/submit", units: eldercare)
        case .reviewReport:
            return Probe(method: .post, path: "/api/v1/reports/\(t.submittedReport)/review", body: ["action": "accept"], units: eldercare)
        case .readNotice: return Probe(method: .get, path: "/api/v1/notices/\(t.notices[0])")
        case .issueNotice:
            return Probe(method: .post, path: "/api/v1/notices",
                         body: ["project": 1, "unit": "养老服务处", "reason": "进度滞后", "replyDue": "2019-10-15"])
        case .signNotice: return Probe(method: .post, path: "/api/v1/notices/\(t.notices[0])/sign", units: eldercare)
        case .replyNotice: return Probe(method: .post, path: "/api/v1/notices/\(t.notices[1])/reply", body: ["text": "已整改"], units: eldercare)
        case .closeNotice: return Probe(method: .post, path: "/api/v1/notices/\(t.notices[2])/close", units: eldercare)
        case .escalateNotice: return Probe(method: .post, path: "/api/v1/notices/\(t.notices[3])/escalate", units: eldercare)
        case .manageAccounts: return Probe(method: .get, path: "/api/v1/accounts")
        case .readBudget: return Probe(method: .get, path: "/api/v1/projects/1/budget")
        case .comment, .importPlan, .readAudit, .manageSettings, .manageOwnTokens, .editBudget, .editTargets, .enterValues, .editSubPlan,
             .readDocuments, .readDraftDocuments, .draftDocuments, .readAssessment, .runAssessment, .fileObjection,
             .readPublicity, .submitPublicity, .decidePublicity, .readMessages, .manageChannels,
             .escalate, .setEscalationRules, .runMeetings, .reportAction: return nil
        case .readLadder: return Probe(method: .get, path: "/api/v1/ladder")
        }
    }

    @Test(arguments: TestApp.accounts.map(\.login))
    func everyOperationAnswersAsTheTableSays(_ login: String) async throws {
        let account = try #require(TestApp.accounts.first { $0.login == login })
        try await TestApp.run { app, client in
            let targets = try await AccessMatrixTests.targets(app)
            let draft = try await Self.submittableDraft(app)
            let api = try await APIClient.signedIn(login, app, client)
            var probed = 0
            for operation in ReformPlan.Operation.allCases {
                guard let probe = Self.probe(operation, targets, draft: draft) else { continue }
                probed += 1
                let allowed = Access.allows(account, operation, units: probe.units)
                let answer = try await api.send(probe.method, probe.path, json: probe.body)
                if allowed {
                    #expect(answer.status.code < 300,
                            "\(login) (\(account.role)) should be allowed \(operation) at \(probe.path), got \(answer.status): \(answer.body)")
                } else {
                    #expect(answer.status == .forbidden,
                            "\(login) (\(account.role)) should be refused \(operation) at \(probe.path), got \(answer.status)")
                    #expect(answer.isErrorBody)
                }
            }
            #expect(probed == 15)
        }
    }

    @Test func anonymousCallersAreAnsweredUnauthorized() async throws {
        try await TestApp.run { app, client in
            let targets = try await AccessMatrixTests.targets(app)
            let anonymous = APIClient(client, token: nil)
            for operation in ReformPlan.Operation.allCases {
                guard let probe = Self.probe(operation, targets, draft: 1) else { continue }
                let answer = try await anonymous.send(probe.method, probe.path, json: probe.body)
                #expect(answer.status == .unauthorized, "\(probe.method) \(probe.path): \(answer.status)")
                #expect(answer.isErrorBody)
            }
            #expect(try await app.store.reports(planID: app.planID, month: ReportMonth(year: 2019, month: 9), unit: "养老服务处").isEmpty)
        }
    }

    @Test func nobodyReviewsTheirOwnUnitAndReportersStayInTheirProjects() async throws {
        try await TestApp.run { app, client in
            let targets = try await AccessMatrixTests.targets(app)
            let hash = try await Passwords.hash(TestApp.password)
            _ = try await app.store.createAccount(Account(login: "yanglao.dc", displayName: "养老服务处督办", role: .supervisor, unit: "养老服务处"),
                                                  passwordHash: hash, by: "test", at: Date())
            let ownUnit = try await APIClient.signedIn("yanglao.dc", app, client)
            let review = try await ownUnit.post("/api/v1/reports/\(targets.submittedReport)/review", ["action": "accept"])
            #expect(review.status == .forbidden, "a supervisor of 养老服务处 reviews another office's reports only")
            let other = try await ownUnit.post("/api/v1/reports/\(targets.acceptedReport)/review", ["action": "accept"])
            #expect(other.status == .conflict, "allowed to review 社会救助处's, but it is accepted already")

            let reporter = try await APIClient.signedIn("yanglao", app, client)
            let foreign = try await reporter.put(APIClient.eldercareReport, ["version": 0, "sections": [APIClient.section(1), APIClient.section(4)]])
            #expect(foreign.status == .forbidden)
            #expect(foreign.field == "sections.1.project")
            #expect((foreign["message"] as? String)?.contains("不负责项目4") == true)
            let otherUnit = try await reporter.put("/api/v1/units/社会救助处/reports/2019-09", ["version": 0, "sections": [APIClient.section(4)]])
            #expect(otherUnit.status == .forbidden)
            #expect(try await app.store.reports(planID: app.planID, month: ReportMonth(year: 2019, month: 9)).filter { $0.unit != "社会事务处" }.isEmpty)

            // Another unit's draft is not for a reporter's eyes, in a list either.
            let jiuzhu = try await APIClient.signedIn("jiuzhu", app, client)
            #expect(try await jiuzhu.get("/api/v1/reports/\(targets.draftReport)").status == .forbidden)
            let visible = try await jiuzhu.get("/api/v1/reports?perPage=100").items
            #expect(!visible.contains { $0["state"] as? String == "draft" })
            let supervisorSees = try await APIClient.signedIn("guihua", app, client).get("/api/v1/reports?perPage=100").items
            #expect(supervisorSees.contains { $0["state"] as? String == "draft" })

            // A disabled account's tokens stop working at once.
            let viewer = try await APIClient.signedIn("viewer", app, client)
            #expect(try await viewer.get("/api/v1/me").status == .ok)
            try await app.store.setDisabled(login: "viewer", true, by: "test", at: Date())
            #expect(try await viewer.get("/api/v1/me").status == .unauthorized)
        }
    }
}
