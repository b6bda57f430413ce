import Foundation
import HummingbirdTesting
import PlanStore
import ReformPlan
import Testing
@testable import WebApp

@Suite struct DashboardTests {
    @Test(arguments: DatabaseKind.underTest)
    func theDemoYearShowsEveryProjectWithItsStatus(_ kind: DatabaseKind) async throws {
        try await TestApp.run(kind, demoYear: true) { app, client in
            var viewer = try await Visitor.signedIn("viewer", client)
            let page = try await viewer.get("/")
            #expect(page.status == .ok)
            let plan = try DemoPlan.load()
            for project in plan.projects { #expect(page.body.contains("href=\"/projects/\(project.number)\""), "project \(project.number)") }
            #expect(page.body.contains("演示数据"), "demo content says so")
            #expect(page.body.contains("进度滞后"), "基层政权's projects lag in the demo")
            #expect(page.body.contains("区划地名处"), "区划地名处 has not reported in September")
            #expect(page.body.contains("逾期未回复"), "the notice to 区划地名处 is overdue")
            #expect(page.body.contains("2019-09-30"))
            let rows = page.body.components(separatedBy: "<tr><td>").count - 1
            #expect(rows >= 16)
        }
    }

    @Test func aProjectPageShowsTheChainTimelineAndHistory() async throws {
        try await TestApp.run(demoYear: true) { _, client in
            var supervisor = try await Visitor.signedIn("guihua", client)
            let page = try await supervisor.get("/projects/2")
            #expect(page.status == .ok)
            #expect(page.body.contains("基层政权建设和社区治理处"))
            #expect(page.body.contains("孙家同"))
            #expect(page.body.contains("<svg"))
            #expect(page.body.contains("class=\"today\""), "a line for today")
            #expect(page.body.contains("与全市“民呼我应”改革工作同步推进"), "the phase with only a condition")
            #expect(page.body.contains("report.save") || page.body.contains("notice.issue"), "the audit trail")
            let five = try await supervisor.get("/projects/5")
            #expect(five.body.contains("市委办公厅"), "the lead agency of a city project")
            #expect(try await supervisor.get("/projects/99").status == .notFound)
            #expect(try await supervisor.get("/projects/abc").status == .notFound)
        }
    }

    /// The project page's body is kept between requests; the CSRF token in its
    /// comment form must still be the reader's own, never another session's.
    @Test func aKeptProjectPageCarriesEachReadersOwnToken() async throws {
        try await TestApp.run { app, client in
            var first = try await Visitor.signedIn("leader", client)
            var second = try await Visitor.signedIn("leader", client)
            let one = try await first.get("/projects/2"), two = try await second.get("/projects/2")
            let tokens = { (html: String) in html.components(separatedBy: "name=\"_csrf\" value=\"").dropFirst().map { $0.prefix { $0 != "\"" } } }
            #expect(Set(tokens(one.body)).count == 1, "one token on the page, the session's")
            #expect(Set(tokens(two.body)).count == 1)
            #expect(tokens(one.body).first != tokens(two.body).first)
            #expect(try await second.post("/projects/2/comments", ["text": "请加快进度"]).status == .seeOther)
            let after = try await first.get("/projects/2")
            #expect(after.body.contains("请加快进度"), "a comment moves the change mark, so the kept page is renewed")
            #expect(try await app.store.comments(planID: app.planID, project: 2).count == 1)
        }
    }

    @Test func theProjectListFilters() async throws {
        try await TestApp.run(demoYear: true) { _, client in
            var viewer = try await Visitor.signedIn("viewer", client)
            let own = try await viewer.get("/projects?category=own")
            #expect(own.body.contains("5 / 16"))
            let unit = try await viewer.get("/projects?unit=" + Visitor.encode("社会救助处"))
            #expect(unit.body.contains("4 / 16"), "projects 4, 11, 15, 16")
            let search = try await viewer.get("/projects?q=" + Visitor.encode("婚姻"))
            #expect(search.body.contains("1 / 16"))
        }
    }

    @Test func aLeaderSeesTheirProjectsFirst() async throws {
        try await TestApp.run(demoYear: true) { _, client in
            var leader = try await Visitor.signedIn("leader", client)
            let page = try await leader.get("/")
            let mine = try #require(page.body.range(of: "我分管的项目"))
            let all = try #require(page.body.range(of: "按类别"))
            #expect(mine.lowerBound < all.lowerBound)
        }
    }

    @Test func theLanguageSwitchChangesTheWords() async throws {
        try await TestApp.run { _, client in
            var viewer = try await Visitor.signedIn("viewer", client)
            let switched = try await viewer.get("/language/en")
            #expect(switched.status == .seeOther)
            let cookie = try #require(switched.headers[values: .setCookie].first { $0.hasPrefix("lang=") })
            viewer.cookie = (viewer.cookie ?? "") + "; " + String(cookie.split(separator: ";")[0])
            let page = try await viewer.get("/")
            #expect(page.body.contains("Dashboard"))
            #expect(page.body.contains("<html lang=\"en\">"))
        }
    }
}
