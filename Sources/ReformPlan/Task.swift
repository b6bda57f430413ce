/// A main task (主要任务): the work behind one or more projects, often where the
/// quantitative targets are written.
public struct Task: Hashable, Sendable, Codable {
    public var number: Int
    public var title: String
    public var description: String?
    /// Numbers of the projects the task serves.
    public var projects: [Int]
    public var responsibility: Responsibility?
    public var deadline: Deadline?
    public var line: Int?

    public init(number: Int, title: String, description: String? = nil, projects: [Int] = [],
                responsibility: Responsibility? = nil, deadline: Deadline? = nil, line: Int? = nil) {
        self.number = number
        self.title = title
        self.description = description
        self.projects = projects
        self.responsibility = responsibility
        self.deadline = deadline
        self.line = line
    }

    enum CodingKeys: String, CodingKey {
        case number, title, description, projects, responsibility, deadline, line
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        number = try c.decode(Int.self, forKey: .number)
        title = try c.decode(String.self, forKey: .title)
        description = try c.decodeIfPresent(String.self, forKey: .description)
        projects = try c.decodeIfPresent([Int].self, forKey: .projects) ?? []
        responsibility = try c.decodeIfPresent(Responsibility.self, forKey: .responsibility)
        deadline = try c.decodeIfPresent(Deadline.self, forKey: .deadline)
        line = try c.decodeIfPresent(Int.self, forKey: .line)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(number, forKey: .number)
        try c.encode(title, forKey: .title)
        try c.encode(description, forKey: .description)
        try c.encode(projects, forKey: .projects)
        try c.encode(responsibility, forKey: .responsibility)
        try c.encode(deadline, forKey: .deadline)
        try c.encode(line, forKey: .line)
    }
}
