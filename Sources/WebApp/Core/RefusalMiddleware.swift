import Foundation
import Hummingbird
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
        } catch let refusal as Refusal {
            return answer(refusal, request: request, context: context)
        } catch let error as any HTTPResponseError {
            let refusal = Refusal(error.status, zh: "请求无法处理（\(error.status.code)）。", en: "The request cannot be handled (\(error.status.code)).")
            return answer(refusal, request: request, context: context)
        } catch let error as StoreError {
            context.logger.error("store error", metadata: ["error": "\(error)"])
            return answer(Refusal(.serviceUnavailable, zh: "数据库暂时不可用，请稍后再试。", en: "The database is not available; try again shortly."),
                          request: request, context: context)
        } catch {
            context.logger.error("unexpected error", metadata: ["error": "\(error)", "path": "\(request.uri.path)"])
            return answer(Refusal(.internalServerError, zh: "服务器内部错误，已记录。", en: "Internal error; it has been logged."),
                          request: request, context: context)
        }
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

/// The JSON body of every API error: what was wrong and which field.
enum APIErrorBody {
    static func response(_ refusal: Refusal) -> Response {
        var body: [String: String] = ["message": refusal.zh, "message_en": refusal.en]
        if let field = refusal.field { body["field"] = field }
        let data = (try? JSONSerialization.data(withJSONObject: body, options: [.sortedKeys])) ?? Data("{}".utf8)
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: refusal.status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
