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
    /// The day the rules judge by (the as-of day, moved on in the demo).
    let clock: ServerClock

    init(store: PlanStore, settings: ServerSettings, pages: PageRenderer, metrics: PrometheusCollectorRegistry?, logger: Logger,
         clock: ServerClock? = nil) throws {
        self.metrics = metrics
        self.clock = clock ?? ServerClock(asOf: settings.asOf)
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

    /// When a business event happens (a report sent or reviewed, a notice
    /// signed or answered, a piece sent or decided, a document read): now,
    /// or — when the server judges as of a configured day (the demo,
    /// `--as-of`) — that day at the present time of day, so that what is done
    /// in such a session falls on the day the rules judge by, and a bulletin
    /// as of that day sees it. Audit entries keep the real clock.
    func eventTime() -> Date {
        guard let asOf = clock.asOf else { return Date() }
        let c = Shanghai.calendar.dateComponents([.hour, .minute, .second], from: Date())
        return Shanghai.calendar.date(from: DateComponents(year: asOf.year, month: asOf.month, day: asOf.day,
                                                           hour: c.hour, minute: c.minute, second: c.second)) ?? Date()
    }

    /// The day the rules judge by: the configured as-of day (demo, or
    /// `--as-of`), otherwise today in Asia/Shanghai.
    func today() -> Day { clock.today() }
}
