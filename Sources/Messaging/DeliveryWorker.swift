import Foundation
import Logging
import PlanStore
import ReformPlan
import ServiceLifecycle

/// Sends what the outbox holds, inside the server, as a service: claims a
/// batch, sends each message through its channel, and marks it sent, due
/// again after a backoff, or dead. Every instance may run one: claims never
/// overlap (see `PlanStore.claimMessages`), and a message whose sender died
/// mid-delivery is claimed again when its lease runs out — at least once,
/// and once only where the receiver honours the idempotency key.
public struct DeliveryWorker: Service {
    public struct Settings: Sendable {
        public var batch: Int
        /// How long to rest when nothing is due.
        public var idle: Duration
        /// How long a claim lasts: longer than a send can take.
        public var lease: TimeInterval
        public var backoff: Backoff

        public init(batch: Int = 8, idle: Duration = .seconds(2), lease: TimeInterval = 120, backoff: Backoff = Backoff()) {
            self.batch = batch
            self.idle = idle
            self.lease = lease
            self.backoff = backoff
        }
    }

    let store: PlanStore
    let transports: Transports
    let settings: Settings
    let logger: Logger
    /// This worker's name in claims: host, process and a random part, unique across instances.
    public let name: String

    public init(store: PlanStore, transports: Transports, settings: Settings = Settings(), logger: Logger) {
        self.store = store
        self.transports = transports
        self.settings = settings
        self.logger = logger
        name = "\(ProcessInfo.processInfo.hostName)-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
    }

    public func run() async throws {
        while !_Concurrency.Task.isShuttingDownGracefully && !_Concurrency.Task.isCancelled {
            let sent: Int
            do {
                sent = try await deliverDue()
            } catch {
                logger.warning("delivery round failed", metadata: ["error": "\(error)"])
                sent = 0
            }
            // A full batch means more may be waiting; otherwise rest. The rest ends at once on shutdown.
            if sent < settings.batch {
                try? await cancelWhenGracefulShutdown { try await _Concurrency.Task.sleep(for: settings.idle) }
            }
        }
    }

    /// One round: claims what is due and sends it, side by side. Returns how many were claimed.
    @discardableResult
    public func deliverDue() async throws -> Int {
        let batch = try await store.claimMessages(limit: settings.batch, worker: name, now: Date(), lease: settings.lease,
                                                  skipping: transports.smtp == nil ? [.email] : [])
        await withTaskGroup(of: Void.self) { group in
            for message in batch {
                group.addTask { await deliver(message) }
            }
        }
        return batch.count
    }

    func deliver(_ message: OutboxMessage) async {
        do {
            var channel: MessageChannel?
            if let id = message.channelID { channel = try await store.messageChannel(id: id) }
            let outcome = await transports.send(message, through: channel)
            let now = Date()
            switch outcome {
            case .delivered:
                try await store.markSent(message.id, worker: name, at: now)
                logger.info("message sent", metadata: ["id": "\(message.id)", "channel": "\(message.channel?.rawValue ?? "")"])
            case .retry(let reason):
                let next = settings.backoff.nextTry(after: message.attempts, failedAt: now.timeIntervalSince1970)
                let said = next == nil ? "第\(message.attempts)次仍未成功，不再重试：\(reason)" : "第\(message.attempts)次未成功：\(reason)"
                try await store.markFailed(message.id, worker: name, error: said, retryAt: next.map(Date.init(timeIntervalSince1970:)))
                logger.notice("message not sent", metadata: ["id": "\(message.id)", "attempt": "\(message.attempts)", "reason": "\(reason)"])
            case .refused(let reason):
                try await store.markFailed(message.id, worker: name, error: "被拒绝，不再重试：\(reason)", retryAt: nil)
                logger.warning("message refused", metadata: ["id": "\(message.id)", "reason": "\(reason)"])
            }
        } catch {
            // The store failed: the claim runs out and the message is tried again by whoever claims it next.
            logger.warning("message outcome not recorded", metadata: ["id": "\(message.id)", "error": "\(error)"])
        }
    }
}
