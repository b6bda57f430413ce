import ArgumentParser
import Foundation
import PlanStore
import ReformPlan
import WebApp

/// `luoshi user add|passwd|disable|enable|list`: accounts from the command
/// line, for the first administrator and for scripts.
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "管理账户。 Manage accounts.",
        subcommands: [Add.self, Passwd.self, Disable.self, Enable.self, List.self])

    /// The password to set: read from standard input when `--password-stdin`, otherwise made up and printed.
    static func password(fromStdin: Bool) throws -> (String, printed: Bool) {
        guard fromStdin else { return (Passwords.random(), true) }
        let line = (readLine(strippingNewline: true) ?? "")
        if let problem = Passwords.problem(with: line) { throw CommandFailure(problem) }
        return (line, false)
    }

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "新建账户。 Add an account.")
        @Argument(help: "Login name.") var login: String
        @Option(help: "Role: administrator, supervisor, leader, reporter, viewer, finance.") var role: String
        @Option(help: "Display name (default: the login).") var name: String?
        @Option(help: "The unit (required for reporters).") var unit: String?
        @Option(help: "The person's name on responsibility chains (leaders).") var person: String?
        @Flag(name: .customLong("password-stdin"), help: "Read the password from standard input instead of making one up.") var passwordStdin = false
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            if let problem = Account.problem(withLogin: login) { throw CommandFailure(problem) }
            guard let role = Role(rawValue: role) else {
                throw CommandFailure("角色“\(role)”不存在；可选：" + Role.allCases.map(\.rawValue).joined(separator: ", "))
            }
            if role == .reporter, unit == nil { throw CommandFailure("单位填报员需要 --unit。 (A reporter needs --unit.)") }
            let (password, printed) = try UserCommand.password(fromStdin: passwordStdin)
            let account = Account(login: login, displayName: name ?? login, role: role, unit: unit, person: person)
            try await database.withStore { store in
                do {
                    _ = try await store.createAccount(account, passwordHash: try await Passwords.hash(password), by: "luoshi user", at: Date())
                } catch StoreError.duplicateLogin {
                    throw CommandFailure("登录名“\(login)”已存在。 (The login is taken.)")
                }
            }
            print("已创建 \(login)（\(role.chineseName)\(unit.map { "，\($0)" } ?? "")）")
            if printed { print("初始密码 / password: \(password)") }
        }
    }

    struct Passwd: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "重设密码。 Set a new password.")
        @Argument var login: String
        @Flag(name: .customLong("password-stdin")) var passwordStdin = false
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let (password, printed) = try UserCommand.password(fromStdin: passwordStdin)
            try await database.withStore { store in
                guard try await store.account(login: login) != nil else { throw CommandFailure("没有账户“\(login)”。 (No such account.)") }
                try await store.setPasswordHash(login: login, try await Passwords.hash(password), by: "luoshi user", at: Date())
            }
            print("已为 \(login) 设置新密码" + (printed ? "：\(password)" : "。"))
        }
    }

    struct Disable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "停用账户（并结束其会话、撤销其令牌）。 Disable an account.")
        @Argument var login: String
        @OptionGroup var database: DatabaseOptions

        func run() async throws { try await UserCommand.setDisabled(login, true, database) }
    }

    struct Enable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "重新启用账户。 Enable an account again.")
        @Argument var login: String
        @OptionGroup var database: DatabaseOptions

        func run() async throws { try await UserCommand.setDisabled(login, false, database) }
    }

    static func setDisabled(_ login: String, _ disabled: Bool, _ database: DatabaseOptions) async throws {
        try await database.withStore { store in
            guard try await store.account(login: login) != nil else { throw CommandFailure("没有账户“\(login)”。 (No such account.)") }
            try await store.setDisabled(login: login, disabled, by: "luoshi user", at: Date())
        }
        print(disabled ? "已停用 \(login)" : "已启用 \(login)")
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "列出账户。 List accounts.")
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let accounts = try await database.withStore { try await $0.accounts() }
            for account in accounts {
                let state = account.disabled ? "已停用" : "启用"
                print("\(account.login)\t\(account.role.rawValue)\t\(account.displayName)\t\(account.unit ?? "-")\t\(state)")
            }
        }
    }
}

/// `luoshi audit verify`: checks the audit log's hash chain.
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "操作日志。 The audit log.", subcommands: [Verify.self])

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "校验操作日志的哈希链。 Verify the audit log's hash chain.")
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let result = try await database.withStore { try await $0.verifyAuditLog() }
            if let broken = result.firstBrokenID {
                throw CommandFailure("操作日志校验失败：第\(broken)条 — \(result.problem ?? "")。 (The audit log was altered at entry \(broken).)")
            }
            print("操作日志完好：\(result.entries)条记录，哈希链校验通过。 (\(result.entries) entries, chain intact.)")
        }
    }
}
