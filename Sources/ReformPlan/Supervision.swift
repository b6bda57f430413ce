/// The checking regime a plan sets itself (六(五): "每月通报、季度调度、半年小结、
/// 年底考核"): what happens at which cadence, kept with the words that say so.
public struct SupervisionActivity: Hashable, Sendable, Codable {
    public enum Cadence: String, Hashable, Sendable, Codable, CaseIterable {
        case monthly, quarterly, halfYear, yearEnd
    }

    public var cadence: Cadence
    /// What is done: 通报, 调度, 小结, 考核, as written.
    public var activity: String
    public var text: String

    public init(cadence: Cadence, activity: String, text: String) {
        self.cadence = cadence
        self.activity = activity
        self.text = text
    }
}

/// A leader named in the notice's organisation section (六(一)), with the role
/// the text gives: "组长、局长李国汉牵头抓总".
public struct NamedLeader: Hashable, Sendable, Codable {
    public var name: String
    public var title: String
    public var role: String?

    public init(name: String, title: String, role: String? = nil) {
        self.name = name
        self.title = title
        self.role = role
    }
}

/// A contact the notice gives for some purpose (宣传稿件 to 政策法规处).
public struct Contact: Hashable, Sendable, Codable {
    public var unit: String?
    public var person: String?
    public var phone: String?
    public var email: String?
    /// The sentence that says what the contact is for.
    public var purpose: String

    public init(unit: String? = nil, person: String? = nil, phone: String? = nil, email: String? = nil, purpose: String) {
        self.unit = unit
        self.person = person
        self.phone = phone
        self.email = email
        self.purpose = purpose
    }
}
