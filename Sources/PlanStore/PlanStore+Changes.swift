import Foundation
import SQLKit

/// A change waiting to be committed: its statements, and what to tell its caller.
struct PendingChange: Sendable {
    let run: @Sendable (any SQLDatabase, Bool) async throws -> [AuditEvent]
    let finish: @Sendable ((any Error)?) -> Void
}

/// A change's result, handed from the committing task back to its caller.
final class ChangeResult<R: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: R?
    func set(_ result: R) { lock.withLock { value = result } }
    func get() -> R? { lock.withLock { value } }
}

extension PlanStore {
    /// Runs a change and appends the audit entries it returns, in one
    /// transaction, so that no change is committed without its record. `body`
    /// is given the transaction's database and whether it is SQLite.
    ///
    /// Group commit: a durable commit waits for the disk (one fsync, several
    /// milliseconds), and the audit chain lets only one commit append at a time.
    /// So changes that arrive while a commit is under way wait and then go
    /// together, each under a savepoint of its own, in one transaction and one
    /// fsync. A change that fails is rolled back to its savepoint and reported to
    /// its caller alone; the others commit. Nobody hears of success before the commit.
    func change<R: Sendable>(
        _ body: @escaping @Sendable (any SQLDatabase, Bool) async throws -> (R, [AuditEvent])
    ) async throws -> R {
        let connection = try open()
        let result = ChangeResult<R>()
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            pendingChanges.append(PendingChange(
                run: { db, sqlite in
                    let (value, events) = try await body(db, sqlite)
                    result.set(value)
                    return events
                },
                finish: { error in
                    if let error { continuation.resume(throwing: error) } else { continuation.resume() }
                }))
            if !isCommitting {
                isCommitting = true
                Task { await self.commitPending(on: connection) }
            }
        }
        guard let value = result.get() else { throw StoreError.closed }
        return value
    }

    /// Commits what is pending, batch after batch, until nothing is left.
    private func commitPending(on connection: Connection) async {
        while !pendingChanges.isEmpty {
            let batch = pendingChanges
            pendingChanges = []
            let outcomes: [(any Error)?]
            do {
                outcomes = try await Self.commit(batch, on: connection)
            } catch {
                outcomes = Array(repeating: error, count: batch.count)
            }
            for (change, outcome) in zip(batch, outcomes) { change.finish(outcome) }
        }
        isCommitting = false
    }

    private static func commit(_ batch: [PendingChange], on connection: Connection) async throws -> [(any Error)?] {
        let sqlite = connection.isSQLite, alone = batch.count == 1
        return try await connection.sql.inTransaction(sqlite: sqlite) { db in
            let log = AuditLog(db: db, sqlite: sqlite)
            var outcomes: [(any Error)?] = []
            for (index, change) in batch.enumerated() {
                let savepoint = "change_\(index)"
                if !alone { try await db.raw("SAVEPOINT \(unsafeRaw: savepoint)").run() }
                do {
                    for event in try await change.run(db, sqlite) { try await log.append(event) }
                    if !alone { try await db.raw("RELEASE SAVEPOINT \(unsafeRaw: savepoint)").run() }
                    outcomes.append(nil)
                } catch {
                    // Alone, the whole transaction rolls back; in a batch, only this change.
                    if alone { throw error }
                    try await db.raw("ROLLBACK TO SAVEPOINT \(unsafeRaw: savepoint)").run()
                    try await db.raw("RELEASE SAVEPOINT \(unsafeRaw: savepoint)").run()
                    outcomes.append(error)
                }
            }
            return outcomes
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
