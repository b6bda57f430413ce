import Foundation
import Hummingbird
import Logging
import PlanStore
import Prometheus

/// Builds the application: middleware first (security headers on every
/// answer, refusals turned into pages or JSON, who is calling), then the
/// routes of each area. Tests build the same application without a socket.
public func buildApplication(store: PlanStore, settings: ServerSettings, metrics: PrometheusCollectorRegistry? = nil,
                             logger: Logger = Logger(label: "luoshi.web"), clock: ServerClock? = nil) async throws -> some ApplicationProtocol {
    let services = try Services(store: store, settings: settings, pages: try await PageRenderer.load(),
                                metrics: metrics, logger: logger, clock: clock)
    let router = Router(context: AppContext.self)
    router.add(middleware: MetricsMiddleware())
    router.add(middleware: LogRequestsMiddleware(.debug))
    router.add(middleware: SecurityHeadersMiddleware())
    router.add(middleware: RefusalMiddleware(services: services))
    router.add(middleware: StaticFiles.middleware())
    router.add(middleware: SessionMiddleware(services: services))
    OperationsRoutes(services: services).add(to: router)
    SignInRoutes(services: services).add(to: router)
    DashboardRoutes(services: services).add(to: router)
    ProjectRoutes(services: services).add(to: router)
    IndicatorRoutes(services: services).add(to: router)
    SubPlanRoutes(services: services).add(to: router)
    DocumentRoutes(services: services).add(to: router)
    QuarterRoutes(services: services).add(to: router)
    AssessmentRoutes(services: services).add(to: router)
    PublicityRoutes(services: services).add(to: router)
    BudgetRoutes(services: services).add(to: router)
    ReportRoutes(services: services).add(to: router)
    ReviewRoutes(services: services).add(to: router)
    NoticeRoutes(services: services).add(to: router)
    DirectoryRoutes(services: services).add(to: router)
    ImportRoutes(services: services).add(to: router)
    AdminRoutes(services: services).add(to: router)
    SettingsRoutes(services: services).add(to: router)
    MessageRoutes(services: services).add(to: router)
    ChannelRoutes(services: services).add(to: router)
    LadderRoutes(services: services).add(to: router)
    UnitRoutes(services: services).add(to: router)
    MeetingRoutes(services: services).add(to: router)
    InspectionRoutes(services: services).add(to: router)
    ActionRoutes(services: services).add(to: router)
    try APIRoutes(services: services).add(to: router)
    return Application(
        router: router,
        configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "Luoshi"),
        logger: logger)
}
