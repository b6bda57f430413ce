import Foundation
import SQLKit

extension PlanStore {
    /// Runs a change in one transaction and appends the audit entries it returns
    /// at its end, so that no change is committed without its record. `body` is
    /// given the transaction's database and whether it is SQLite.
    func change<R: Sendable>(
        _ body: @escaping @Sendable (any SQLDatabase, Bool) async throws -> (R, [AuditEvent])
    ) async throws -> R {
        let connection = try open(), sqlite = connection.isSQLite
        return try await connection.sql.inTransaction(sqlite: sqlite) { db in
            let (result, events) = try await body(db, sqlite)
            let log = AuditLog(db: db, sqlite: sqlite)
            for event in events { try await log.append(event) }
            return result
        }
    }

    /// Refuses a change that names a plan the store does not have, with a
    /// `StoreError` rather than the database's foreign-key error.
    static func requirePlan(_ planID: Int, in db: any SQLDatabase) async throws {
        guard try await db.raw("SELECT id FROM plans WHERE id = \(bind: planID)").first() != nil else {
            throw StoreError.notFound(entity: "plan", id: String(planID))
        }
    }
}

extension SQLQueryString {
    /// ` FOR UPDATE` on PostgreSQL, where it keeps a row read before a change
    /// from changing under it; nothing on SQLite, whose write lock is already held.
    static func forUpdate(sqlite: Bool) -> SQLQueryString {
        sqlite ? "" : " FOR UPDATE"
    }
}
