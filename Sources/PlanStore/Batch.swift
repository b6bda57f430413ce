import SQLKit

/// One row's values in column order. Optionals bind as NULL.
typealias Values = [any Encodable & Sendable]

extension SQLDatabase {
    /// Runs `body` on one connection inside BEGIN … COMMIT, rolling back on any
    /// error, so that a failed load leaves the database exactly as it was.
    /// Inside, use only the database handed to `body`: on SQLite the store has a
    /// single connection and the outer handle would wait for it forever.
    func inTransaction<R: Sendable>(sqlite: Bool, readOnly: Bool = false,
                                    _ body: @escaping @Sendable (any SQLDatabase) async throws -> R) async throws -> R {
        try await withSession { session in
            // IMMEDIATE takes SQLite's write lock up front, so another process
            // writing the same file makes us wait (busy_timeout) instead of failing halfway.
            // A read sees one committed state: SQLite's deferred transaction keeps
            // its snapshot; PostgreSQL needs REPEATABLE READ for that (its default,
            // READ COMMITTED, lets each statement see newer commits).
            let begin: SQLQueryString = readOnly ? (sqlite ? "BEGIN" : "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                : (sqlite ? "BEGIN IMMEDIATE" : "BEGIN")
            try await session.raw(begin).run()
            do {
                let result = try await body(session)
                try await session.raw("COMMIT").run()
                return result
            } catch {
                try? await session.raw("ROLLBACK").run()
                throw error
            }
        }
    }

    /// Inserts rows many at a time: sqlite-nio pays a thread-pool hop per
    /// statement, so one statement per row would be the bottleneck of a load.
    /// Chunks stay under both databases' limits on bound parameters.
    func insert(into table: String, columns: [String], rows: [Values]) async throws {
        for chunk in rows.chunked(columns: columns.count) {
            let insert = self.insert(into: table).columns(columns)
            for row in chunk { _ = insert.values(row) }
            try await insert.run()
        }
    }

    /// Inserts rows and returns the id given to each, in the order of `rows`.
    /// The returned rows are matched back by `position` because neither database
    /// promises that RETURNING keeps the order of VALUES.
    func insertReturningIDs(into table: String, columns: [String], rows: [Values], positions: [Int]) async throws -> [Int] {
        precondition(columns.last == "position", "the last column must be the row's position")
        var idByPosition: [Int: Int] = [:]
        for chunk in rows.chunked(columns: columns.count) {
            let insert = self.insert(into: table).columns(columns)
            for row in chunk { _ = insert.values(row) }
            for row in try await insert.returning("id", "position").all() {
                idByPosition[try row.decode(column: "position", as: Int.self)] = try row.decode(column: "id", as: Int.self)
            }
        }
        return positions.map { idByPosition[$0]! }
    }

    /// Rewrites existing rows in place, many per statement: an insert of rows
    /// whose ids exist, turned into an update of every column by ON CONFLICT.
    func update(table: String, columns: [String], rowsWithID: [Values]) async throws {
        for chunk in rowsWithID.chunked(columns: columns.count + 1) {
            let upsert = self.insert(into: table).columns(["id"] + columns)
            for row in chunk { _ = upsert.values(row) }
            _ = upsert.onConflict(with: ["id"]) { update in
                columns.reduce(update) { $0.set(excludedValueOf: $1) }
            }
            try await upsert.run()
        }
    }

    func delete(from table: String, ids: [Int]) async throws {
        for chunk in ids.chunked(columns: 1) {
            try await self.delete(from: table).where("id", .in, Array(chunk)).run()
        }
    }
}

extension Array {
    /// Slices of at most 500 rows and about 30 000 parameters (SQLite allows
    /// 32 766 per statement, PostgreSQL 65 535).
    func chunked(columns: Int) -> [ArraySlice<Element>] {
        let size = Swift.max(1, Swift.min(500, 30_000 / Swift.max(1, columns)))
        return stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
