import Foundation
import Hummingbird
import AsyncHTTPClient
import Logging
import Messaging
import Metrics
import NIOCore
import PlanStore
import Prometheus
import ReformPlan
import ServiceLifecycle

/// `luoshi serve`: opens and migrates the store, makes sure someone can sign
/// in (the first administrator, or the demo accounts), and serves until
/// SIGTERM or SIGINT, letting requests in flight finish.
public enum LuoshiServer {
    public static func run(settings: ServerSettings, demoPassword: String? = nil, serve: Bool = true,
                           print say: @escaping @Sendable (String) -> Void = { line in FileHandle.standardOutput.write(Data((line + "\n").utf8)) }) async throws {
        var logger = Logger(label: "luoshi.web")
        logger.logLevel = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap { Logger.Level(rawValue: $0) } ?? .info
        let store = try await PlanStore.open(settings.database, logger: logger)
        do {
            try await store.migrate()
            // The city's districts, so that a street list or a district's values have somewhere to go.
            try await store.seedDivisionsIfEmpty(WuhanDivisions.all, by: "luoshi serve", at: Date())
            if settings.demo {
                try await prepareDemo(store: store, settings: settings, password: demoPassword, say: say)
            } else {
                try await firstAdministrator(store: store, say: say)
            }
            // `--prepare-only`: the database is ready (for channels to be set up before the first message).
            guard serve else {
                try await store.close()
                return
            }
            let registry = PrometheusCollectorRegistry()
            MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
            let clock = try await ServerClock.load(settings: settings, store: store)
            let app = try await buildApplication(store: store, settings: settings, metrics: registry, logger: logger, clock: clock)
            say("落实 Luoshi 已启动：http://\(settings.host):\(settings.port)/ （数据库 \(settings.database)；统计日期 \(clock.asOf.map(String.init(describing:)) ?? "今天")）")
            // SIGTERM or SIGINT: the server stops taking connections and lets the
            // requests in flight finish; housekeeping stops between rounds.
            // No redirects: a webhook is posted to the address kept, never elsewhere.
            let http = HTTPClient(eventLoopGroupProvider: .singleton, configuration: .init(redirectConfiguration: .disallow))
            var services: [ServiceGroupConfiguration.ServiceConfiguration] = [
                .init(service: app), .init(service: Housekeeping(store: store, logger: logger)),
                .init(service: reminders(store: store, settings: settings, clock: clock, logger: logger)),
            ]
            if settings.messaging.deliver {
                services.append(.init(service: deliveryWorker(store: store, settings: settings.messaging, http: http, logger: logger)))
            }
            let group = ServiceGroup(
                configuration: .init(services: services, gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
            do {
                try await group.run()
            } catch {
                try? await http.shutdown()
                throw error
            }
            try await http.shutdown()
            try await store.close()
        } catch {
            try? await store.close()
            throw error
        }
    }

    static func deliveryWorker(store: PlanStore, settings: MessagingSettings, http: HTTPClient, logger: Logger) -> DeliveryWorker {
        let timeout = TimeAmount.milliseconds(Int64(settings.timeout * 1000))
        let transports = Transports(smtp: settings.smtp.map { SMTPClient(settings: $0, timeout: timeout) },
                                    webhooks: WebhookClient(http: http, timeout: timeout), publicURL: settings.publicURL,
                                    webhookHosts: settings.webhookHosts)
        return DeliveryWorker(store: store, transports: transports, settings: settings.worker, logger: logger)
    }

    /// The reminder round judges by the server's day: the as-of day when one is set (the demo, moved on or not), else today.
    static func reminders(store: PlanStore, settings: ServerSettings, clock: ServerClock, logger: Logger) -> ReminderService {
        ReminderService(round: ReminderRound(store: store, thresholds: settings.thresholds),
                        today: { clock.today() },
                        interval: .milliseconds(Int64(settings.messaging.reminderInterval * 1000)), logger: logger)
    }

    /// On a database without accounts: one administrator with a random
    /// password, printed once and never stored in clear.
    static func firstAdministrator(store: PlanStore, say: (String) -> Void) async throws {
        guard try await store.accountCount() == 0 else { return }
        let password = Secrets.password()
        _ = try await store.createAccount(Account(login: "admin", displayName: "系统管理员", role: .administrator),
                                          passwordHash: try await Passwords.hash(password), by: "luoshi serve", at: Date())
        say("已创建管理员账户 admin，初始密码（只显示这一次）：\(password)")
        say("Created the administrator account admin; its password (shown only now): \(password)")
    }

    static func prepareDemo(store: PlanStore, settings: ServerSettings, password: String?, say: (String) -> Void) async throws {
        let plan = try DemoPlan.load()
        let asOf = settings.asOf ?? DemoPlan.defaultAsOf
        guard let year = plan.year, asOf.year == year else { throw DemoError.asOfOutsidePlanYear(asOf, plan.year ?? 0) }
        let outcome = try await store.load(plan, by: "demo", at: Date())
        let credentials = try await DemoAccounts.ensure(for: plan, store: store, password: password)
        let seeded = try await store.setting("demo.seededAsOf")
        if seeded == nil {
            try await DemoYear(plan: plan, planID: outcome.planID, asOf: asOf, store: store, thresholds: settings.thresholds).generate()
            try await DemoDivisions(plan: plan, planID: outcome.planID, asOf: asOf, store: store).generate()
            try await DemoSubPlans(plan: plan, planID: outcome.planID, revision: outcome.revision, asOf: asOf, store: store).generate()
            try await DemoPublicity(planID: outcome.planID, plan: plan, asOf: asOf, store: store).generate()
            try await DemoMeetings(planID: outcome.planID, plan: plan, asOf: asOf, store: store).generate()
            try await DemoDocuments(store: store, asOf: asOf).generate()
            // The simulated past tells nobody; what is done from now on does.
            try await store.discardOutbox()
            try await store.setSetting("demo.seededAsOf", asOf.description, by: "demo", at: Date())
        } else if seeded != asOf.description {
            say("注意：演示报送数据已按 \(seeded ?? "") 生成；如需按 \(asOf) 重新生成，请删除数据库文件后重启。")
        }
        say("【演示数据 DEMO DATA】\(plan.notice.title)，统计日期 \(asOf)")
        say("演示账户（密码只在此显示） / Demo accounts (passwords shown only here):")
        for credential in credentials {
            let role = credential.role.chineseName + (credential.unit.map { " · \($0)" } ?? "")
            say("  \(credential.login.padding(toLength: 10, withPad: " ", startingAt: 0)) \(credential.password)  \(role)")
        }
    }
}
