import ReformPlan

/// What every page's layout needs: the language's strings, who is signed in
/// and what they may reach, the CSRF token for forms, the as-of day and the
/// demo banner. A handler starts from this and adds its own content.
struct Frame {
    static func data(_ context: AppContext, _ services: Services, title: String, active: String) -> [String: Any] {
        let language = context.language
        var data: [String: Any] = [
            "t": Catalogue.strings(language),
            "lang": language.htmlTag,
            "title": title,
            "demo": services.settings.demo,
            "asOf": services.today().description,
        ]
        data["active_" + active] = true
        if let visitor = context.visitor {
            let account = visitor.account
            data["user"] = [
                "name": account.displayName,
                "login": account.login,
                "role": language == .zh ? account.role.chineseName : account.role.rawValue,
                "unit": account.unit ?? "",
            ]
            data["csrf"] = visitor.csrfToken ?? ""
            data["nav"] = navigation(for: account)
            // The demo's clock, for whoever sets the ladder's rules.
            data["clock"] = services.settings.demo && Access.allows(account, .setEscalationRules)
        }
        return data
    }

    /// The menu shows only what the account may use; the routes check again.
    private static func navigation(for account: Account) -> [String: Bool] {
        [
            "report": Access.allows(account, .editReport),
            "review": Access.allows(account, .reviewReport),
            "import": Access.allows(account, .importPlan),
            "audit": Access.allows(account, .readAudit),
            "accounts": Access.allows(account, .manageAccounts),
            "settings": Access.allows(account, .manageSettings),
            "messages": Access.allows(account, .readMessages),
            "ladder": Access.allows(account, .readLadder),
        ]
    }
}
