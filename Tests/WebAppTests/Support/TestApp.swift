import Foundation
import Hummingbird
import HummingbirdTesting
import PlanStore
import ReformPlan
import Testing
@testable import WebApp

/// The application on a fresh database with the demo plan loaded and one
/// account per role, all with the password `TestApp.password`. Optionally
/// the demo's simulated year too.
struct TestApp: Sendable {
    static let password = "correct-horse-7"
    /// Logins by role; reporters for two units so boundaries between units can be tried.
    static let accounts: [Account] = [
        Account(login: "admin", displayName: "管理员", role: .administrator),
        Account(login: "guihua", displayName: "规划发展处", role: .supervisor, unit: "局规划发展处"),
        Account(login: "leader", displayName: "张明武", role: .leader, person: "张明武"),
        Account(login: "yanglao", displayName: "养老服务处填报员", role: .reporter, unit: "养老服务处"),
        Account(login: "jiuzhu", displayName: "社会救助处填报员", role: .reporter, unit: "社会救助处"),
        Account(login: "viewer", displayName: "只读", role: .viewer),
        Account(login: "jiangan", displayName: "江岸区民政局填报员", role: .reporter, unit: "江岸区民政局"),
        Account(login: "caiwu", displayName: "局财务处", role: .finance, unit: "局财务处"),
        Account(login: "zhengce", displayName: "政策法规处", role: .reporter, unit: "市民政局政策法规处"),
    ]
    /// 每个城市社区拥有社会组织: the demo plan's eighth indicator, a share of urban communities.
    static let communityIndicator = 8
    static let asOf = Day(year: 2019, month: 9, day: 30)

    let store: PlanStore
    let settings: ServerSettings
    let planID: Int

    /// Runs `body` with a client of the application, and removes everything afterwards.
    static func run(_ kind: DatabaseKind = .sqlite, demoYear: Bool = false, asOf: Day = asOf,
                    _ body: @escaping @Sendable (TestApp, any TestClientProtocol) async throws -> Void) async throws {
        let (location, dispose) = try await TestDatabase.fresh(kind)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("luoshi-att-\(UUID().uuidString)")
        let store = try await PlanStore.open(location)
        do {
            try await store.migrate()
            let plan = try DemoPlan.load()
            let outcome = try await store.load(plan, by: "test", at: Date())
            let hash = try await Passwords.hash(password)
            for account in accounts { _ = try await store.createAccount(account, passwordHash: hash, by: "test", at: Date()) }
            let settings = ServerSettings(database: location, asOf: asOf, demo: demoYear, attachmentsDirectory: folder.path)
            try await store.saveDivisions(WuhanDivisions.all, by: "test", at: Date())
            try await store.linkUnit("江岸区民政局", to: "420102", by: "test", at: Date())
            if demoYear {
                try await DemoYear(plan: plan, planID: outcome.planID, asOf: asOf, store: store, thresholds: settings.thresholds).generate()
                try await DemoDivisions(plan: plan, planID: outcome.planID, asOf: asOf, store: store).generate()
                try await DemoSubPlans(plan: plan, planID: outcome.planID, revision: outcome.revision, asOf: asOf, store: store).generate()
                try await DemoPublicity(planID: outcome.planID, plan: plan, asOf: asOf, store: store).generate()
                try await DemoMeetings(planID: outcome.planID, plan: plan, asOf: asOf, store: store).generate()
            try await DemoDocuments(store: store, asOf: asOf).generate()
            } else {
                try await store.saveDivisions(SampleDivisions.local, by: "test", at: Date())
            }
            let app = try await buildApplication(store: store, settings: settings)
            let testApp = TestApp(store: store, settings: settings, planID: outcome.planID)
            try await app.test(.router) { client in try await body(testApp, client) }
            try await store.close()
        } catch {
            try? await store.close()
            try? FileManager.default.removeItem(at: folder)
            await dispose()
            throw error
        }
        try? FileManager.default.removeItem(at: folder)
        await dispose()
    }
}
