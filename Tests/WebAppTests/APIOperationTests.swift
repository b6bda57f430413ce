import Foundation
import HummingbirdTesting
import PlanStore
import ReformPlan
import Testing
@testable import WebApp

/// Every operation of the JSON API on its happy path, on SQLite and PostgreSQL.
@Suite struct APIOperationTests {
    @Test(arguments: DatabaseKind.underTest)
    func plansProjectsPhasesAndIndicators(_ kind: DatabaseKind) async throws {
        try await TestApp.run(kind, demoYear: true) { app, client in
            let viewer = try await APIClient.signedIn("viewer", app, client)
            let plans = try await viewer.get("/api/v1/plans")
            #expect(plans.status == .ok)
            #expect(plans["total"] as? Int == 1)
            let summary = try #require(plans.items.first)
            #expect(summary["current"] as? Bool == true)
            #expect(summary["projectCount"] as? Int == 16)
            let plan = try await viewer.get("/api/v1/plans/\(app.planID)")
            #expect(plan["title"] as? String == "2019年武汉市民政改革工作实施方案")
            #expect(plan["phaseCount"] as? Int == 17)
            #expect(plan["indicatorCount"] as? Int == 11)
            #expect(try await viewer.get("/api/v1/plans/\(app.planID + 1)").status == .notFound)

            let projects = try await viewer.get("/api/v1/projects?perPage=100")
            #expect(projects["total"] as? Int == 16)
            #expect(projects.items.count == 16)
            let paged = try await viewer.get("/api/v1/projects?page=2&perPage=5")
            #expect(paged.items.map { $0["number"] as? Int } == [6, 7, 8, 9, 10])
            #expect(paged["page"] as? Int == 2 && paged["perPage"] as? Int == 5 && paged["total"] as? Int == 16)
            #expect(try await viewer.get("/api/v1/projects?page=9").items.isEmpty, "past the last page: nothing, not an error")
            #expect(try await viewer.get("/api/v1/projects?category=lead")["total"] as? Int == 4)
            let eldercare = try await viewer.get("/api/v1/projects?unit=养老服务处")
            #expect(eldercare.items.compactMap { $0["number"] as? Int } == [1, 10, 12])

            // The statuses are the dashboard's: the same overview computes both.
            let current = try #require(try await app.store.plan(id: app.planID))
            let services = try Services(store: app.store, settings: app.settings, pages: try await PageRenderer.load(), metrics: nil,
                                        logger: .init(label: "test"))
            let overview = try await Overview.make(services, PlanCache.Current(id: app.planID, revision: 1, plan: current))
            for item in projects.items {
                let number = try #require(item["number"] as? Int)
                #expect(item["status"] as? String == overview.assessments[number]?.status.rawValue, "project \(number)")
            }
            let lagging = overview.assessments.values.filter { $0.status == .lagging }.count
            #expect(try await viewer.get("/api/v1/projects?status=lagging")["total"] as? Int == lagging)

            let one = try await viewer.get("/api/v1/projects/1")
            #expect(one.status == .ok)
            let chain = try #require(one["responsibility"] as? [String: Any])
            #expect(chain["responsibleUnits"] as? [String] == ["养老服务处"])
            #expect((one["reasons"] as? [String])?.isEmpty == false)
            #expect(one["status"] as? String == overview.assessments[1]?.status.rawValue)
            #expect(try await viewer.get("/api/v1/projects/99").status == .notFound)

            let phases = try await viewer.get("/api/v1/projects/1/phases")
            #expect(phases["project"] as? Int == 1)
            let firstPhase = try #require(current.phases(of: 1).first)
            let listed = try #require(phases.items.first)
            #expect(listed["title"] as? String == firstPhase.title)
            #expect(listed["status"] as? String == overview.phaseStatus(firstPhase).rawValue)
            #expect(phases.items.count == current.phases(of: 1).count)

            let indicators = try await viewer.get("/api/v1/indicators?perPage=100")
            #expect(indicators["total"] as? Int == 11)
            let reported = indicators.items.filter { $0["latest"] != nil }
            #expect(!reported.isEmpty, "the demo year reports indicator values")
            #expect(reported.allSatisfy { $0["met"] is Bool })
            let ofProject1 = try await viewer.get("/api/v1/indicators?project=1")
            #expect(ofProject1.items.allSatisfy { $0["project"] as? Int == 1 })
            #expect(ofProject1["total"] as? Int == current.indicators.filter { $0.project == 1 }.count)
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func draftSubmitReturnResubmitAccept(_ kind: DatabaseKind) async throws {
        try await TestApp.run(kind) { app, client in
            let reporter = try await APIClient.signedIn("yanglao", app, client)
            let supervisor = try await APIClient.signedIn("guihua", app, client)
            #expect(try await reporter.get(APIClient.eldercareReport).status == .notFound, "no report yet")

            let indicator = try #require(DemoPlanFacts.plan.indicators.first { $0.project == 1 }).name
            let draft = try await reporter.put(APIClient.eldercareReport, ["version": 0, "sections": [
                APIClient.section(1, completion: 60, phases: [["stream": 1, "order": 3, "percent": 80]],
                                  indicators: [["indicator": indicator, "value": 65]]),
            ]])
            #expect(draft.status == .ok, "\(draft.body)")
            #expect(draft["state"] as? String == "draft")
            #expect(draft["version"] as? Int == 1)
            let sections = try #require(draft["sections"] as? [[String: Any]])
            #expect(sections.compactMap { $0["project"] as? Int } == [1, 10, 12], "a section for every project the unit answers for")
            var stored = try #require(try await app.store.report(planID: app.planID, unit: "养老服务处", month: ReportMonth(year: 2019, month: 9)))
            #expect(stored.section(for: 1)?.phases == [PhaseCompletion(stream: 1, order: 3, percent: 80)])
            #expect(stored.section(for: 1)?.indicatorValues == [IndicatorValue(indicator: indicator, value: 65)])
            #expect(stored.updatedBy == "yanglao")

            let read = try await reporter.get(APIClient.eldercareReport)
            #expect(read["version"] as? Int == 1)
            let stale = try await reporter.put(APIClient.eldercareReport, ["version": 0, "sections": [APIClient.section(1)]])
            #expect(stale.status == .conflict)
            #expect(stale.field == "version")
            #expect((stale["message"] as? String)?.contains("第1版") == true)

            let id = try #require(draft["id"] as? Int)
            let incomplete = try await reporter.post("/api/v1/reports/\(id)/submit")
            #expect(incomplete.status == .unprocessableContent)
            #expect(incomplete.field == "sections.1.progress", "project 10 has no progress yet")

            let full = try await reporter.put(APIClient.eldercareReport, ["version": 1, "sections": [1, 10, 12].map { APIClient.section($0) }])
            #expect(full.status == .ok)
            let submitted = try await reporter.post("/api/v1/reports/\(id)/submit")
            #expect(submitted.status == .ok)
            #expect(submitted["state"] as? String == "submitted")
            #expect(submitted["late"] as? Bool == true, "submitted on 09-30, after the 25th")
            #expect(submitted["submittedBy"] as? String == "yanglao")
            #expect(try await reporter.post("/api/v1/reports/\(id)/submit").status == .conflict, "submitted once")
            #expect(try await reporter.put(APIClient.eldercareReport, ["version": 3, "sections": []]).status == .conflict,
                    "a submitted report cannot change")

            let noComment = try await supervisor.post("/api/v1/reports/\(id)/review", ["action": "return", "comment": "  "])
            #expect(noComment.status == .unprocessableContent)
            #expect(noComment.field == "comment")
            let returned = try await supervisor.post("/api/v1/reports/\(id)/review", ["action": "return", "comment": "请补充第3阶段完成情况。"])
            #expect(returned["state"] as? String == "returned")
            #expect(returned["reviewComment"] as? String == "请补充第3阶段完成情况。")

            stored = try #require(try await app.store.report(planID: app.planID, unit: "养老服务处", month: ReportMonth(year: 2019, month: 9)))
            let corrected = try await reporter.put(APIClient.eldercareReport, ["version": stored.version, "sections": [
                APIClient.section(1, completion: 70, phases: [["stream": 1, "order": 3, "percent": 100]]),
                APIClient.section(10), APIClient.section(12),
            ]])
            #expect(corrected["state"] as? String == "returned", "saving keeps it returned until it is submitted again")
            #expect(try await reporter.post("/api/v1/reports/\(id)/submit")["state"] as? String == "submitted")
            let accepted = try await supervisor.post("/api/v1/reports/\(id)/review", ["action": "accept"])
            #expect(accepted["state"] as? String == "accepted")
            #expect(accepted["reviewedBy"] as? String == "guihua")

            let list = try await supervisor.get("/api/v1/reports?month=2019-09&state=accepted")
            #expect(list.items.compactMap { $0["id"] as? Int } == [id])
            #expect(list.items.first?["late"] as? Bool == true)
            let one = try await APIClient.signedIn("viewer", app, client).get("/api/v1/reports/\(id)")
            #expect(one.status == .ok)
            #expect((one["sections"] as? [[String: Any]])?.first?["completion"] as? Int == 70)
            // The page and the API agree: the project page shows what was accepted.
            var visitor = try await Visitor.signedIn("leader", client)
            #expect(try await visitor.get("/projects/1").body.contains("70%"))
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func noticeIssueSignReplyCloseAndEscalate(_ kind: DatabaseKind) async throws {
        try await TestApp.run(kind) { app, client in
            let supervisor = try await APIClient.signedIn("guihua", app, client)
            let reporter = try await APIClient.signedIn("yanglao", app, client)
            let issued = try await supervisor.post("/api/v1/notices", [
                "project": 1, "unit": "养老服务处", "phase": ["stream": 1, "order": 3], "reason": "第3阶段进度滞后", "replyDue": "2019-10-08",
            ])
            #expect(issued.status == .created, "\(issued.body)")
            #expect(issued["number"] as? String == "督办〔2019〕1号")
            #expect(issued["state"] as? String == "issued")
            #expect(issued["issuedOn"] as? String == "2019-09-30")
            #expect(issued["overdue"] as? Bool == false)
            let id = try #require(issued["id"] as? Int)

            let signed = try await reporter.post("/api/v1/notices/\(id)/sign")
            #expect(signed["state"] as? String == "signed")
            #expect(signed["signedBy"] as? String == "yanglao")
            #expect(try await reporter.post("/api/v1/notices/\(id)/sign").status == .conflict, "signed once only")
            let empty = try await reporter.post("/api/v1/notices/\(id)/reply", ["text": " "])
            #expect(empty.status == .unprocessableContent)
            #expect(empty.field == "text")
            let replied = try await reporter.post("/api/v1/notices/\(id)/reply", ["text": "已召开推进会，10月底前完成。"])
            #expect(replied["state"] as? String == "replied")
            #expect(replied["reply"] as? String == "已召开推进会，10月底前完成。")
            let closed = try await supervisor.post("/api/v1/notices/\(id)/close", ["text": "已核实"])
            #expect(closed["state"] as? String == "closed")
            #expect(closed["closingNote"] as? String == "已核实")

            let second = try await supervisor.post("/api/v1/notices", ["project": 1, "unit": "养老服务处", "reason": "未按期报送", "replyDue": "2019-09-30"])
            let secondID = try #require(second["id"] as? Int)
            let escalated = try await supervisor.post("/api/v1/notices/\(secondID)/escalate")
            #expect(escalated["state"] as? String == "escalated")
            #expect(escalated["escalatedTo"] as? String == DemoPlanFacts.plan.project(1)?.responsibility.leaderInCharge)

            let all = try await reporter.get("/api/v1/notices")
            #expect(all["total"] as? Int == 2)
            #expect(try await reporter.get("/api/v1/notices?open=true").items.compactMap { $0["id"] as? Int } == [secondID])
            #expect(try await reporter.get("/api/v1/notices?open=false").items.compactMap { $0["id"] as? Int } == [id])
            #expect(try await reporter.get("/api/v1/notices?unit=社会救助处")["total"] as? Int == 0)
            let one = try await APIClient.signedIn("viewer", app, client).get("/api/v1/notices/\(id)")
            #expect(one["reply"] as? String == "已召开推进会，10月底前完成。")
            let stored = try #require(try await app.store.notice(id: Int64(id))).notice
            #expect(stored.state == .closed && stored.signedBy == "yanglao")
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func accountsAndMe(_ kind: DatabaseKind) async throws {
        try await TestApp.run(kind) { app, client in
            let admin = try await APIClient.signedIn("admin", app, client)
            let list = try await admin.get("/api/v1/accounts")
            #expect(list["total"] as? Int == TestApp.accounts.count)
            #expect(list.items.compactMap { $0["login"] as? String }.contains("yanglao"))
            #expect(!list.body.contains("password"), "no hash, no password")

            let created = try await admin.post("/api/v1/accounts", ["login": "minzheng.li", "displayName": "李敏", "role": "reporter",
                                                                    "unit": "社会事务处"])
            #expect(created.status == .created, "\(created.body)")
            let account = try #require(created["account"] as? [String: Any])
            #expect(account["role"] as? String == "reporter")
            #expect(account["unit"] as? String == "社会事务处")
            let password = try #require(created["initialPassword"] as? String)
            #expect(password.count >= 12)
            var visitor = Visitor(client)
            #expect(try await visitor.signIn("minzheng.li", password: password).status == .seeOther, "the initial password signs in")
            let hash = try #require(try await app.store.credentials(login: "minzheng.li")).passwordHash
            #expect(hash.hasPrefix("$2"), "bcrypt")

            let twice = try await admin.post("/api/v1/accounts", ["login": "minzheng.li", "displayName": "李敏", "role": "viewer"])
            #expect(twice.status == .conflict)
            #expect(twice.field == "login")
            let noUnit = try await admin.post("/api/v1/accounts", ["login": "wang", "displayName": "王", "role": "reporter"])
            #expect(noUnit.status == .unprocessableContent)
            #expect(noUnit.field == "unit")
            let badLogin = try await admin.post("/api/v1/accounts", ["login": "王 丽", "displayName": "王丽", "role": "viewer"])
            #expect(badLogin.status == .unprocessableContent)
            #expect(badLogin.field == "login")

            let me = try await APIClient.signedIn("leader", app, client).get("/api/v1/me")
            #expect(me["login"] as? String == "leader")
            #expect(me["role"] as? String == "leader")
            #expect(me["person"] as? String == "张明武")
        }
    }
}

/// The demo plan the test application loads, for facts the tests compare with.
enum DemoPlanFacts {
    static let plan: Plan = (try? DemoPlan.load()) ?? Plan(notice: Notice(title: ""))
}
