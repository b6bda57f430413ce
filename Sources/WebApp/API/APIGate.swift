import Foundation
import HTTPTypes
import Hummingbird
import OpenAPIRuntime

/// The request as the generated API handlers need it. They see only their
/// typed input, so `APIGate` binds the request's context (who is calling,
/// the logger) as a task local around them, and `LuoshiAPI` reads it back.
enum APIRequest {
    @TaskLocal static var context: AppContext?

    static func current() throws -> AppContext {
        guard let context else { throw Refusal.notSignedIn }
        return context
    }
}

/// Before any API operation: the caller must be signed in (an access token,
/// or a browser session, whose unsafe requests must also carry the session's
/// CSRF token in `X-CSRF-Token`), and the body is read up to `limit` bytes
/// (413 beyond: the runtime would otherwise read any length).
struct APIGate: RouterMiddleware {
    typealias Context = AppContext
    static let csrfHeader = HTTPField.Name("X-CSRF-Token")!
    static let bodyLimit = 1 << 20
    static let safeMethods: Set<HTTPRequest.Method> = [.get, .head, .options]

    func handle(_ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response) async throws -> Response {
        guard let visitor = context.visitor else {
            throw Refusal(.unauthorized, zh: "请先登录：请求须带访问令牌（Authorization: Bearer lsh_…）。",
                          en: "Sign in first: send an access token (Authorization: Bearer lsh_…).")
        }
        if let expected = visitor.csrfToken, !Self.safeMethods.contains(request.method) {
            guard let sent = request.headers[Self.csrfHeader], Secrets.equal(sent, expected) else {
                throw Refusal(.forbidden, zh: "用浏览器会话调用接口时，非 GET 请求须在 X-CSRF-Token 头中带上页面的 CSRF 令牌。",
                              en: "A browser session's request other than GET must carry the page's CSRF token in X-CSRF-Token.")
            }
        }
        var request = request
        if !Self.safeMethods.contains(request.method) {
            do {
                _ = try await request.collectBody(upTo: Self.bodyLimit)
            } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
                throw Refusal(.contentTooLarge, zh: "请求内容过大（接口上限 1 MiB）。", en: "The request body is over the API's limit of 1 MiB.")
            }
        }
        return try await APIRequest.$context.withValue(context) {
            try await next(request, context)
        }
    }
}

/// Before the generated decoders read the parameters: each query and path
/// parameter must be readable as the document declares it (a whole number,
/// true or false, one of an enum's values), else 400 naming the parameter —
/// the runtime's own decoding error does not say which one it was.
struct ParameterGate: ServerMiddleware {
    let document: APIDocument

    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, metadata: ServerRequestMetadata, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        let query = Self.queryItems(request.path ?? "")
        for parameter in document.parameters[operationID] ?? [] {
            let values: [String?] = switch parameter.location {
            case "query": query.filter { $0.name == parameter.name }.map(\.value)
            case "path": metadata.pathParameters[parameter.name].map { [String($0).removingPercentEncoding] } ?? []
            default: []
            }
            for value in values where !(value.map(parameter.accepts) ?? false) {
                let expected = parameter.expected, shown = value ?? "?"
                throw Refusal(.badRequest, zh: "参数 \(parameter.name) 的值“\(shown)”无法读取：应为\(expected.zh)。",
                              en: "The parameter \(parameter.name) cannot be “\(shown)”: it must be \(expected.en).",
                              field: parameter.name)
            }
        }
        return try await next(request, body, metadata)
    }

    /// `a=1&b=x%20y` → (a, "1"), (b, "x y"); a value that does not decode is nil.
    static func queryItems(_ path: String) -> [(name: String, value: String?)] {
        guard let start = path.firstIndex(of: "?") else { return [] }
        return path[path.index(after: start)...].split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(parts[0]).removingPercentEncoding ?? String(parts[0])
            return (name, parts.count > 1 ? String(parts[1]).removingPercentEncoding : "")
        }
    }
}

/// Between the transport and the generated decoders:
/// - swift-openapi-hummingbird hands the runtime a body even when the
///   request had none, which an optional body (a notice action's note) would
///   fail to decode: an empty body is passed on as none;
/// - the generated decoders read `null` as "left out", but no request schema
///   here allows null: a null anywhere is refused with its path (400).
struct JSONBodyGate: ServerMiddleware {
    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, metadata: ServerRequestMetadata, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        guard let body, !APIGate.safeMethods.contains(request.method) else {
            return try await next(request, body, metadata)
        }
        let bytes = try await [UInt8](collecting: body, upTo: APIGate.bodyLimit)
        if bytes.isEmpty { return try await next(request, nil, metadata) }
        if let json = try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed]),
           let path = Self.firstNull(in: json, at: []) {
            let field = path.isEmpty ? nil : path.joined(separator: ".")
            throw Refusal(.badRequest, zh: "请求中不能有 null 值" + (field.map { "（\($0)）" } ?? "") + "：不填的项请省略。",
                          en: "No value may be null" + (field.map { " (\($0))" } ?? "") + ": leave out what you do not give.",
                          field: field)
        }
        return try await next(request, HTTPBody(bytes), metadata)
    }

    static func firstNull(in value: Any, at path: [String]) -> [String]? {
        switch value {
        case is NSNull:
            return path
        case let object as [String: Any]:
            for key in object.keys.sorted() {
                if let found = firstNull(in: object[key] as Any, at: path + [key]) { return found }
            }
        case let array as [Any]:
            for (index, item) in array.enumerated() {
                if let found = firstNull(in: item, at: path + [String(index)]) { return found }
            }
        default:
            break
        }
        return nil
    }
}
