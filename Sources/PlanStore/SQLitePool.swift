import Logging
import SQLiteKit

/// An `SQLDatabase` over a pool of SQLite connections. sqlite-kit offers this
/// only for single connections (Fluent's SQLite driver has its own), and a bare
/// connection cannot keep a load's transaction apart from concurrent calls:
/// here every statement, and every session, takes a connection of its own.
struct PooledSQLite: SQLDatabase, @unchecked Sendable {
    // @unchecked: AsyncKit's pool is not marked Sendable but guards its state with a lock and its event loops.
    let pool: EventLoopGroupConnectionPool<SQLiteConnectionSource>
    let logger: Logger

    var eventLoop: any EventLoop { pool.eventLoopGroup.any() }
    var dialect: any SQLDialect { SQLiteDialect() }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> ()) -> EventLoopFuture<Void> {
        pool.withConnection(logger: logger) { $0.sql().execute(sql: query, onRow) }
    }

    func withSession<R>(_ closure: @escaping @Sendable (any SQLDatabase) async throws -> R) async throws -> R {
        let connection = try await pool.requestConnection(logger: logger).get()
        defer { pool.releaseConnection(connection, logger: logger) }
        return try await closure(connection.sql())
    }
}

/// Lets a `@Sendable` shutdown closure hold a pool (see `PooledSQLite`).
struct PoolBox<Source: ConnectionPoolSource>: @unchecked Sendable {
    let pool: EventLoopGroupConnectionPool<Source>
}
