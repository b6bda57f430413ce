/// A time-boxed step of the plan (实施步骤): "1.签约部署(1-3月)". Months are
/// months of the plan year. A phase whose only timing is a dependency on other
/// work ("与全市“民呼我应”改革工作同步推进") keeps that as `condition` and has
/// no months: none are invented.
public struct Phase: Hashable, Sendable, Codable {
    /// The project the phase's stream belongs to; nil for plan-wide steps.
    public var project: Int?
    /// The stream's number within the steps section ((一) is 1) and its heading.
    public var stream: Int
    public var streamTitle: String?
    /// The phase's number within its stream.
    public var order: Int
    public var title: String
    /// nil for "11月前": only the end is given.
    public var startMonth: Int?
    public var endMonth: Int?
    public var condition: String?
    /// The timing as written, inside its brackets: "1-3月", "11月前".
    public var timing: String?
    /// What the phase is to produce, sentence by sentence.
    public var deliverables: [String]
    public var line: Int?

    public init(project: Int?, stream: Int, streamTitle: String? = nil, order: Int, title: String,
                startMonth: Int? = nil, endMonth: Int? = nil, condition: String? = nil,
                timing: String? = nil, deliverables: [String] = [], line: Int? = nil) {
        self.project = project
        self.stream = stream
        self.streamTitle = streamTitle
        self.order = order
        self.title = title
        self.startMonth = startMonth
        self.endMonth = endMonth
        self.condition = condition
        self.timing = timing
        self.deliverables = deliverables
        self.line = line
    }

    enum CodingKeys: String, CodingKey {
        case project, stream, streamTitle, order, title, startMonth, endMonth, condition, timing, deliverables, line
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        project = try c.decodeIfPresent(Int.self, forKey: .project)
        stream = try c.decode(Int.self, forKey: .stream)
        streamTitle = try c.decodeIfPresent(String.self, forKey: .streamTitle)
        order = try c.decode(Int.self, forKey: .order)
        title = try c.decode(String.self, forKey: .title)
        startMonth = try c.decodeIfPresent(Int.self, forKey: .startMonth)
        endMonth = try c.decodeIfPresent(Int.self, forKey: .endMonth)
        condition = try c.decodeIfPresent(String.self, forKey: .condition)
        timing = try c.decodeIfPresent(String.self, forKey: .timing)
        deliverables = try c.decodeIfPresent([String].self, forKey: .deliverables) ?? []
        line = try c.decodeIfPresent(Int.self, forKey: .line)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(project, forKey: .project)
        try c.encode(stream, forKey: .stream)
        try c.encode(streamTitle, forKey: .streamTitle)
        try c.encode(order, forKey: .order)
        try c.encode(title, forKey: .title)
        try c.encode(startMonth, forKey: .startMonth)
        try c.encode(endMonth, forKey: .endMonth)
        try c.encode(condition, forKey: .condition)
        try c.encode(timing, forKey: .timing)
        try c.encode(deliverables, forKey: .deliverables)
        try c.encode(line, forKey: .line)
    }
}

extension Phase {
    /// No months at all: the phase is paced only by its condition.
    public var isConditional: Bool { startMonth == nil && endMonth == nil }

    /// The month of the plan year by which the phase is to be done: its end
    /// month; a phase given only a start runs to the year's end; nil when conditional.
    public var dueMonth: Int? { endMonth ?? startMonth.map { _ in 12 } }

    /// The month the phase begins: its start, or January when only the end
    /// is given ("11月前"); nil when conditional.
    public var firstMonth: Int? { isConditional ? nil : startMonth ?? 1 }
}
