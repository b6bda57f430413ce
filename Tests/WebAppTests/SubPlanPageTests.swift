import Foundation
import HummingbirdTesting
import PlanStore
import ReformPlan
import Testing
@testable import WebApp

/// District sub-plans through the pages: made from the city plan, own items,
/// monthly progress rolled up onto the city's project page, and a later change
/// of the city plan shown to the district until it accepts it.
@Suite struct SubPlanPageTests {
    @Test(arguments: DatabaseKind.underTest)
    func aDistrictMakesItsSubPlanReportsOnItAndTheCityProjectShowsIt(_ kind: DatabaseKind) async throws {
        try await TestApp.run(kind) { app, client in
            var jiangan = try await Visitor.signedIn("jiangan", client)
            let form = try await jiangan.get("/subplans/new")

            let created = try await jiangan.post("/subplans", ["title": "2019年江岸区民政改革工作实施方案", "projects": "1"])
            let id = try #require(created.location?.split(separator: "/").last.flatMap { Int64($0) })
            let page = try await jiangan.get("/subplans/\(id)")
            _ = try await jiangan.post("/subplans/\(id)/items", ["title": "社区议事厅全覆盖", "deadline": "11月前", "version": "1"])
            _ = try await jiangan.get("/subplans/\(id)")
            let reported = try await jiangan.post("/subplans/\(id)/progress",
                                                  ["month": "2019-09", "completion_p1": "60", "text_p1": "建成5个", "completion_own1": "30"])
            let badCompletion = try await jiangan.post("/subplans/\(id)/progress", ["month": "2019-09", "completion_p1": "120"])
            let badValue = try await jiangan.post("/subplans/\(id)/progress", ["month": "2019-09", "value_2": "-1"])
            let withValue = try await jiangan.post("/subplans/\(id)/progress", ["month": "2019-09", "value_2": "6"])
            let indicator2 = try await jiangan.get("/indicators/2?division=420100&month=2019-09")
            let twice = try await jiangan.post("/subplans", ["title": "又一个", "projects": "1"])
            var supervisor = try await Visitor.signedIn("guihua", client)
            let project = try await supervisor.get("/projects/1")

            #expect(form.body.contains("value=\"1\" checked") && form.body.contains("value=\"2\" checked"),
                    "projects 1 and 2 speak to every district")
            #expect(page.body.contains("深化全国养老服务业综合改革试点"))
            #expect(reported.status == .seeOther, "\(reported.status)")
            #expect(badCompletion.status == .unprocessableContent && badCompletion.body.contains("0到100的整数"))
            #expect(badCompletion.body.contains("value=\"120\""), "the form comes back as typed")
            #expect(twice.status == .conflict && twice.body.contains("已有子方案"))
            #expect(page.body.contains("name=\"value_2\""), "新建社区老年人服务中心 is entered per district with the report")
            #expect(badValue.status == .unprocessableContent && badValue.body.contains("不小于0的数字"))
            #expect(withValue.status == .seeOther && indicator2.body.contains("6个"))
            #expect(project.body.contains("各区、各单位分解落实") && project.body.contains("江岸区民政局")
                    && project.body.contains("60%") && project.body.contains("建成5个"))
            let saved = try #require(try await app.store.subPlan(id: id))
            #expect(saved.items.map(\.key) == ["p1", "own1"] && saved.version == 2)
        }
    }

    @Test func anotherUnitCannotChangeADistrictsSubPlanButTheSupervisorCan() async throws {
        try await TestApp.run { app, client in
            let sub = try await app.store.saveSubPlan(
                SubPlan(planID: app.planID, unit: "江岸区民政局", title: "江岸", acceptedRevision: 1,
                        items: [SubPlanItem(key: "own1", title: "议事厅")]), expectedVersion: 0, by: "t", at: Date())
            var yanglao = try await Visitor.signedIn("yanglao", client)
            _ = try await yanglao.get("/subplans/\(sub.id!)")
            let refused = try await yanglao.post("/subplans/\(sub.id!)/items", ["title": "越权", "version": "1"])
            var supervisor = try await Visitor.signedIn("guihua", client)
            _ = try await supervisor.get("/subplans/\(sub.id!)")
            let stale = try await supervisor.post("/subplans/\(sub.id!)/items", ["title": "督办补充", "version": "0"])
            let added = try await supervisor.post("/subplans/\(sub.id!)/items", ["title": "督办补充", "version": "1"])
            let inherited = try await supervisor.post("/subplans/\(sub.id!)/items/p9/delete", ["version": "2"])

            let unlinked = try await supervisor.post("/subplans/\(sub.id!)/progress", ["month": "2019-09", "completion_own1": "10"])
            #expect(refused.status == .forbidden)
            #expect(stale.status == .conflict)
            #expect(unlinked.status == .seeOther, "progress alone needs no district")
            #expect(added.status == .seeOther)
            #expect(inherited.status == .notFound)
            #expect(try await app.store.subPlan(id: sub.id!)?.items.map(\.title) == ["议事厅", "督办补充"])
        }
    }

    @Test func aChangedCityPlanWaitsForTheDistrictToAcceptIt() async throws {
        try await TestApp.run { app, client in
            let plan = try #require(try await app.store.plan(id: app.planID))
            let item = SubPlanning.inheritedItem(plan.projects[0], plan: plan, targets: [:])
            let sub = try await app.store.saveSubPlan(
                SubPlan(planID: app.planID, unit: "江岸区民政局", title: "江岸", acceptedRevision: 1, items: [item]),
                expectedVersion: 0, by: "t", at: Date())
            var changed = plan
            changed.projects[0].title += "（调整）"
            _ = try await app.store.load(changed, by: "guihua", at: Date())
            var jiangan = try await Visitor.signedIn("jiangan", client)

            let before = try await jiangan.get("/subplans/\(sub.id!)")
            let stillOld = try await app.store.subPlan(id: sub.id!)?.items[0].title
            _ = try await jiangan.post("/subplans/\(sub.id!)/accept", ["version": "1"])
            let after = try await jiangan.get("/subplans/\(sub.id!)")

            #expect(before.body.contains("待确认的变更") && before.body.contains("（调整）"))
            #expect(stillOld == plan.projects[0].title, "nothing is applied before the district accepts")
            #expect(!after.body.contains("市方案已修改") && after.body.contains("（调整）"))
            #expect(try await app.store.subPlan(id: sub.id!)?.acceptedRevision == 2)
        }
    }

    @Test func theDemoHasADistrictAndAnOfficeSubPlanRolledIntoTheCityProject() async throws {
        try await TestApp.run(demoYear: true) { _, client in
            var leader = try await Visitor.signedIn("leader", client)
            let list = try await leader.get("/subplans")
            let project = try await leader.get("/projects/1")

            #expect(list.body.contains("江岸区民政局") && list.body.contains("政策法规处") && list.body.contains("【演示】"))
            #expect(project.body.contains("各区、各单位分解落实") && project.body.contains("江岸区民政局"))
        }
    }
}
