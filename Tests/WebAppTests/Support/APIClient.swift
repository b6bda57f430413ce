import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PlanStore
import Testing
@testable import WebApp

/// A client of the JSON API with a personal access token, made the way the
/// tokens page makes one: through the store, which keeps only its SHA-256.
struct APIClient {
    struct Answer {
        var status: HTTPResponse.Status
        var headers: HTTPFields
        var body: String

        /// The body as a JSON object ([:] when it is not one).
        var object: [String: Any] {
            (try? JSONSerialization.jsonObject(with: Data(body.utf8))) as? [String: Any] ?? [:]
        }

        subscript(_ key: String) -> Any? { object[key] }
        var field: String? { object["field"] as? String }
        var items: [[String: Any]] { object["items"] as? [[String: Any]] ?? [] }

        /// An error answer as the document promises: JSON with a message in both languages.
        var isErrorBody: Bool {
            headers[.contentType]?.hasPrefix("application/json") == true
                && (object["message"] as? String)?.isEmpty == false && (object["message_en"] as? String)?.isEmpty == false
        }
    }

    let client: any TestClientProtocol
    /// `Authorization: Bearer …`; nil for an anonymous caller.
    var token: String?
    /// A browser session instead of a token: its cookie and CSRF token.
    var cookie: String?
    var csrf: String?

    init(_ client: any TestClientProtocol, token: String?) {
        self.client = client
        self.token = token
    }

    /// A client signed in with a fresh token of `login`, valid for `days` (negative: already expired).
    static func signedIn(_ login: String, _ app: TestApp, _ client: any TestClientProtocol, days: Double = 30) async throws -> APIClient {
        APIClient(client, token: try await token(login, app, days: days))
    }

    static func token(_ login: String, _ app: TestApp, days: Double = 30) async throws -> String {
        let account = try #require(try await app.store.account(login: login))
        let token = "lsh_" + Secrets.token()
        let now = Date()
        _ = try await app.store.createAccessToken(accountID: try #require(account.id), name: "test", tokenHash: Secrets.sha256(token),
                                                  createdAt: now.addingTimeInterval(min(0, days) * 86400 - 60),
                                                  expiresAt: now.addingTimeInterval(days * 86400))
        return token
    }

    func get(_ path: String) async throws -> Answer { try await send(.get, path) }

    func post(_ path: String, _ json: Any? = nil) async throws -> Answer { try await send(.post, path, json: json) }

    func put(_ path: String, _ json: Any) async throws -> Answer { try await send(.put, path, json: json) }

    /// Sends `json` encoded, or `raw` bytes as they are, with the content type given.
    func send(_ method: HTTPRequest.Method, _ path: String, json: Any? = nil, raw: ByteBuffer? = nil,
              contentType: String = "application/json", headers extra: HTTPFields = [:]) async throws -> Answer {
        var headers = extra
        if let token { headers[.authorization] = "Bearer \(token)" }
        if let cookie { headers[.cookie] = cookie }
        var body = raw
        if let json { body = ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: json)) }
        if body != nil { headers[.contentType] = contentType }
        let response = try await client.execute(uri: Self.encoded(path), method: method, headers: headers, body: body)
        return Answer(status: response.status, headers: response.headers, body: String(buffer: response.body))
    }

    /// The path with its non-ASCII characters (unit names) percent-encoded.
    static func encoded(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.insert(charactersIn: "?&=")
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }

    /// A report section for the body of `PUT /units/{unit}/reports/{month}`.
    static func section(_ project: Int, completion: Int = 50, progress: String = "本月推进顺利。",
                        phases: [[String: Any]] = [], indicators: [[String: Any]] = []) -> [String: Any] {
        ["project": project, "completion": completion, "progress": progress, "problems": "", "nextSteps": "",
         "phases": phases, "indicatorValues": indicators]
    }

    static let eldercareReport = "/api/v1/units/养老服务处/reports/2019-09"
}
