/// A measurable target found in the plan: "社会化运营率70%以上",
/// "新建社区老年人服务中心(站)100个", "每个城市社区拥有10个社会组织".
public struct Indicator: Hashable, Sendable, Codable {
    /// How the value is compared with the target, from the words around the number.
    public enum Comparator: String, Hashable, Sendable, Codable, CaseIterable {
        /// 以上, 不少于, 至少, 达到, 余; a bare count to complete ("新建100个").
        case atLeast
        /// 超过, 多于.
        case greaterThan
        /// 以下, 不超过, 以内, 控制在.
        case atMost
        /// 低于, 少于.
        case lessThan
        /// 左右, 约.
        case about
        /// 1到2个, 5-8个: `target` is the lower bound, `targetUpper` the upper.
        case between
    }

    public var name: String
    /// 个, %, 份, 名 …: the unit of the number after any 万/亿 has been applied.
    public var measure: String
    public var comparator: Comparator
    public var target: Double
    public var targetUpper: Double?
    /// Over what the target is counted: 每个城市社区, 中心城区街道.
    public var scope: String?
    /// The sentence the indicator came from, as written.
    public var sentence: String
    public var project: Int?
    public var task: Int?
    public var line: Int?

    public init(name: String, measure: String, comparator: Comparator, target: Double,
                targetUpper: Double? = nil, scope: String? = nil, sentence: String,
                project: Int? = nil, task: Int? = nil, line: Int? = nil) {
        self.name = name
        self.measure = measure
        self.comparator = comparator
        self.target = target
        self.targetUpper = targetUpper
        self.scope = scope
        self.sentence = sentence
        self.project = project
        self.task = task
        self.line = line
    }

    enum CodingKeys: String, CodingKey {
        case name, measure, comparator, target, targetUpper, scope, sentence, project, task, line
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(measure, forKey: .measure)
        try c.encode(comparator, forKey: .comparator)
        try c.encode(target, forKey: .target)
        try c.encode(targetUpper, forKey: .targetUpper)
        try c.encode(scope, forKey: .scope)
        try c.encode(sentence, forKey: .sentence)
        try c.encode(project, forKey: .project)
        try c.encode(task, forKey: .task)
        try c.encode(line, forKey: .line)
    }
}
