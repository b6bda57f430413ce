import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// A person at a browser: keeps the session cookie and the CSRF token of the
/// last page, and sends forms the way a browser does.
struct Visitor {
    struct Page {
        var status: HTTPResponse.Status
        var headers: HTTPFields
        var body: String
        var location: String? { headers[.location] }
    }

    let client: any TestClientProtocol
    var cookie: String?
    var csrf: String?

    init(_ client: any TestClientProtocol) { self.client = client }

    /// Signs in with the test password; records an issue if that fails.
    static func signedIn(_ login: String, _ client: any TestClientProtocol, password: String = TestApp.password) async throws -> Visitor {
        var visitor = Visitor(client)
        let page = try await visitor.signIn(login, password: password)
        #expect(page.status == .seeOther, "sign-in of \(login) answered \(page.status)")
        _ = try await visitor.get("/")
        return visitor
    }

    mutating func signIn(_ login: String, password: String) async throws -> Page {
        let page = try await post("/signin", ["login": login, "password": password], csrf: false)
        if let setCookie = page.headers[values: .setCookie].first(where: { $0.hasPrefix("luoshi_session=") }) {
            cookie = String(setCookie.split(separator: ";")[0])
        }
        return page
    }

    mutating func get(_ path: String) async throws -> Page {
        var headers = HTTPFields()
        if let cookie { headers[.cookie] = cookie }
        let response = try await client.execute(uri: path, method: .get, headers: headers, body: nil)
        let page = Page(status: response.status, headers: response.headers, body: String(buffer: response.body))
        if let token = Self.csrfToken(in: page.body) { csrf = token }
        return page
    }

    /// The bytes of a download (a template, an export), or a failed expectation.
    mutating func getData(_ path: String) async throws -> Data {
        var headers = HTTPFields()
        if let cookie { headers[.cookie] = cookie }
        let response = try await client.execute(uri: path, method: .get, headers: headers, body: nil)
        #expect(response.status == .ok, "GET \(path) answered \(response.status)")
        return Data(buffer: response.body)
    }

    /// Posts a urlencoded form with the current CSRF token (unless `csrf: false`).
    mutating func post(_ path: String, _ fields: [String: String], csrf sendToken: Bool = true) async throws -> Page {
        var all = fields.map { ($0.key, $0.value) }
        if sendToken, let csrf { all.append(("_csrf", csrf)) }
        let body = all.map { Self.encode($0.0) + "=" + Self.encode($0.1) }.joined(separator: "&")
        return try await send(path, type: "application/x-www-form-urlencoded", body: ByteBuffer(string: body))
    }

    /// Posts multipart/form-data with files: (field, file name, bytes).
    mutating func postMultipart(_ path: String, _ fields: [String: String], files: [(String, String, Data)]) async throws -> Page {
        let boundary = "----luoshi\(UUID().uuidString)"
        var body = Data()
        var all = fields
        if let csrf { all["_csrf"] = csrf }
        for (name, value) in all {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8))
        }
        for (name, fileName, bytes) in files {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"; filename=\"\(fileName)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8))
            body.append(bytes)
            body.append(Data("\r\n".utf8))
        }
        body.append(Data("--\(boundary)--\r\n".utf8))
        return try await send(path, type: "multipart/form-data; boundary=\(boundary)", body: ByteBuffer(bytes: body))
    }

    /// Posts a body with the session cookie and keeps the answer's CSRF token.
    private mutating func send(_ path: String, type: String, body: ByteBuffer) async throws -> Page {
        var headers = HTTPFields()
        headers[.contentType] = type
        if let cookie { headers[.cookie] = cookie }
        let response = try await client.execute(uri: path, method: .post, headers: headers, body: body)
        let page = Page(status: response.status, headers: response.headers, body: String(buffer: response.body))
        if let token = Self.csrfToken(in: page.body) { csrf = token }
        return page
    }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }

    static func csrfToken(in html: String) -> String? {
        guard let range = html.range(of: "name=\"_csrf\" value=\"") else { return nil }
        let rest = html[range.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        let token = String(rest[..<end])
        return token.isEmpty ? nil : token
    }
}
