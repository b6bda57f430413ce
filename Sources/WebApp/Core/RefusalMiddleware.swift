import Foundation
import Hummingbird
import OpenAPIRuntime
import PlanStore

/// Turns what went wrong into an answer a person can act on: a refusal
/// becomes a page with its message (or JSON with the field for /api), a
/// visitor who must sign in is sent to the sign-in page, and anything
/// unexpected is logged and answered without a stack trace.
struct RefusalMiddleware: RouterMiddleware {
    typealias Context = AppContext
    let services: Services

    func handle(_ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            if let refusal = Refusal.from(error) {
                return answer(refusal, request: request, context: context)
            }
            // The JSON API's runtime wraps what a handler threw; judge what is inside.
            let inner = (error as? ServerError)?.underlyingError ?? error
            switch inner {
            case let error as any HTTPResponseError where error.status == .notFound && request.uri.path.hasPrefix("/api/"):
                return unknownAPIPath(request, context: context)
            case let error as any HTTPResponseError:
                let refusal = Refusal(error.status, zh: "请求无法处理（\(error.status.code)）。", en: "The request cannot be handled (\(error.status.code)).")
                return answer(refusal, request: request, context: context)
            case let error as StoreError:
                context.logger.error("store error", metadata: ["error": "\(error)"])
                return answer(Refusal(.serviceUnavailable, zh: "数据库暂时不可用，请稍后再试。", en: "The database is not available; try again shortly."),
                              request: request, context: context)
            default:
                // The error inside, not the runtime's wrapper: that one carries the request's headers, token and all.
                context.logger.error("unexpected error", metadata: ["error": "\(inner)", "path": "\(request.uri.path)"])
                return answer(Refusal(.internalServerError, zh: "服务器内部错误，已记录。", en: "Internal error; it has been logged."),
                              request: request, context: context)
            }
        }
    }

    /// No route: 405 with the methods there are when the document serves
    /// the path with other methods, else 404.
    private func unknownAPIPath(_ request: Request, context: AppContext) -> Response {
        let methods = services.api.methods(at: request.uri.path)
        guard !methods.isEmpty else {
            return answer(Refusal(.notFound, zh: "没有这个接口地址。", en: "No such API path."), request: request, context: context)
        }
        var response = answer(Refusal(.methodNotAllowed, zh: "此地址不接受 \(request.method.rawValue) 方法，可用：\(methods.joined(separator: "、"))。",
                                      en: "\(request.method.rawValue) is not allowed here; use \(methods.joined(separator: ", ")).", field: nil),
                              request: request, context: context)
        response.headers[.allow] = methods.joined(separator: ", ")
        return response
    }

    private func answer(_ refusal: Refusal, request: Request, context: AppContext) -> Response {
        if request.uri.path.hasPrefix("/api/") {
            return APIErrorBody.response(refusal)
        }
        if refusal.status == .unauthorized {
            let next = request.uri.path == "/" ? "" : "?next=" + (request.uri.path.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
            return Response.redirect(to: "/signin" + next)
        }
        var data = Frame.data(context, services, title: refusal.message(context.language), active: "")
        data["message"] = refusal.message(context.language)
        data["status"] = refusal.status.code
        return services.pages.page("error", data, status: refusal.status)
    }
}

extension Refusal {
    /// What an error means for whoever caused it, when it is theirs to act
    /// on: a refusal itself; the store's refusals (a version or state that
    /// moved meanwhile, a login taken, a record gone); and what the JSON
    /// API's runtime throws — a refusal from a handler or middleware inside
    /// its `ServerError`, or a request it could not read (400, 415, 406).
    /// Nil for a fault of the server.
    static func from(_ error: any Error) -> Refusal? {
        switch error {
        case let refusal as Refusal:
            return refusal
        case let error as StoreError:
            return from(error)
        case let error as ServerError:
            return from(error.underlyingError) ?? unreadable(error)
        default:
            return nil
        }
    }

    /// The store's entity names as a Chinese message says them.
    static let entityNames = ["plan": "实施方案", "report": "报送", "notice": "督办单", "account": "账户",
                              "budget line": "预算项", "spending": "支出记录", "document": "文件", "objection": "异议",
                              "subplan": "子方案", "action": "交办事项", "escalation": "督办记录", "meeting": "会议",
                              "inspection": "专项督查"]
    /// States as staff say them, for "刚被他人处理（当前状态：已印发）".
    static let stateNames = ["issued": "已印发", "draft": "草稿", "answered": "已答复", "submitted": "已提交",
                             "accepted": "已采纳", "returned": "已退回", "closed": "已办结", "replied": "已回复",
                             "signed": "已签收", "escalated": "已提级督办", "open": "办理中", "reported": "已报办结",
                             "decided": "已有处理结果", "pressed": "催办记录", "interview": "约谈记录"]

    private static func from(_ error: StoreError) -> Refusal? {
        switch error {
        case let .versionConflict(current, updatedBy):
            return Refusal(.conflict, zh: "保存前，\(updatedBy ?? "他人")已修改了这条记录（现为第\(current)版）。请重新读取后再保存。",
                           en: "\(updatedBy ?? "Someone") changed this first (now version \(current)); read it again and save again.",
                           field: "version")
        case let .stateConflict(entity, _, current):
            return Refusal(.conflict, zh: "该\(entityNames[entity] ?? "记录")已被处理（当前状态：\(stateNames[current] ?? current)），请刷新后再试。",
                           en: "The \(entity) was just changed by someone else (now \(current)); reload and try again.")
        case let .duplicateLogin(login):
            return Refusal(.conflict, zh: "登录名“\(login)”已被使用。", en: "The login “\(login)” is taken.", field: "login")
        case let .notFound(entity, id):
            return Refusal(.notFound, zh: "找不到该\(entityNames[entity] ?? "记录（\(entity)）")（编号\(id)），可能已被删除。",
                           en: "No such \(entity) (\(id)).")
        case let .stillReferenced(entity, _, count):
            return Refusal(.conflict, zh: "该预算项下已有\(count)笔支出，不能删除；请先删除或改挂这些支出。",
                           en: "The \(entity) has \(count) spending entries and cannot be removed; remove or move them first.")
        case let .invalidValue(field, value):
            return Refusal(.badRequest, zh: "“\(value)”不是有效的\(field)。", en: "“\(value)” is not a valid \(field).", field: field)
        default:
            return nil
        }
    }

    /// A request the API's runtime could not read: which field, and how.
    private static func unreadable(_ error: ServerError) -> Refusal? {
        switch error.httpStatus {
        case .badRequest:
            guard let decoding = error.underlyingError as? DecodingError else {
                return Refusal(.badRequest, zh: "请求格式有误：\(error.causeDescription)", en: "Malformed request: \(error.causeDescription)")
            }
            return malformed(decoding)
        case .unsupportedMediaType:
            return Refusal(.unsupportedMediaType, zh: "请求内容须为 JSON（Content-Type: application/json）。",
                           en: "The request body must be JSON (Content-Type: application/json).")
        case .notAcceptable:
            return Refusal(.notAcceptable, zh: "本接口只返回 JSON（Accept: application/json）。", en: "This API answers in JSON only (Accept: application/json).")
        case .notFound:
            return Refusal(.notFound, zh: "没有这个接口地址。", en: "No such API path.")
        default:
            return nil
        }
    }

    /// A body or parameter that did not decode, named by its path (`sections.0.completion`).
    static func malformed(_ error: DecodingError) -> Refusal {
        let codingPath: [any CodingKey], zh: String, en: String
        switch error {
        case let .keyNotFound(key, context):
            codingPath = context.codingPath + [key]
            (zh, en) = ("缺少必填项", "a required value is missing")
        case let .typeMismatch(_, context):
            codingPath = context.codingPath
            (zh, en) = ("类型不符", "the value has the wrong type")
        case let .valueNotFound(_, context):
            codingPath = context.codingPath
            (zh, en) = ("不能为 null", "the value may not be null")
        case let .dataCorrupted(context):
            codingPath = context.codingPath
            if context.debugDescription.hasPrefix("Additional properties are disabled") {
                (zh, en) = ("未知字段", "no such field")
            } else if codingPath.isEmpty {
                (zh, en) = ("不是有效的 JSON", "it is not valid JSON")
            } else {
                (zh, en) = ("取值无效或不在允许范围内", "the value is not one allowed")
            }
        @unknown default:
            codingPath = []
            (zh, en) = ("无法读取", "it cannot be read")
        }
        let parts = codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.filter { !$0.isEmpty }
        let field = parts.isEmpty ? nil : parts.joined(separator: ".")
        return Refusal(.badRequest, zh: "请求格式有误" + (field.map { "（\($0)）" } ?? "") + "：\(zh)。",
                       en: "Malformed request" + (field.map { " (\($0))" } ?? "") + ": \(en).", field: field)
    }
}

/// The JSON body of every API error: what was wrong and which field.
enum APIErrorBody {
    static func response(_ refusal: Refusal) -> Response {
        var body: [String: String] = ["message": refusal.zh, "message_en": refusal.en]
        if let field = refusal.field { body["field"] = field }
        let data = (try? JSONSerialization.data(withJSONObject: body, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: refusal.status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
