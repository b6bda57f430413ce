import Foundation
import PostgresKit
import SQLiteKit

/// The open database and everything it runs on. The store owns its own event
/// loop and (for SQLite) thread pool rather than the process-wide singletons, so
/// that closing it leaves no threads behind — tests open dozens of stores.
final class Connection: Sendable {
    let sql: any SQLDatabase
    /// For the reads of every request (sessions, the change mark, reports): on
    /// SQLite a pool of its own, so that in WAL mode they go on while the one
    /// writer commits instead of queueing behind it; on PostgreSQL the same pool.
    let reader: any SQLDatabase
    let isSQLite: Bool
    private let shutdownParts: @Sendable () async throws -> Void

    private init(sql: any SQLDatabase, reader: (any SQLDatabase)? = nil, isSQLite: Bool,
                 shutdown: @escaping @Sendable () async throws -> Void) {
        self.sql = sql
        self.reader = reader ?? sql
        self.isSQLite = isSQLite
        self.shutdownParts = shutdown
    }

    /// Opens the location and runs one statement, so that a wrong path or an
    /// unreachable server is reported now, as a `StoreError`, and not at the first load.
    static func open(_ location: DatabaseLocation, logger: Logger) async throws -> Connection {
        let connection: Connection
        switch location {
        case .sqlite(let path): connection = openSQLite(path: path, logger: logger)
        case .postgres(let url): connection = try openPostgres(url: url, logger: logger)
        }
        do {
            if connection.isSQLite {
                // WAL lets readers go on while a load writes; the setting is kept in the file.
                try await connection.sql.raw("PRAGMA journal_mode=WAL").run()
                // Another process writing the same file (a second instance, `luoshi user add`
                // beside the server) holds the one write lock for a batch at a time; on a
                // loaded machine a burst of its batches lasted past 5 s in CI, so wait up to
                // 30 s for a turn before giving up with "database is locked".
                try await connection.sql.raw("PRAGMA busy_timeout=30000").run()
            } else {
                try await connection.sql.raw("SELECT 1").run()
            }
        } catch {
            try? await connection.close()
            throw StoreError.cannotOpen(location: location.description, reason: Self.reason(error))
        }
        return connection
    }

    private static func openSQLite(path: String, logger: Logger) -> Connection {
        let loops = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let threads = NIOThreadPool(numberOfThreads: 1)
        threads.start()
        let source = SQLiteConnectionSource(
            configuration: SQLiteConfiguration(storage: .file(path: path), enableForeignKeys: true),
            threadPool: threads)
        // One connection: SQLite has one writer anyway, and a load's transaction
        // then simply queues the calls that come after it.
        let pool = EventLoopGroupConnectionPool(source: source, maxConnectionsPerEventLoop: 1,
                                                logger: logger, on: loops)
        let box = PoolBox(pool: pool)
        let readerThreads = NIOThreadPool(numberOfThreads: 2)
        readerThreads.start()
        let readers = EventLoopGroupConnectionPool(
            source: SQLiteConnectionSource(configuration: SQLiteConfiguration(storage: .file(path: path), enableForeignKeys: true),
                                           threadPool: readerThreads),
            maxConnectionsPerEventLoop: 2, logger: logger, on: loops)
        let readerBox = PoolBox(pool: readers)
        return Connection(sql: PooledSQLite(pool: pool, logger: logger), reader: PooledSQLite(pool: readers, logger: logger),
                          isSQLite: true) {
            try await readerBox.pool.shutdownAsync()
            try await box.pool.shutdownAsync()
            try await readerThreads.shutdownGracefully()
            try await threads.shutdownGracefully()
            try await loops.shutdownGracefully()
        }
    }

    private static func openPostgres(url: String, logger: Logger) throws -> Connection {
        if let problem = DatabaseLocation.problem(withPostgresURL: url) {
            throw StoreError.malformedURL(variable: "postgres URL", value: DatabaseLocation.redacted(url), reason: problem)
        }
        var configuration: SQLPostgresConfiguration
        do { configuration = try SQLPostgresConfiguration(url: url) } catch {
            throw StoreError.malformedURL(variable: "postgres URL", value: DatabaseLocation.redacted(url),
                                          reason: "it is not of the form postgres://user:password@host:port/database")
        }
        if let schema = URLComponents(string: url)?.queryItems?.last(where: { $0.name == "schema" })?.value {
            configuration.searchPath = [schema]
        }
        let loops = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let pool = EventLoopGroupConnectionPool(source: PostgresConnectionSource(sqlConfiguration: configuration),
                                                maxConnectionsPerEventLoop: 4, requestTimeout: .seconds(10),
                                                logger: logger, on: loops)
        let box = PoolBox(pool: pool)
        return Connection(sql: pool.database(logger: logger).sql(), isSQLite: false) {
            try await box.pool.shutdownAsync()
            try await loops.shutdownGracefully()
        }
    }

    func close() async throws { try await shutdownParts() }

    /// The part of a driver error a person can act on (PSQLError hides the
    /// server's message from `description` so as not to leak data into logs).
    static func reason(_ error: any Error) -> String {
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] { return message }
            if let underlying = error.underlying { return String(describing: underlying) }
            return "\(error.code)"
        }
        return String(describing: error)
    }
}
