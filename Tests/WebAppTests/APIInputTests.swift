import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PlanStore
import ReformPlan
import Testing
@testable import WebApp

/// What a client can get wrong, each answered 4xx as JSON with a message in
/// both languages and, where one field is at fault, its path — never a 500.
@Suite struct APIInputTests {
    struct Case {
        var what: String
        var method: HTTPRequest.Method = .put
        var path: String = APIClient.eldercareReport
        var json: Any?
        var raw: String?
        var contentType = "application/json"
        var status: HTTPResponse.Status
        var field: String?
    }

    static func draft(_ section: [String: Any], version: Any = 0) -> [String: Any] {
        ["version": version, "sections": [section]]
    }

    static var cases: [Case] { [
        Case(what: "malformed JSON", raw: "{\"version\": 0, \"sections\": [", status: .badRequest),
        Case(what: "not an object", raw: "[1, 2]", status: .badRequest),
        Case(what: "an unknown field", json: ["version": 0, "sections": [], "author": "x"], status: .badRequest, field: "author"),
        Case(what: "an unknown field deep inside", json: draft(APIClient.section(1).merging(["mood": "good"]) { $1 }),
             status: .badRequest, field: "sections.0.mood"),
        Case(what: "a wrong type", json: draft(APIClient.section(1), version: "0"), status: .badRequest, field: "version"),
        Case(what: "a wrong type inside", json: draft(APIClient.section(1).merging(["completion": "half"]) { $1 }),
             status: .badRequest, field: "sections.0.completion"),
        Case(what: "a missing required value", json: ["sections": []], status: .badRequest, field: "version"),
        Case(what: "null", json: draft(APIClient.section(1).merging(["problems": NSNull()]) { $1 }),
             status: .badRequest, field: "sections.0.problems"),
        Case(what: "a completion over 100", json: draft(APIClient.section(1, completion: 150)),
             status: .unprocessableContent, field: "sections.0.completion"),
        Case(what: "a negative completion", json: draft(APIClient.section(1, completion: -1)),
             status: .unprocessableContent, field: "sections.0.completion"),
        Case(what: "a phase percent over 100", json: draft(APIClient.section(1, phases: [["stream": 1, "order": 3, "percent": 101]])),
             status: .unprocessableContent, field: "sections.0.phases.0.percent"),
        Case(what: "a phase of another project", json: draft(APIClient.section(1, phases: [["stream": 9, "order": 9, "percent": 10]])),
             status: .unprocessableContent, field: "sections.0.phases.0"),
        Case(what: "a negative indicator value",
             json: draft(APIClient.section(1, indicators: [["indicator": "社区养老服务设施社会化运营率", "value": -5]])),
             status: .unprocessableContent, field: "sections.0.indicatorValues.0.value"),
        Case(what: "an indicator of no project of the unit's", json: draft(APIClient.section(1, indicators: [["indicator": "幸福指数", "value": 5]])),
             status: .unprocessableContent, field: "sections.0.indicatorValues.0.indicator"),
        Case(what: "a project twice", json: ["version": 0, "sections": [APIClient.section(1), APIClient.section(1)]],
             status: .unprocessableContent, field: "sections.1.project"),
        Case(what: "text over its length", json: draft(APIClient.section(1, progress: String(repeating: "进", count: 4001))),
             status: .unprocessableContent, field: "sections.0.progress"),
        Case(what: "a control character", json: draft(APIClient.section(1, progress: "a\u{1}b")),
             status: .unprocessableContent, field: "sections.0.progress"),
        Case(what: "a version out of range", json: draft(APIClient.section(1), version: -1), status: .unprocessableContent, field: "version"),
        Case(what: "a future month", path: "/api/v1/units/养老服务处/reports/2019-10", json: draft(APIClient.section(1)),
             status: .unprocessableContent, field: "month"),
        Case(what: "a month that is none", path: "/api/v1/units/养老服务处/reports/2019-13", json: draft(APIClient.section(1)),
             status: .unprocessableContent, field: "month"),
        Case(what: "not JSON", raw: "version=0", contentType: "application/x-www-form-urlencoded", status: .unsupportedMediaType),
        Case(what: "no body", method: .put, status: .badRequest),
        Case(what: "a page of 0", method: .get, path: "/api/v1/projects?page=0", status: .unprocessableContent, field: "page"),
        Case(what: "perPage over 100", method: .get, path: "/api/v1/notices?perPage=101", status: .unprocessableContent, field: "perPage"),
        Case(what: "a page that is no number", method: .get, path: "/api/v1/reports?page=two", status: .badRequest, field: "page"),
        Case(what: "an unknown status", method: .get, path: "/api/v1/projects?status=asleep", status: .badRequest, field: "status"),
        Case(what: "a boolean that is none", method: .get, path: "/api/v1/notices?open=yes", status: .badRequest, field: "open"),
        Case(what: "an id that is no number", method: .get, path: "/api/v1/reports/abc", status: .badRequest, field: "id"),
        Case(what: "an id below 1", method: .get, path: "/api/v1/notices/0", status: .unprocessableContent, field: "id"),
        Case(what: "an id beyond Int64", method: .get, path: "/api/v1/notices/99999999999999999999", status: .badRequest, field: "id"),
        Case(what: "a project number out of range", method: .get, path: "/api/v1/projects/10000", status: .unprocessableContent, field: "number"),
        Case(what: "an unknown notice action", method: .post, path: "/api/v1/notices/1/approve", status: .badRequest, field: "action"),
        Case(what: "a review action that is none", method: .post, path: "/api/v1/reports/1/review", json: ["action": "maybe"],
             status: .badRequest, field: "action"),
    ] }

    @Test(arguments: DatabaseKind.underTest)
    func badInputIsNamedAndNeverAServerError(_ kind: DatabaseKind) async throws {
        try await TestApp.run(kind) { app, client in
            let reporter = try await APIClient.signedIn("yanglao", app, client)
            for c in Self.cases {
                let answer = try await reporter.send(c.method, c.path, json: c.json, raw: c.raw.map { ByteBuffer(string: $0) },
                                                     contentType: c.contentType)
                #expect(answer.status == c.status, "\(c.what): \(answer.status) \(answer.body)")
                #expect(answer.field == c.field, "\(c.what): field \(answer.field ?? "none") \(answer.body)")
                #expect(answer.isErrorBody, "\(c.what): \(answer.body)")
            }
            #expect(try await app.store.reports(planID: app.planID).isEmpty, "nothing was stored")
        }
    }

    @Test func noticeAndAccountRulesNameTheirField() async throws {
        try await TestApp.run { app, client in
            let supervisor = try await APIClient.signedIn("guihua", app, client)
            func issue(_ changes: [String: Any]) async throws -> APIClient.Answer {
                let notice: [String: Any] = ["project": 1, "unit": "养老服务处", "reason": "进度滞后", "replyDue": "2019-10-15"]
                return try await supervisor.post("/api/v1/notices", notice.merging(changes) { $1 })
            }
            let rules: [([String: Any], HTTPResponse.Status, String)] = [
                (["unit": "社会救助处"], .unprocessableContent, "unit"),
                (["project": 99], .unprocessableContent, "project"),
                (["project": 0], .unprocessableContent, "project"),
                (["phase": ["stream": 2, "order": 1]], .unprocessableContent, "phase"),
                (["phase": ["stream": 0, "order": 1]], .unprocessableContent, "phase.stream"),
                (["replyDue": "2019-09-29"], .unprocessableContent, "replyDue"),
                (["replyDue": "2019-02-30"], .unprocessableContent, "replyDue"),
                (["replyDue": "next week"], .unprocessableContent, "replyDue"),
                (["reason": "   "], .unprocessableContent, "reason"),
                (["reason": 5], .badRequest, "reason"),
            ]
            for (change, status, field) in rules {
                let answer = try await issue(change)
                #expect(answer.status == status, "\(change): \(answer.body)")
                #expect(answer.field == field, "\(change): \(answer.body)")
            }
            #expect(try await app.store.notices(planID: app.planID).isEmpty)

            let admin = try await APIClient.signedIn("admin", app, client)
            let unknownRole = try await admin.post("/api/v1/accounts", ["login": "x1", "displayName": "X", "role": "king"])
            #expect(unknownRole.status == .badRequest)
            #expect(unknownRole.field == "role")
            let longName = try await admin.post("/api/v1/accounts", ["login": "x1", "displayName": String(repeating: "名", count: 101), "role": "viewer"])
            #expect(longName.status == .unprocessableContent)
            #expect(longName.field == "displayName")
        }
    }

    @Test func anotherMethodIs405AndAnUnknownPath404() async throws {
        try await TestApp.run { app, client in
            let viewer = try await APIClient.signedIn("viewer", app, client)
            let delete = try await viewer.send(.delete, "/api/v1/projects/1")
            #expect(delete.status == .methodNotAllowed)
            #expect(delete.headers[.allow] == "GET")
            #expect(delete.isErrorBody)
            let patch = try await viewer.send(.patch, "/api/v1/units/养老服务处/reports/2019-09")
            #expect(patch.headers[.allow] == "GET, PUT")
            let nowhere = try await viewer.get("/api/v1/budgets")
            #expect(nowhere.status == .notFound)
            #expect(nowhere.isErrorBody)
        }
    }

    @Test func oversizedBodiesAreRefusedBeforeTheyAreRead() async throws {
        try await TestApp.run { app, client in
            let reporter = try await APIClient.signedIn("yanglao", app, client)
            let big = "{\"version\": 0, \"sections\": [], \"x\": \"" + String(repeating: "a", count: 1 << 20) + "\"}"
            let answer = try await reporter.send(.put, APIClient.eldercareReport, raw: ByteBuffer(string: big))
            #expect(answer.status == .contentTooLarge)
            #expect(answer.isErrorBody)
        }
    }

    @Test func tokensThatAreMissingExpiredRevokedOrUnknownAreRefused() async throws {
        try await TestApp.run { app, client in
            let expired = try await APIClient.signedIn("guihua", app, client, days: -1)
            #expect(try await expired.get("/api/v1/me").status == .unauthorized)
            let account = try #require(try await app.store.account(login: "guihua"))
            let token = "lsh_" + Secrets.token()
            let info = try await app.store.createAccessToken(accountID: account.id!, name: "to revoke", tokenHash: Secrets.sha256(token),
                                                             createdAt: Date(), expiresAt: Date().addingTimeInterval(86400))
            let revocable = APIClient(client, token: token)
            #expect(try await revocable.get("/api/v1/me").status == .ok)
            #expect(try await app.store.revokeAccessToken(id: info.id, accountID: account.id!, at: Date()))
            for caller in [expired, revocable, APIClient(client, token: "lsh_unknown"), APIClient(client, token: nil)] {
                let answer = try await caller.get("/api/v1/projects")
                #expect(answer.status == .unauthorized)
                #expect(answer.isErrorBody, "\(answer.body)")
            }
        }
    }

    @Test func aBrowserSessionReadsFreelyButWritesOnlyWithItsCSRFToken() async throws {
        try await TestApp.run { app, client in
            let visitor = try await Visitor.signedIn("yanglao", client)
            var session = APIClient(client, token: nil)
            session.cookie = visitor.cookie
            #expect(try await session.get("/api/v1/me")["login"] as? String == "yanglao")
            let body = ["version": 0, "sections": [APIClient.section(1)]] as [String: Any]
            let forged = try await session.put(APIClient.eldercareReport, body)
            #expect(forged.status == .forbidden)
            #expect((forged["message"] as? String)?.contains("X-CSRF-Token") == true)
            let wrong = try await session.send(.put, APIClient.eldercareReport, json: body, headers: [APIGate.csrfHeader: "nope"])
            #expect(wrong.status == .forbidden)
            #expect(try await app.store.reports(planID: app.planID).isEmpty)
            let csrf = try #require(visitor.csrf)
            let saved = try await session.send(.put, APIClient.eldercareReport, json: body, headers: [APIGate.csrfHeader: csrf])
            #expect(saved.status == .ok, "\(saved.body)")
        }
    }
}
