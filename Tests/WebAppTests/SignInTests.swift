import Foundation
import HummingbirdTesting
import Testing
@testable import WebApp

@Suite struct SignInTests {
    @Test(arguments: DatabaseKind.underTest)
    func aPageNeedsASignedInVisitor(_ kind: DatabaseKind) async throws {
        try await TestApp.run(kind) { _, client in
            var visitor = Visitor(client)
            for path in ["/", "/projects", "/projects/1", "/report", "/review", "/notices", "/todo", "/audit", "/accounts"] {
                let page = try await visitor.get(path)
                #expect(page.status == .seeOther, "\(path) answered \(page.status)")
                #expect(page.location?.hasPrefix("/signin") == true, "\(path) sent to \(page.location ?? "nowhere")")
            }
            #expect(try await visitor.get("/health").status == .ok)
            #expect(try await visitor.get("/signin").status == .ok)
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func signingInSetsASafeCookieAndSigningOutEndsTheSession(_ kind: DatabaseKind) async throws {
        try await TestApp.run(kind) { _, client in
            var visitor = Visitor(client)
            let page = try await visitor.signIn("guihua", password: TestApp.password)
            #expect(page.status == .seeOther)
            let setCookie = try #require(page.headers[values: .setCookie].first { $0.hasPrefix("luoshi_session=") })
            #expect(setCookie.contains("HttpOnly"))
            #expect(setCookie.contains("SameSite=Lax"))
            #expect(!setCookie.contains("Secure"), "Secure only behind HTTPS")
            let dashboard = try await visitor.get("/")
            #expect(dashboard.status == .ok)
            #expect(dashboard.body.contains("规划发展处"))
            let oldCookie = visitor.cookie
            let out = try await visitor.post("/signout", [:])
            #expect(out.status == .seeOther)
            visitor.cookie = oldCookie
            #expect(try await visitor.get("/").status == .seeOther, "the old cookie must no longer work")
        }
    }

    @Test func wrongPasswordsAreThrottledPerAccount() async throws {
        try await TestApp.run { _, client in
            var visitor = Visitor(client)
            let wrong = try await visitor.signIn("yanglao", password: "not-the-password")
            #expect(wrong.status == .unauthorized)
            #expect(wrong.body.contains("登录名或密码不正确"))
            for _ in 1..<SignInThrottle.perAccount { _ = try await visitor.signIn("yanglao", password: "still-wrong") }
            let blocked = try await visitor.signIn("yanglao", password: TestApp.password)
            #expect(blocked.status == .tooManyRequests, "the right password after five failures is refused for now")
            #expect(blocked.body.contains("15分钟"))
            #expect(visitor.cookie == nil)
            // Another account from the same address is not blocked by this one's failures.
            var other = Visitor(client)
            #expect(try await other.signIn("jiuzhu", password: TestApp.password).status == .seeOther)
        }
    }

    @Test func aDisabledAccountCannotSignInAndLosesItsSessions() async throws {
        try await TestApp.run { app, client in
            var reporter = try await Visitor.signedIn("yanglao", client)
            try await app.store.setDisabled(login: "yanglao", true, by: "test", at: Date())
            #expect(try await reporter.get("/").status == .seeOther)
            var again = Visitor(client)
            #expect(try await again.signIn("yanglao", password: TestApp.password).status == .unauthorized)
        }
    }

    @Test func nextOnlyLeadsWithinTheSite() async throws {
        try await TestApp.run { _, client in
            var visitor = Visitor(client)
            let page = try await visitor.post("/signin", ["login": "viewer", "password": TestApp.password, "next": "//evil.example/"], csrf: false)
            #expect(page.location == "/")
            var second = Visitor(client)
            let inside = try await second.post("/signin", ["login": "viewer", "password": TestApp.password, "next": "/projects/3"], csrf: false)
            #expect(inside.location == "/projects/3")
        }
    }
}

@Suite struct SecurityTests {
    @Test func everyAnswerCarriesTheSecurityHeaders() async throws {
        try await TestApp.run { _, client in
            var visitor = try await Visitor.signedIn("viewer", client)
            for path in ["/", "/signin", "/projects/1", "/nowhere"] {
                let page = try await visitor.get(path)
                let csp = page.headers[SecurityHeaderNames.contentSecurityPolicy] ?? ""
                #expect(csp.contains("script-src 'self'"), "\(path)")
                #expect(!csp.contains("unsafe-inline"), "\(path)")
                #expect(csp.contains("frame-ancestors 'none'"))
                #expect(page.headers[SecurityHeaderNames.frameOptions] == "DENY")
                #expect(page.headers[.xContentTypeOptions] == "nosniff")
            }
            let page = try await visitor.get("/")
            #expect(!page.body.contains("<script>"), "no inline script")
            #expect(!page.body.contains("style=\""), "no inline style (CSP)")
        }
    }

    @Test func aFormWithoutTheTokenIsRefusedAndChangesNothing() async throws {
        try await TestApp.run { app, client in
            var reporter = try await Visitor.signedIn("yanglao", client)
            let forged = try await reporter.post("/report", ["month": "2019-09", "version": "0", "p1_progress": "伪造", "action": "save"], csrf: false)
            #expect(forged.status == .forbidden)
            #expect(forged.body.contains("表单已过期或来源不明"))
            #expect(try await app.store.reports(planID: app.planID).isEmpty)
            var wrong = reporter
            wrong.csrf = "not-the-token"
            #expect(try await wrong.post("/report", ["month": "2019-09", "version": "0", "action": "save"]).status == .forbidden)
            #expect(try await app.store.reports(planID: app.planID).isEmpty)
        }
    }
}
