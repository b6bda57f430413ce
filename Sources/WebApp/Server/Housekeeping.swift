import Foundation
import Logging
import PlanStore
import ServiceLifecycle

/// Removes what has run out: expired sessions and sign-in failures older
/// than the throttling window, once an hour. Every instance may do it; the
/// deletes are idempotent, so two instances doing it at once do no harm.
struct Housekeeping: Service {
    let store: PlanStore
    let logger: Logger
    var interval: Duration = .seconds(3600)

    func run() async throws {
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            do {
                let now = Date()
                let sessions = try await store.deleteExpiredSessions(now: now)
                let failures = try await store.deleteSignInFailures(before: now.addingTimeInterval(-SignInThrottle.window))
                if sessions + failures > 0 {
                    logger.info("housekeeping", metadata: ["expiredSessions": "\(sessions)", "oldSignInFailures": "\(failures)"])
                }
            } catch {
                logger.warning("housekeeping failed", metadata: ["error": "\(error)"])
            }
            // The wait ends at once when shutdown begins.
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
        }
    }
}
