/// What one try at delivering a message came to.
public enum DeliveryOutcome: Hashable, Sendable {
    /// The receiver took it.
    case delivered
    /// It may go through later: a timeout, a refused connection, a 5xx, a busy or throttled robot.
    case retry(String)
    /// It never will as it stands: a 4xx, a robot's signature or token refused, an address the mail server rejects.
    case refused(String)
}

/// How long to wait before the next try: doubling from `base`, never more than `cap`.
/// Pure, so the schedule is the same on every instance and in every test.
public struct Backoff: Hashable, Sendable {
    public var base: Double
    public var cap: Double
    /// Tries in all before a message is given up as dead.
    public var attempts: Int

    public init(base: Double = 30, cap: Double = 3600, attempts: Int = 8) {
        self.base = base
        self.cap = cap
        self.attempts = attempts
    }

    /// Seconds to wait after the `attempt`-th try failed (1 for the first).
    public func delay(after attempt: Int) -> Double {
        let doublings = Swift.min(Swift.max(attempt - 1, 0), 40)
        return Swift.min(base * Double(1 << doublings), cap)
    }

    /// When the next try is due after the `attempt`-th failed, or nil when that was the last.
    public func nextTry(after attempt: Int, failedAt now: Double) -> Double? {
        attempt >= attempts ? nil : now + delay(after: attempt)
    }
}
