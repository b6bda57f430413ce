import ArgumentParser
import Foundation
import PlanStore
import WebApp

/// `luoshi token create LOGIN`: a personal access token for the JSON API,
/// made from the command line (for scripts and the API fuzz run), printed
/// once; the same kind of token the tokens page makes.
struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token", abstract: "接口访问令牌。 Access tokens for the JSON API.", subcommands: [Create.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "为账户创建访问令牌并打印（只显示这一次）。 Make an access token for an account and print it once.")
        @Argument(help: "The account's login.") var login: String
        @Option(help: "What the token is for.") var name: String
        @Option(help: "Days it stays valid (1–365).") var days: Int = 30
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            if let problem = AccessTokens.problem(name: name, days: days) {
                throw CommandFailure("\(problem.zh) (\(problem.en))")
            }
            let token = try await database.withStore { store in
                guard let account = try await store.account(login: login), let id = account.id else {
                    throw CommandFailure("没有账户“\(login)”。 (No such account.)")
                }
                guard !account.disabled else { throw CommandFailure("账户“\(login)”已停用。 (The account is disabled.)") }
                return try await AccessTokens.create(accountID: id, name: name, days: days, store: store, now: Date(),
                                                     by: "luoshi token")
            }
            print(token)
        }
    }
}
