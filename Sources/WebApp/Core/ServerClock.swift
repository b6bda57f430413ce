import Foundation
import PlanStore
import ReformPlan
import Synchronization

/// The day the rules judge by. Fixed when the server was given one (`--as-of`,
/// the demo's 2019-09-30), else today in Asia/Shanghai. In the demo the
/// supervisor may move it on (演示时钟), to watch reminders go out and
/// laggards climb the ladder; the day moved to is kept as a setting, so a
/// restarted demo stays on it. Forward only: what was recorded stays in the past.
public final class ServerClock: Sendable {
    static let settingKey = "demo.clock"
    private let fixed: Mutex<Day?>

    init(asOf: Day?) { fixed = Mutex(asOf) }

    /// The configured day, or the demo's moved-on day when one is kept and later.
    static func load(settings: ServerSettings, store: PlanStore) async throws -> ServerClock {
        var day = settings.asOf
        if settings.demo, let kept = try await store.setting(settingKey).flatMap(Day.init(iso:)), kept > (day ?? kept) {
            day = kept
        }
        return ServerClock(asOf: day)
    }

    var asOf: Day? { fixed.withLock { $0 } }

    func today() -> Day { asOf ?? Shanghai.day(of: Date()) }

    /// Moves a fixed day on; a clock that follows the calendar cannot be moved.
    func move(to day: Day) {
        fixed.withLock { current in
            if let now = current, day > now { current = day }
        }
    }
}
