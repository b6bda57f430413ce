import ReformPlan
import SQLKit

/// The columns of `accounts` that make an `Account`, and the reading of them:
/// shared by the queries that join sessions and tokens to their account.
enum AccountRows {
    /// `a.id, a.login, …`: the account columns under the alias `a`, never the password hash.
    static let columns: SQLQueryString = "a.id, a.login, a.display_name, a.role, a.unit, a.person, a.disabled"

    static func account(_ row: any SQLRow) throws -> Account {
        Account(id: try row.int64("id"), login: try row.string("login"), displayName: try row.string("display_name"),
                role: try row.value("role", in: "accounts"), unit: try row.string(ifAny: "unit"),
                person: try row.string(ifAny: "person"), disabled: try row.bool("disabled"))
    }

    /// What makes two logins the same: case does not count.
    static func key(_ login: String) -> String { login.lowercased() }
}
