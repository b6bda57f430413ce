import Foundation
import Hummingbird
import PlanStore

/// Finds who is calling: the session cookie of a signed-in browser, or an
/// access token (`Authorization: Bearer …`) of an API client. Both are looked
/// up in the database, so any instance can serve any request.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = AppContext
    static let cookieName = "luoshi_session"
    let services: Services

    func handle(_ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response) async throws -> Response {
        var context = context
        context.language = Language.of(request)
        let now = services.now()
        if let bearer = request.headers[.authorization], bearer.lowercased().hasPrefix("bearer ") {
            let token = String(bearer.dropFirst(7)).trimmingCharacters(in: .whitespaces)
            guard let account = try await services.store.account(accessTokenHash: Secrets.sha256(token), now: now) else {
                throw Refusal(.unauthorized, zh: "访问令牌无效、已过期或已撤销。", en: "The access token is unknown, expired or revoked.")
            }
            context.visitor = SignedIn(account: account, csrfToken: nil, sessionHash: nil)
        } else if let cookie = request.cookies[Self.cookieName]?.value {
            let hash = Secrets.sha256(cookie)
            if let session = try await services.store.session(tokenHash: hash, now: now) {
                context.visitor = SignedIn(account: session.account, csrfToken: session.csrfToken, sessionHash: hash)
            }
        }
        return try await next(request, context)
    }
}
