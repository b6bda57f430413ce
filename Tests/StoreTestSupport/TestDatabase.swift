import Foundation
import Testing
import PlanStore

/// The databases every store test runs on.
public enum DatabaseKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite, postgres
    public var testDescription: String { rawValue }

    /// SQLite always; PostgreSQL when a server is given, or when it is required
    /// and missing (then its cases fail rather than vanish). When it is simply
    /// not configured, `PostgresSetupTests` shows as skipped with the reason.
    public static var underTest: [DatabaseKind] {
        TestDatabase.postgresURL != nil || TestDatabase.postgresRequired ? [.sqlite, .postgres] : [.sqlite]
    }
}

/// A fresh, empty database per test, so tests run in parallel without seeing
/// each other: a temporary SQLite file, or a new schema in the PostgreSQL
/// database named by `LUOSHI_TEST_POSTGRES_URL`, dropped afterwards.
public enum TestDatabase {
    public static let environment = ProcessInfo.processInfo.environment
    public static var postgresURL: String? { environment["LUOSHI_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 } }
    public static var postgresRequired: Bool { environment["LUOSHI_REQUIRE_POSTGRES"] == "1" }

    /// Runs `body` with a migrated store on a database of its own, and removes
    /// the database whatever happens.
    public static func withStore(_ kind: DatabaseKind, migrated: Bool = true,
                          _ body: (PlanStore, DatabaseLocation) async throws -> Void) async throws {
        let (location, dispose) = try await fresh(kind)
        do {
            let store = try await PlanStore.open(location)
            do {
                if migrated { try await store.migrate() }
                try await body(store, location)
                try await store.close()
            } catch {
                try? await store.close()
                throw error
            }
        } catch {
            await dispose()
            throw error
        }
        await dispose()
    }

    public static func fresh(_ kind: DatabaseKind) async throws -> (DatabaseLocation, dispose: @Sendable () async -> Void) {
        switch kind {
        case .sqlite:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("luoshi-store-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            return (.sqlite(path: folder.appendingPathComponent("plans.sqlite").path),
                    { try? FileManager.default.removeItem(at: folder) })
        case .postgres:
            let base = try requirePostgresURL()
            let name = "luoshi_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased()
            // A schema, not a database: CREATE DATABASE takes a lock that makes parallel tests queue.
            try await admin(base, "CREATE SCHEMA \(name)")
            var url = URLComponents(string: base)!
            url.queryItems = (url.queryItems ?? []) + [URLQueryItem(name: "schema", value: name)]
            return (.postgres(url: url.string!), { try? await admin(base, "DROP SCHEMA IF EXISTS \(name) CASCADE") })
        }
    }

    public static func requirePostgresURL() throws -> String {
        if let url = postgresURL { return url }
        Issue.record("LUOSHI_TEST_POSTGRES_URL is not set\(postgresRequired ? " but LUOSHI_REQUIRE_POSTGRES=1" : ""): the PostgreSQL case cannot run")
        throw PostgresMissing()
    }

    public struct PostgresMissing: Error {}

    /// One statement outside the test's store (which cannot create the schema it lives in).
    public static func admin(_ url: String, _ statement: String) async throws {
        try await PlanStore.administer(statement, on: .postgres(url: url))
    }
}
