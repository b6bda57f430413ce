import Foundation
import SQLKit

/// Failed sign-ins counted per key ("login:alice", "addr:127.0.0.1") in the
/// database, so that every instance counts the same attempts. Not audited: these
/// are not business changes.
extension PlanStore {
    public func recordSignInFailure(key: String, at date: Date) async throws {
        try await open().sql.raw("""
            INSERT INTO sign_in_failures (throttle_key, at) VALUES (\(bind: key), \(bind: Timestamp.text(date)))
            """).run()
    }

    /// Failures under `key` at `since` or later.
    public func signInFailures(key: String, since: Date) async throws -> Int {
        try await open().sql.raw("""
            SELECT COUNT(*) AS n FROM sign_in_failures WHERE throttle_key = \(bind: key) AND at >= \(bind: Timestamp.text(since))
            """).first()!.int("n")
    }

    public func clearSignInFailures(key: String) async throws {
        try await open().sql.raw("DELETE FROM sign_in_failures WHERE throttle_key = \(bind: key)").run()
    }

    /// Forgets failures older than any window the caller counts over, so the
    /// table does not grow with every mistyped password; returns how many.
    @discardableResult
    public func deleteSignInFailures(before date: Date) async throws -> Int {
        try await open().sql.raw("""
            DELETE FROM sign_in_failures WHERE at < \(bind: Timestamp.text(date)) RETURNING throttle_key
            """).all().count
    }
}
