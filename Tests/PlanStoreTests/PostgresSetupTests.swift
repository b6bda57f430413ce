import Testing
@testable import PlanStore

/// Says out loud whether the PostgreSQL cases run: skipped with the reason when
/// no server is configured, failing when scripts/test requires one and it is missing.
@Suite struct PostgresSetupTests {
    @Test(.enabled(if: TestDatabase.postgresURL != nil || TestDatabase.postgresRequired,
                   "PostgreSQL cases disabled: LUOSHI_TEST_POSTGRES_URL is not set (scripts/test sets it)"))
    func theTestServerAnswersAndIsPostgreSQL() async throws {
        let url = try TestDatabase.requirePostgresURL()

        let connection = try await Connection.open(.postgres(url: url), logger: .init(label: "luoshi.test"))
        let version = try await connection.sql.raw("SELECT version() AS v").first()?.decode(column: "v", as: String.self)
        try await connection.close()

        #expect(version?.hasPrefix("PostgreSQL") == true)
    }
}
