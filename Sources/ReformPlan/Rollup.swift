/// What is known of an indicator in one division for one month, in the parts
/// every roll-up method needs, so that tallies add up associatively: the store
/// sums communities into districts in SQL, and `Rollup` carries districts on up.
public struct RollupTally: Hashable, Sendable {
    /// Units below (or the unit itself) that have a value for the month.
    public var reported = 0
    public var sum = 0.0
    /// Units whose value meets the rule's threshold.
    public var meeting = 0
    /// Units in scope, reported or not: a share's denominator.
    public var eligible = 0
    /// The most recent value and when it was entered (timestamp text, which sorts).
    public var latestValue: Double?
    public var latestAt: String?

    public init(reported: Int = 0, sum: Double = 0, meeting: Int = 0, eligible: Int = 0,
                latestValue: Double? = nil, latestAt: String? = nil) {
        self.reported = reported
        self.sum = sum
        self.meeting = meeting
        self.eligible = eligible
        self.latestValue = latestValue
        self.latestAt = latestAt
    }

    public mutating func add(_ other: RollupTally) {
        reported += other.reported
        sum += other.sum
        meeting += other.meeting
        eligible += other.eligible
        if let at = other.latestAt, latestAt.map({ at > $0 }) ?? true {
            (latestAt, latestValue) = (at, other.latestValue)
        }
    }

    /// The figure the method makes of the tally; nil when nothing is known
    /// (no value reported, or no unit in scope for a share).
    public func value(_ method: RollupRule.Method) -> Double? {
        switch method {
        case .sum: reported > 0 ? sum : nil
        case .average: reported > 0 ? sum / Double(reported) : nil
        case .latest: latestValue
        case .share: eligible > 0 ? Double(meeting) / Double(eligible) * 100 : nil
        }
    }

    /// Units in scope that do not meet the threshold, those that did not report included.
    public var fallingShort: Int { max(0, eligible - meeting) }
    /// Units in scope without a value for the month.
    public var missing: Int { max(0, eligible - reported) }
}

public enum Rollup {
    /// Carries tallies of divisions (districts, usually) up to every ancestor
    /// in `tree`: each division's tally is its own plus its descendants'. With
    /// a tag in the rule, parts under no division carrying it are left out
    /// entirely (the 中心城区 share ignores 新城区 streets).
    public static func carryUp(_ tallies: [String: RollupTally], in tree: DivisionTree, rule: RollupRule)
        -> [String: RollupTally] {
        var result: [String: RollupTally] = [:]
        for (code, tally) in tallies {
            let path = tree.path(to: code)
            if let tag = rule.tag, !path.contains(where: { $0.tags.contains(tag) }) { continue }
            // A code outside the tree (an unknown district) still counts for itself.
            for division in path.isEmpty ? [] : path { result[division.code, default: RollupTally()].add(tally) }
            if path.isEmpty { result[code, default: RollupTally()].add(tally) }
        }
        return result
    }

    /// Where the parts of a decomposed target fall against the whole: for a
    /// sum, the parts must add up to the city's target; the message says by how
    /// much they do not. Other methods set each part its own target, so there
    /// is nothing to add up.
    public static func breakdownProblem(target: Double, parts: [Double], method: RollupRule.Method,
                                        measure: String) -> String? {
        guard method == .sum, !parts.isEmpty else { return nil }
        let total = parts.reduce(0, +)
        guard abs(total - target) > 1e-9 * max(1, abs(target)) else { return nil }
        let gap = total - target
        return "分解合计\(ChineseNumber.plain(total))\(measure)，比全市目标\(ChineseNumber.plain(target))\(measure)"
            + (gap > 0 ? "多" : "少") + "\(ChineseNumber.plain(abs(gap)))\(measure)"
    }
}
