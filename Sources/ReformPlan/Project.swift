/// The three kinds of reform project in a bureau's plan (三、改革项目和责任分解).
public enum ProjectCategory: String, Hashable, Sendable, Codable, CaseIterable {
    /// 牵头改革项目: the bureau leads.
    case lead
    /// 重点参与的市级改革项目: another agency leads, the bureau takes part.
    case participating
    /// 民政自主改革项目: the bureau's own.
    case own

    public var chineseName: String {
        switch self {
        case .lead: "牵头改革项目"
        case .participating: "重点参与的市级改革项目"
        case .own: "自主改革项目"
        }
    }
}

/// One numbered reform project, or one responsibility item where a notice is
/// a list of items rather than categorised projects.
public struct Project: Hashable, Sendable, Codable {
    public var number: Int
    public var title: String
    /// What the item says beyond its first sentence.
    public var description: String?
    /// nil when the notice does not sort its projects into the three categories.
    public var category: ProjectCategory?
    /// The heading of the group the item stands under, as written.
    public var group: String?
    public var responsibility: Responsibility
    public var deadline: Deadline?
    /// Where the item starts in the source text.
    public var line: Int?

    public init(number: Int, title: String, description: String? = nil, category: ProjectCategory? = nil,
                group: String? = nil, responsibility: Responsibility = Responsibility(),
                deadline: Deadline? = nil, line: Int? = nil) {
        self.number = number
        self.title = title
        self.description = description
        self.category = category
        self.group = group
        self.responsibility = responsibility
        self.deadline = deadline
        self.line = line
    }

    enum CodingKeys: String, CodingKey {
        case number, title, description, category, group, responsibility, deadline, line
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        number = try c.decode(Int.self, forKey: .number)
        title = try c.decode(String.self, forKey: .title)
        description = try c.decodeIfPresent(String.self, forKey: .description)
        category = try c.decodeIfPresent(ProjectCategory.self, forKey: .category)
        group = try c.decodeIfPresent(String.self, forKey: .group)
        responsibility = try c.decodeIfPresent(Responsibility.self, forKey: .responsibility) ?? Responsibility()
        deadline = try c.decodeIfPresent(Deadline.self, forKey: .deadline)
        line = try c.decodeIfPresent(Int.self, forKey: .line)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(number, forKey: .number)
        try c.encode(title, forKey: .title)
        try c.encode(description, forKey: .description)
        try c.encode(category, forKey: .category)
        try c.encode(group, forKey: .group)
        try c.encode(responsibility, forKey: .responsibility)
        try c.encode(deadline, forKey: .deadline)
        try c.encode(line, forKey: .line)
    }
}
