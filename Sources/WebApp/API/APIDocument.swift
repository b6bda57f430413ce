import Foundation
import ReformPlan
import Yams

/// openapi.yaml as the server carries it: the text it serves at
/// /openapi.yaml, the same file the API's code was generated from, and what
/// the reference page at /api/docs lists, read from that text at start-up so
/// that the page cannot describe another API than the one served.
struct APIDocument: Sendable {
    struct Endpoint: Sendable {
        var method: String
        var path: String
        var operationID: String
        var summary: Bilingual
        /// The `Operation`s of the role × operation table it needs (`x-luoshi-permission`); none: any signed-in account.
        var permissions: [ReformPlan.Operation]
    }

    /// A path or query parameter, and what its value must look like to be read.
    struct Parameter: Sendable {
        enum Kind: Sendable {
            case integer, number, boolean, text
            case oneOf([String])
        }

        var name: String
        var location: String
        var kind: Kind

        func accepts(_ value: String) -> Bool {
            switch kind {
            case .integer: Int64(value) != nil
            case .number: Double(value) != nil
            case .boolean: value == "true" || value == "false"
            case .text: true
            case .oneOf(let values): values.contains(value)
            }
        }

        var expected: (zh: String, en: String) {
            switch kind {
            case .integer: ("整数", "a whole number")
            case .number: ("数字", "a number")
            case .boolean: ("true 或 false", "true or false")
            case .text: ("文字", "text")
            case .oneOf(let values): (values.joined(separator: "、") + "之一", "one of " + values.joined(separator: ", "))
            }
        }
    }

    struct Answer: Sendable {
        var status: Int
        var meaning: Bilingual
    }

    /// "中文 · English", as the document writes summaries and descriptions.
    struct Bilingual: Sendable {
        var zh: String
        var en: String

        init(_ text: String) {
            let parts = text.components(separatedBy: " · ")
            zh = parts[0]
            en = parts.count > 1 ? parts.dropFirst().joined(separator: " · ") : parts[0]
        }

        func text(_ language: Language) -> String { language == .zh ? zh : en }
    }

    enum Problem: Error, CustomStringConvertible {
        case missing
        case malformed(String)
        var description: String {
            switch self {
            case .missing: "openapi.yaml is not among the module's resources"
            case .malformed(let what): "openapi.yaml: \(what)"
            }
        }
    }

    let text: String
    let title: String
    let version: String
    /// Where the operations' paths start (`servers[0].url`).
    let base: String
    let endpoints: [Endpoint]
    /// Every status an operation may answer other than success, with what it means.
    let answers: [Answer]
    /// Each operation's parameters, by operation id.
    let parameters: [String: [Parameter]]

    static func load() throws -> APIDocument {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "yaml") else { throw Problem.missing }
        return try APIDocument(text: String(contentsOf: url, encoding: .utf8))
    }

    init(text: String) throws {
        self.text = text
        guard let root = try Yams.compose(yaml: text) else { throw Problem.malformed("empty") }
        title = root["info"]?["title"]?.string ?? "API"
        version = root["info"]?["version"]?.string ?? ""
        base = root["servers"]?.sequence?.first?["url"]?.string ?? ""
        let components = root["components"], responses = components?["responses"]
        var endpoints: [Endpoint] = [], answers: [Int: Answer] = [:], parameters: [String: [Parameter]] = [:]
        for (pathNode, item) in Self.pairs(root["paths"]) {
            guard let path = pathNode.string else { continue }
            for method in ["get", "put", "post", "delete", "patch"] {
                guard let operation = item[method] else { continue }
                guard let id = operation["operationId"]?.string, let summary = operation["summary"]?.string else {
                    throw Problem.malformed("\(method.uppercased()) \(path) lacks an operationId or a summary")
                }
                let named = operation["x-luoshi-permission"].map { $0.sequence?.compactMap(\.string) ?? [$0.string].compactMap { $0 } } ?? []
                let permissions = try named.map { name in
                    guard let permission = ReformPlan.Operation(rawValue: name) else {
                        throw Problem.malformed("\(id): x-luoshi-permission “\(name)” is not in the role × operation table")
                    }
                    return permission
                }
                endpoints.append(Endpoint(method: method.uppercased(), path: base + path, operationID: id,
                                          summary: Bilingual(summary), permissions: permissions))
                let declared = (item["parameters"]?.sequence.map(Array.init) ?? []) + (operation["parameters"]?.sequence.map(Array.init) ?? [])
                parameters[id] = declared.compactMap { Self.parameter($0, components) }
                for (codeNode, response) in Self.pairs(operation["responses"]) {
                    guard let code = codeNode.string.flatMap(Int.init), code >= 400 else { continue }
                    let reference = response["$ref"]?.string?.components(separatedBy: "/").last
                    let described = reference.flatMap { responses?[$0] } ?? response
                    answers[code] = Answer(status: code, meaning: Bilingual(described["description"]?.string ?? ""))
                }
            }
        }
        self.endpoints = endpoints
        self.answers = answers.values.sorted { $0.status < $1.status }
        self.parameters = parameters
    }

    /// What follows a `$ref` into `components`, or the node itself.
    private static func resolved(_ node: Node, _ components: Node?) -> Node {
        guard let reference = node["$ref"]?.string else { return node }
        let parts = reference.components(separatedBy: "/")
        guard parts.count == 4, let target = components?[parts[2]]?[parts[3]] else { return node }
        return target
    }

    private static func parameter(_ node: Node, _ components: Node?) -> Parameter? {
        let parameter = resolved(node, components)
        guard let name = parameter["name"]?.string, let location = parameter["in"]?.string,
              let schemaNode = parameter["schema"] else { return nil }
        let schema = resolved(schemaNode, components)
        let kind: Parameter.Kind
        if let values = schema["enum"]?.sequence {
            kind = .oneOf(values.compactMap(\.string))
        } else {
            switch schema["type"]?.string {
            case "integer": kind = .integer
            case "number": kind = .number
            case "boolean": kind = .boolean
            default: kind = .text
            }
        }
        return Parameter(name: name, location: location, kind: kind)
    }

    /// The methods the document serves at a request's path (`/api/v1/reports/7`
    /// matches `/api/v1/reports/{id}`), for a 405 that names them.
    func methods(at path: String) -> [String] {
        let segments = path.split(separator: "/", omittingEmptySubsequences: true)
        return endpoints.filter { endpoint in
            let template = endpoint.path.split(separator: "/", omittingEmptySubsequences: true)
            return template.count == segments.count
                && zip(template, segments).allSatisfy { $0.hasPrefix("{") && $0.hasSuffix("}") || $0 == $1 }
        }.map(\.method)
    }

    /// A mapping's entries in the document's order.
    private static func pairs(_ node: Node?) -> [(key: Node, value: Node)] {
        node?.mapping.map { Array($0) } ?? []
    }

    /// Who may call an endpoint, from the role × operation table, in `language`.
    static func callers(_ endpoint: Endpoint, _ language: Language) -> String {
        guard !endpoint.permissions.isEmpty else { return language == .zh ? "任何登录账户" : "any signed-in account" }
        return endpoint.permissions.map { operation in
            let roles = Role.allCases.compactMap { role -> String? in
                switch Access.scope(of: role, for: operation) {
                case .none: nil
                case .all: language == .zh ? role.chineseName : role.rawValue
                case .ownUnit: language == .zh ? role.chineseName + "（本单位）" : role.rawValue + " (own unit)"
                }
            }
            let list = roles.joined(separator: language == .zh ? "、" : ", ")
            let (zh, en) = AppContext.describe(operation)
            return endpoint.permissions.count > 1 ? "\(language == .zh ? zh : en)：\(list)" : list
        }.joined(separator: language == .zh ? "；" : "; ")
    }
}
