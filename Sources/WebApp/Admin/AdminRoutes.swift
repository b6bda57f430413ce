import Foundation
import Hummingbird
import PlanStore
import ReformPlan

/// Accounts (administrators), personal access tokens (everyone), and the
/// audit log (supervisors, leaders, administrators).
struct AdminRoutes {
    let services: Services

    func add(to router: Router<AppContext>) {
        router.get("/accounts") { _, context in try await accounts(context) }
        router.post("/accounts") { request, context in try await createAccount(request, context) }
        router.post("/accounts/{login}/{action}") { request, context in try await changeAccount(request, context) }
        router.get("/tokens") { _, context in try await tokens(context) }
        router.post("/tokens") { request, context in try await createToken(request, context) }
        router.post("/tokens/{id}/revoke") { request, context -> Response in
            let account = try context.require(.manageOwnTokens)
            _ = try await FormInput.read(request, context: context)
            guard let id = context.parameters.get("id", as: Int64.self), let accountID = account.id,
                  try await services.store.revokeAccessToken(id: id, accountID: accountID, at: services.now()) else {
                throw Refusal.notFound("该令牌", "token")
            }
            return Response.redirect(to: "/tokens")
        }
        router.get("/audit") { _, context -> Response in
            try context.require(.readAudit)
            var data = Frame.data(context, services, title: Catalogue.strings(context.language)["nav_audit"] ?? "", active: "audit")
            data["entries"] = try await services.store.auditEntries(limit: 300).map { AuditRow.data($0) }
            let check = try await services.store.verifyAuditLog()
            data["verified"] = check.firstBrokenID == nil
            data["verification"] = check.firstBrokenID == nil
                ? "共\(check.entries)条记录，链式校验通过。 (\(check.entries) entries; the chain is intact.)"
                : "第\(check.firstBrokenID ?? 0)条记录校验失败：\(check.problem ?? "")"
            return services.pages.page("audit", data)
        }
    }

    private func accounts(_ context: AppContext, message: String? = nil, error: Refusal? = nil, password: (String, String)? = nil) async throws -> Response {
        try context.require(.manageAccounts)
        var data = Frame.data(context, services, title: Catalogue.strings(context.language)["nav_accounts"] ?? "", active: "accounts")
        data["accounts"] = try await services.store.accounts().map {
            ["login": $0.login, "name": $0.displayName, "role": $0.role.chineseName, "unit": $0.unit ?? "", "person": $0.person ?? "",
             "disabled": $0.disabled] as [String: Any]
        }
        data["roles"] = Role.allCases.map { ["value": $0.rawValue, "label": $0.chineseName] }
        if let current = try await services.plans.current() {
            data["units"] = current.plan.units.filter { $0.kind != .collective && $0.kind != .externalAgency }.map(\.name)
        }
        if let message { data["notice"] = message }
        if let error { data["error"] = error.message(context.language) }
        if let (login, password) = password { data["newPassword"] = ["login": login, "password": password] }
        return services.pages.page("accounts", data, status: error == nil ? .ok : error!.status)
    }

    private func createAccount(_ request: Request, _ context: AppContext) async throws -> Response {
        let admin = try context.require(.manageAccounts)
        let form = try await FormInput.read(request, context: context)
        do {
            let (account, password) = try await AccountInput.create(try AccountInput.read(form), by: admin, services: services)
            return try await accounts(context, password: (account.login, password))
        } catch let refusal as Refusal {
            return try await accounts(context, error: refusal)
        }
    }

    private func changeAccount(_ request: Request, _ context: AppContext) async throws -> Response {
        let admin = try context.require(.manageAccounts)
        _ = try await FormInput.read(request, context: context)
        let login = context.parameters.get("login") ?? ""
        guard try await services.store.account(login: login) != nil else { throw Refusal.notFound("账户“\(login)”", "account “\(login)”") }
        switch context.parameters.get("action") {
        case "disable":
            guard login != admin.login else {
                return try await accounts(context, error: Refusal(.conflict, zh: "不能停用自己的账户。", en: "You cannot disable your own account."))
            }
            try await services.store.setDisabled(login: login, true, by: admin.login, at: services.now())
        case "enable":
            try await services.store.setDisabled(login: login, false, by: admin.login, at: services.now())
        case "password":
            let password = Secrets.password()
            try await services.store.setPasswordHash(login: login, try await Passwords.hash(password), by: admin.login, at: services.now())
            return try await accounts(context, password: (login, password))
        default:
            throw Refusal.notFound("该操作", "action")
        }
        return Response.redirect(to: "/accounts")
    }

    private func tokens(_ context: AppContext, created: String? = nil, error: Refusal? = nil) async throws -> Response {
        let account = try context.require(.manageOwnTokens)
        var data = Frame.data(context, services, title: Catalogue.strings(context.language)["nav_tokens"] ?? "", active: "tokens")
        let now = services.now()
        data["tokens"] = try await services.store.accessTokens(accountID: account.id ?? 0).map {
            ["id": $0.id, "name": $0.name, "created": Shanghai.minute($0.createdAt), "expires": Shanghai.minute($0.expiresAt),
             "revoked": $0.revokedAt != nil, "expired": $0.expiresAt <= now,
             "lastUsed": $0.lastUsedAt.map(Shanghai.minute) ?? ""] as [String: Any]
        }
        if let created { data["created"] = created }
        if let error { data["error"] = error.message(context.language) }
        return services.pages.page("tokens", data, status: error?.status ?? .ok)
    }

    private func createToken(_ request: Request, _ context: AppContext) async throws -> Response {
        let account = try context.require(.manageOwnTokens)
        let form = try await FormInput.read(request, context: context)
        let days = Int(form["days"] ?? "") ?? 0
        if let problem = AccessTokens.problem(name: form.text("name"), days: days) {
            return try await tokens(context, error: Refusal(.unprocessableContent, zh: problem.zh, en: problem.en, field: problem.field))
        }
        let token = try await AccessTokens.create(accountID: account.id ?? 0, name: form.text("name") ?? "", days: days,
                                                  store: services.store, now: services.now())
        return try await tokens(context, created: token)
    }
}

/// A new account: its fields checked, from the administrator's form or the API.
enum AccountInput {
    static func read(_ form: FormInput) throws -> Account {
        try check(login: form.text("login") ?? "", displayName: form.text("displayName"), role: form["role"].flatMap(Role.init),
                  unit: form.text("unit"), person: form.text("person"))
    }

    /// A login of letters, digits and . - _; a name; a role; a unit for a reporter.
    static func check(login: String, displayName: String?, role: Role?, unit: String?, person: String?) throws -> Account {
        func given(_ text: String?) -> String? {
            guard let text = text?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
            return text
        }
        if let problem = Account.problem(withLogin: login) { throw Refusal(.unprocessableContent, zh: problem, en: problem, field: "login") }
        guard let name = given(displayName) else {
            throw Refusal(.unprocessableContent, zh: "请填写姓名。", en: "Give the person's name.", field: "displayName")
        }
        guard let role else {
            throw Refusal(.unprocessableContent, zh: "请选择角色。", en: "Choose a role.", field: "role")
        }
        let unit = given(unit)
        if role == .reporter, unit == nil {
            throw Refusal(.unprocessableContent, zh: "单位填报员必须属于一个单位。", en: "A reporter needs a unit.", field: "unit")
        }
        return Account(login: login, displayName: name, role: role, unit: unit, person: given(person))
    }

    /// Stores a checked account with a new random password, returned to be
    /// shown once; a login already taken is refused (409).
    static func create(_ account: Account, by admin: Account, services: Services) async throws -> (Account, password: String) {
        let password = Secrets.password()
        do {
            let stored = try await services.store.createAccount(account, passwordHash: try await Passwords.hash(password),
                                                                by: admin.login, at: services.now())
            return (stored, password)
        } catch StoreError.duplicateLogin(let login) {
            throw Refusal(.conflict, zh: "登录名“\(login)”已被使用。", en: "The login “\(login)” is taken.", field: "login")
        }
    }
}

/// An audit entry as the pages show it.
enum AuditRow {
    static func data(_ entry: AuditEntry) -> [String: Any] {
        ["id": entry.id, "at": Shanghai.minute(entry.at), "actor": entry.actor, "action": entry.action,
         "entity": entry.entity, "project": entry.project.map(String.init) ?? "",
         "summary": summary(entry), "before": entry.before ?? "", "after": entry.after ?? ""]
    }

    static func summary(_ entry: AuditEntry) -> String {
        let after = entry.after ?? ""
        return after.count > 160 ? String(after.prefix(160)) + "…" : after
    }
}
