import Foundation
import Logging
import PlanStore
import Prometheus
import ReformPlan

/// Everything a handler needs, made once at start-up and shared by every
/// request. It holds no state a second instance would need: sessions,
/// reports and counters live in the database.
final class Services: Sendable {
    let store: PlanStore
    let settings: ServerSettings
    let pages: PageRenderer
    let plans: PlanCache
    let attachments: AttachmentStorage
    /// openapi.yaml, the document the JSON API was generated from.
    let api: APIDocument
    /// The Prometheus registry `luoshi serve` bootstrapped swift-metrics with;
    /// nil in tests, which cannot bootstrap the process-wide system twice.
    let metrics: PrometheusCollectorRegistry?
    let logger: Logger

    init(store: PlanStore, settings: ServerSettings, pages: PageRenderer, metrics: PrometheusCollectorRegistry?, logger: Logger) throws {
        self.metrics = metrics
        self.store = store
        self.settings = settings
        self.pages = pages
        self.plans = PlanCache(store: store)
        self.attachments = try AttachmentStorage(directory: settings.attachmentsDirectory)
        self.api = try APIDocument.load()
        self.logger = logger
    }

    /// "Now" for timestamps (audit, sessions): always the real clock.
    func now() -> Date { Date() }

    /// The day the rules judge by: the configured as-of day (demo, or
    /// `--as-of`), otherwise today in Asia/Shanghai.
    func today() -> Day {
        settings.asOf ?? Shanghai.day(of: Date())
    }
}
