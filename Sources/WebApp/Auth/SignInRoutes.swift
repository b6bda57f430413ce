import Foundation
import Hummingbird
import PlanStore
import ReformPlan

/// Signing in and out, and the language switch.
struct SignInRoutes {
    let services: Services

    func add(to router: Router<AppContext>) {
        router.get("/signin") { request, context in
            services.pages.page("signin", signInPage(context, next: request.uri.queryParameters["next"].map(String.init)))
        }
        router.post("/signin") { request, context in try await signIn(request, context) }
        router.post("/signout") { request, context -> Response in
            _ = try await FormInput.read(request, context: context)
            if let hash = context.visitor?.sessionHash { try await services.store.deleteSession(tokenHash: hash) }
            var response = Response.redirect(to: "/signin")
            response.setCookie(sessionCookie(value: "", maxAge: 0))
            return response
        }
        router.get("/language/{code}") { request, context -> Response in
            let language = Language(rawValue: context.parameters.get("code") ?? "") ?? .zh
            // Back to the page the switch was pressed on, if it was one of ours.
            let back = request.headers[.referer].flatMap { URL(string: $0)?.path } ?? "/"
            var response = Response.redirect(to: back.hasPrefix("/") && !back.hasPrefix("//") ? back : "/")
            response.setCookie(Cookie(name: "lang", value: language.rawValue, maxAge: 365 * 86400, path: "/",
                                      secure: services.settings.secureCookies, httpOnly: true, sameSite: .lax))
            return response
        }
    }

    private func signInPage(_ context: AppContext, next: String?, error: String? = nil, login: String = "") -> [String: Any] {
        var data = Frame.data(context, services, title: Catalogue.strings(context.language)["signin"] ?? "", active: "signin")
        data["next"] = next ?? ""
        data["login"] = login
        if let error { data["error"] = error }
        return data
    }

    private func signIn(_ request: Request, _ context: AppContext) async throws -> Response {
        let form = try await FormInput.read(request, context: context)
        let login = form.text("login") ?? "", password = form["password"] ?? ""
        let strings = Catalogue.strings(context.language), now = services.now()
        let throttle = SignInThrottle(store: services.store)
        let next = form.text("next")
        if try await throttle.isBlocked(login: login, address: context.remoteAddress, now: now) {
            return services.pages.page("signin", signInPage(context, next: next, error: strings["signin_throttled"], login: login),
                                       status: .tooManyRequests)
        }
        guard let found = try await services.store.credentials(login: login), !found.account.disabled,
              try await Passwords.verify(password, against: found.passwordHash) else {
            try await throttle.failed(login: login, address: context.remoteAddress, now: now)
            return services.pages.page("signin", signInPage(context, next: next, error: strings["signin_failed"], login: login),
                                       status: .unauthorized)
        }
        try await throttle.succeeded(login: login)
        let token = Secrets.token(), csrf = Secrets.token(bytes: 24)
        guard let accountID = found.account.id else { throw Refusal.notSignedIn }
        try await services.store.createSession(tokenHash: Secrets.sha256(token), accountID: accountID, csrfToken: csrf,
                                               createdAt: now, expiresAt: now.addingTimeInterval(services.settings.sessionLifetime))
        // Only paths of this site: an open redirect would help phishing.
        let target = next.flatMap { $0.hasPrefix("/") && !$0.hasPrefix("//") ? $0 : nil } ?? "/"
        var response = Response.redirect(to: target)
        response.setCookie(sessionCookie(value: token, maxAge: Int(services.settings.sessionLifetime)))
        return response
    }

    private func sessionCookie(value: String, maxAge: Int) -> Cookie {
        Cookie(name: SessionMiddleware.cookieName, value: value, maxAge: maxAge, path: "/",
               secure: services.settings.secureCookies, httpOnly: true, sameSite: .lax)
    }
}
