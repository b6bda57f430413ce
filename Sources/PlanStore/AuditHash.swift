import Crypto
import Foundation

/// The hash that chains the audit log: SHA-256, in lower-case hex, over a
/// canonical text of the entry's fields and the previous entry's hash.
///
/// Each field is written as `N;` when NULL or as `S<bytes>:<text>;`, its UTF-8
/// length before it, so that no choice of text in one field can pass for a
/// different split between fields. Fields are hashed as stored (the timestamp's
/// text, not a re-formatted date), so verifying needs no formatting rules.
enum AuditHash {
    /// The `prev_hash` of the first entry.
    static let genesis = String(repeating: "0", count: 64)

    struct Fields: Sendable {
        var id: Int64
        var at: String
        var actor: String
        var action: String
        var entity: String
        var entityID: String
        var planID: Int?
        var project: Int?
        var before: String?
        var after: String?
        var prevHash: String
    }

    static func canonicalText(_ f: Fields) -> String {
        let values: [String?] = [String(f.id), f.at, f.actor, f.action, f.entity, f.entityID, f.planID.map(String.init),
                                 f.project.map(String.init), f.before, f.after, f.prevHash]
        return values.map { value in value.map { "S\($0.utf8.count):\($0);" } ?? "N;" }.joined()
    }

    static func hash(_ fields: Fields) -> String {
        SHA256.hash(data: Data(canonicalText(fields).utf8)).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}
