import Foundation
import PlanStore

/// Sign-in throttling, counted in the database so that alternating between
/// instances does not reset it: a login name may fail `perAccount` times and
/// an address `perAddress` times within `window`; then sign-in is refused
/// for that name or address until the window has passed.
struct SignInThrottle: Sendable {
    static let window: TimeInterval = 15 * 60
    static let perAccount = 5
    static let perAddress = 30
    let store: PlanStore

    func keys(login: String, address: String?) -> [(key: String, limit: Int)] {
        var keys = [(key: "login:" + login.lowercased(), limit: Self.perAccount)]
        if let address { keys.append((key: "addr:" + address, limit: Self.perAddress)) }
        return keys
    }

    func isBlocked(login: String, address: String?, now: Date) async throws -> Bool {
        for (key, limit) in keys(login: login, address: address) {
            if try await store.signInFailures(key: key, since: now.addingTimeInterval(-Self.window)) >= limit { return true }
        }
        return false
    }

    func failed(login: String, address: String?, now: Date) async throws {
        for (key, _) in keys(login: login, address: address) { try await store.recordSignInFailure(key: key, at: now) }
    }

    /// A success clears the account's count, not the address's: one good
    /// password must not reset a guesser working through many names.
    func succeeded(login: String) async throws {
        try await store.clearSignInFailures(key: "login:" + login.lowercased())
    }
}
