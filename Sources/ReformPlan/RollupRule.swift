/// How an indicator's values, entered for divisions at one level, add up to
/// the levels above: the city's figure for "新建社区老年人服务中心100个" is the
/// sum of the districts'; for "每个城市社区拥有10个社会组织" it is the share of
/// urban communities that have ten.
public struct RollupRule: Hashable, Sendable {
    public enum Method: String, Hashable, Sendable, Codable, CaseIterable {
        /// Parts add up (counts built, projects fostered).
        case sum
        /// The mean of the units that reported (a rate each district reports).
        case average
        /// The value most recently reported below wins: a figure one unit keeps
        /// up to date for everyone, such as a city-wide survey count.
        case latest
        /// The share of units whose value meets `threshold`, over every unit of
        /// `kinds` in scope, reported or not: a unit that did not report falls short.
        case share

        public var chineseName: String {
            switch self {
            case .sum: "求和"
            case .average: "平均"
            case .latest: "取最新"
            case .share: "达标占比"
            }
        }
    }

    public var method: Method
    /// The level values are entered at: districts, streets or communities.
    public var level: Division.Level
    /// Which divisions of that level count (urban communities only); all when empty.
    public var kinds: Set<Division.Kind>
    /// For a share: the value a unit must reach, compared as the indicator compares.
    public var threshold: Double?
    /// Only divisions under one carrying this tag (中心城区) count.
    public var tag: String?

    public init(method: Method, level: Division.Level, kinds: Set<Division.Kind> = [], threshold: Double? = nil,
                tag: String? = nil) {
        self.method = method
        self.level = level
        self.kinds = kinds
        self.threshold = threshold
        self.tag = tag
    }

    /// The kinds of division that count: `kinds`, or every kind of the rule's level when none is named.
    public var countedKinds: Set<Division.Kind> {
        kinds.isEmpty ? Set(Division.Kind.allCases.filter { $0.level == level }) : kinds
    }

    /// The rule the indicator's own words suggest, for a supervisor to confirm
    /// or change: "每个城市社区…10个" is a share of urban communities with at
    /// least ten; "中心城区…街道达到60%" a share of central-district streets
    /// with service (a value of 1, meaning yes); another rate an average of the
    /// districts'; any count a sum of the districts'.
    public static func inferred(for indicator: Indicator) -> RollupRule {
        let scope = indicator.scope ?? ""
        let words = scope + indicator.name
        let tag = words.contains(WuhanDivisions.centralTag) ? WuhanDivisions.centralTag : nil
        if scope.hasPrefix("每个") || indicator.name.hasPrefix("每个") {
            let kinds: Set<Division.Kind> = words.contains("农村社区") ? [.ruralCommunity]
                : words.contains("城市社区") ? [.urbanCommunity]
                : words.contains("社区") ? [.urbanCommunity, .ruralCommunity]
                : words.contains("街道") ? [.street] : []
            let level: Division.Level = kinds.contains(.street) || kinds.isEmpty && words.contains("街道") ? .township
                : kinds.isEmpty ? .county : .village
            return RollupRule(method: .share, level: level, kinds: kinds, threshold: indicator.target, tag: tag)
        }
        if indicator.measure == "%" && words.contains("街道") {
            return RollupRule(method: .share, level: .township, kinds: [.street], threshold: 1, tag: tag)
        }
        if indicator.measure == "%" {
            return RollupRule(method: .average, level: .county, tag: tag)
        }
        return RollupRule(method: .sum, level: .county, tag: tag)
    }

    /// The figure the city's roll-up is held against: for "every unit" a share
    /// of 100 %; otherwise the indicator's own target.
    public func target(of indicator: Indicator) -> Double {
        if method == .share, (indicator.scope ?? indicator.name).hasPrefix("每个") { return 100 }
        return indicator.target
    }

    /// Whether one unit's value meets the threshold, as the indicator compares.
    public func meets(_ value: Double, comparator: Indicator.Comparator) -> Bool {
        let t = threshold ?? 0
        switch comparator {
        case .atMost: return value <= t
        case .lessThan: return value < t
        case .greaterThan: return value > t
        case .atLeast, .about, .between: return value >= t
        }
    }

    /// What the rule means, in a sentence for the indicator page.
    public func explanation(measure: String) -> String {
        let units = kinds.isEmpty ? level.chineseName : kinds.sorted { $0.rawValue < $1.rawValue }.map(\.chineseName).joined(separator: "、")
        let scope = tag.map { "（仅\($0)）" } ?? ""
        switch method {
        case .sum: return "按\(units)\(scope)填报，逐级求和"
        case .average: return "按\(units)\(scope)填报，上级取已报送单位的平均值"
        case .latest: return "按\(units)\(scope)填报，上级取最近一次报送的数值"
        case .share:
            let t = threshold.map { ChineseNumber.plain($0) } ?? "0"
            return "按\(units)\(scope)填报，数值达到\(t)\(measure == "%" ? "" : measure)的单位占全部\(units)的比例；未报送视为未达标"
        }
    }
}

extension Division.Level {
    public var chineseName: String {
        switch self {
        case .province: "省"
        case .city: "市"
        case .county: "区"
        case .township: "街道（乡镇）"
        case .village: "社区（村）"
        }
    }
}
