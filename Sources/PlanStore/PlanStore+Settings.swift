import Foundation
import SQLKit

/// Settings the web tier keeps as text under a key ("reports.dueDay"), shared
/// by every instance.
extension PlanStore {
    public func setting(_ key: String) async throws -> String? {
        try await open().reader.raw("SELECT value FROM settings WHERE setting_key = \(bind: key)").first()?.string("value")
    }

    /// Every setting, by key.
    public func settings() async throws -> [String: String] {
        var settings: [String: String] = [:]
        for row in try await open().reader.raw("SELECT setting_key, value FROM settings").all() {
            settings[try row.string("setting_key")] = try row.string("value")
        }
        return settings
    }

    /// Sets a setting; nothing is written, not even to the audit log, when it already has this value.
    public func setSetting(_ key: String, _ value: String, by actor: String, at date: Date) async throws {
        try await change { db, sqlite in
            let before = try await db.raw("""
                SELECT value FROM settings WHERE setting_key = \(bind: key)
                """ + .forUpdate(sqlite: sqlite)).first()?.string("value")
            if before == value { return ((), []) }
            try await db.insert(into: "settings")
                .columns("setting_key", "value", "updated_by", "updated_at")
                .values(key, value, actor, Timestamp.text(date))
                .onConflict(with: ["setting_key"]) { $0.set(excludedValueOf: "value").set(excludedValueOf: "updated_by")
                    .set(excludedValueOf: "updated_at") }
                .run()
            return ((), [AuditEvent(actor: actor, at: date, action: "setting.set", entity: "setting", entityID: key,
                                    before: try before.map { try AuditJSON.text(["value": $0]) },
                                    after: try AuditJSON.text(["value": value]))])
        }
    }
}
