/// Someone who signs in. The password hash and sessions live in the store;
/// this is what the rules need to know about the person.
public struct Account: Hashable, Sendable, Codable {
    public var id: Int64?
    /// The sign-in name: letters, digits, '.', '-' and '_'.
    public var login: String
    public var displayName: String
    public var role: Role
    /// The unit a reporter reports for (养老服务处, 江岸区民政局); a
    /// supervisor's office (局规划发展处); nil for roles without one.
    public var unit: String?
    /// The name by which the plan's responsibility chains know this person
    /// (张明武 as 分管领导), so a leader sees their own projects first.
    public var person: String?
    public var disabled: Bool

    public init(id: Int64? = nil, login: String, displayName: String, role: Role, unit: String? = nil,
                person: String? = nil, disabled: Bool = false) {
        self.id = id
        self.login = login
        self.displayName = displayName
        self.role = role
        self.unit = unit
        self.person = person
        self.disabled = disabled
    }

    /// Why a login cannot be used, or nil when it can.
    public static func problem(withLogin login: String) -> String? {
        if login.isEmpty { return "登录名不能为空" }
        if login.count > 64 { return "登录名不能超过64个字符" }
        let allowed = login.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0)
        }
        return allowed ? nil : "登录名只能包含字母、数字和 . - _"
    }
}

/// What a person does in the bureau's supervision of the plan.
public enum Role: String, Hashable, Sendable, Codable, CaseIterable {
    /// Accounts and settings.
    case administrator
    /// 督办: the supervising office (规划发展处): plans, review, notices.
    case supervisor
    /// 局领导: reads everything and comments.
    case leader
    /// A responsible office, affiliated unit or district bureau.
    case reporter
    /// Reads what is not a draft.
    case viewer
    /// 财务人员 of the finance office (局财务处): keeps projects' budgets and
    /// spending; otherwise reads as a viewer does.
    case finance

    public var chineseName: String {
        switch self {
        case .administrator: "系统管理员"
        case .supervisor: "督办人员"
        case .leader: "局领导"
        case .reporter: "单位填报员"
        case .viewer: "只读用户"
        case .finance: "财务人员"
        }
    }

    /// Roles whose work is tied to a unit.
    public var needsUnit: Bool { self == .reporter || self == .supervisor }
}
