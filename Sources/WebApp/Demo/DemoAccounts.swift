import Foundation
import PlanStore
import ReformPlan

/// One demo account per role, and one reporter per unit that answers for a
/// project, so every journey can be tried. Passwords are made afresh at each
/// start (or taken from `--demo-password` for scripted runs) and printed once.
public struct DemoAccounts {
    public struct Credential: Sendable {
        public var login: String
        public var role: Role
        public var unit: String?
        public var password: String
    }

    /// Logins for the units of the reference plan; other units get unit1, unit2….
    static let unitLogins: [String: String] = [
        "养老服务处": "yanglao", "基层政权建设和社区治理处": "jiceng", "社会组织管理和党建工作处": "shezu",
        "社会救助处": "jiuzhu", "市低保中心": "dibao", "区划地名处": "quhua", "社会事务处": "shiwu",
    ]

    /// The unit a demo reporter's login reports for.
    public static func unit(ofLogin login: String) -> String? {
        unitLogins.first { $0.value == login }?.key
    }

    static func accounts(for plan: Plan) -> [Account] {
        let supervisor = plan.notice.supervisingUnit ?? "局规划发展处"
        var accounts = [
            Account(login: "admin", displayName: "系统管理员（演示）", role: .administrator),
            Account(login: "guihua", displayName: "规划发展处督办员（演示）", role: .supervisor, unit: supervisor),
        ]
        let leaders = Array(Set(plan.projects.compactMap { $0.responsibility.leaderInCharge })).sorted()
        if let leader = leaders.first(where: { $0 == "张明武" }) ?? leaders.first {
            accounts.append(Account(login: "leader", displayName: "\(leader)（局领导，演示）", role: .leader, person: leader))
        }
        var seen = Set<String>(), extra = 0
        for project in plan.projects {
            for unit in project.responsibility.answeringUnits where seen.insert(unit).inserted {
                let login = unitLogins[unit] ?? { extra += 1; return "unit\(extra)" }()
                accounts.append(Account(login: login, displayName: "\(unit)填报员（演示）", role: .reporter, unit: unit))
            }
        }
        accounts.append(Account(login: "viewer", displayName: "只读用户（演示）", role: .viewer))
        // A district bureau: its values by spreadsheet and its own sub-plan.
        accounts.append(Account(login: DemoSubPlans.districtLogin, displayName: "\(DemoSubPlans.districtUnit)填报员（演示）",
                                role: .reporter, unit: DemoSubPlans.districtUnit))
        accounts.append(Account(login: DemoBudgets.finance, displayName: "局财务处财务人员（演示）", role: .finance, unit: "局财务处"))
        // The office publicity pieces go to (六(四)), as the notice names it.
        let office = plan.notice.publicityOffice ?? "政策法规处"
        accounts.append(Account(login: DemoPublicity.officeLogin, displayName: "\(office)（演示）", role: .reporter, unit: office))
        return accounts
    }

    /// Creates the accounts that are missing and sets every demo password.
    public static func ensure(for plan: Plan, store: PlanStore, password fixed: String?) async throws -> [Credential] {
        var credentials: [Credential] = []
        for account in accounts(for: plan) {
            let password = fixed ?? Secrets.password()
            let hash = try await Passwords.hash(password)
            if try await store.account(login: account.login) == nil {
                _ = try await store.createAccount(account, passwordHash: hash, by: "demo", at: Date())
            } else {
                try await store.setPasswordHash(login: account.login, hash, by: "demo", at: Date())
            }
            credentials.append(Credential(login: account.login, role: account.role, unit: account.unit, password: password))
        }
        return credentials
    }
}
