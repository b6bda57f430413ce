import Testing
@testable import PlanStore

@Suite struct DatabaseLocationTests {
    @Test func aPostgresURLInTheEnvironmentWins() throws {
        let url = "postgres://luoshi:pw@db.example:5433/luoshi"

        let location = try DatabaseLocation.fromEnvironment(["LUOSHI_DATABASE_URL": url])

        #expect(location == .postgres(url: url))
    }

    @Test func withoutTheVariableTheStoreIsAnSQLiteFileInTheWorkingFolder() throws {
        #expect(try DatabaseLocation.fromEnvironment([:]) == .sqlite(path: "luoshi.sqlite"))
        #expect(try DatabaseLocation.fromEnvironment(["LUOSHI_DATABASE_URL": " "]) == .sqlite(path: "luoshi.sqlite"))
        #expect(try DatabaseLocation.fromEnvironment(["LUOSHI_DATABASE_URL": "/var/lib/luoshi/plans.sqlite"])
            == .sqlite(path: "/var/lib/luoshi/plans.sqlite"))
    }

    @Test(arguments: ["postgres://db.example/luoshi", "postgres://u:p@/luoshi", "postgres://u:p@host",
                      "mysql://u:p@host/luoshi"])
    func aMalformedURLIsRefusedNamingTheVariableAndHidingThePassword(value: String) {
        #expect {
            try DatabaseLocation.fromEnvironment(["LUOSHI_DATABASE_URL": value])
        } throws: { error in
            let text = String(describing: error)
            return text.contains("LUOSHI_DATABASE_URL") && !text.contains("u:p@")
        }
    }
}
