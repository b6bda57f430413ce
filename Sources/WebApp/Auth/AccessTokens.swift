import Foundation
import PlanStore

/// Personal access tokens for the JSON API (`Authorization: Bearer lsh_…`):
/// made on the tokens page or by `luoshi token create`, shown once, stored
/// only as their SHA-256, valid for a number of days.
public enum AccessTokens {
    public static let validDays = 1...365

    /// Why a token cannot be made with this name and lifetime, or nil.
    public static func problem(name: String?, days: Int) -> (field: String, zh: String, en: String)? {
        if (name?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "").isEmpty {
            return ("name", "请填写令牌用途。", "Say what the token is for.")
        }
        if !validDays.contains(days) {
            return ("days", "有效期应为\(validDays.lowerBound)到\(validDays.upperBound)天。",
                    "Valid for \(validDays.lowerBound) to \(validDays.upperBound) days.")
        }
        return nil
    }

    /// Makes a token for the account and returns it; nobody can see it again.
    public static func create(accountID: Int64, name: String, days: Int, store: PlanStore, now: Date,
                              by actor: String? = nil) async throws -> String {
        let token = "lsh_" + Secrets.token()
        _ = try await store.createAccessToken(accountID: accountID, name: name.trimmingCharacters(in: .whitespacesAndNewlines),
                                              tokenHash: Secrets.sha256(token), createdAt: now,
                                              expiresAt: now.addingTimeInterval(Double(days) * 86400), by: actor)
        return token
    }
}
