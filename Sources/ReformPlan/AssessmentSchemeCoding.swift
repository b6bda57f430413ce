/// The scheme's file form, the same in YAML and JSON: what staff edit.
extension AssessmentScheme: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, year, version, objectionWindowDays, bonusCap, deductionCap, items
    }

    /// A version or window left out of a file takes the defaults (1, 7 days).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(name: try c.decode(String.self, forKey: .name), year: try c.decode(Int.self, forKey: .year),
                  version: try c.decodeIfPresent(Int.self, forKey: .version) ?? 1,
                  objectionWindowDays: try c.decodeIfPresent(Int.self, forKey: .objectionWindowDays) ?? 7,
                  bonusCap: try c.decodeIfPresent(Double.self, forKey: .bonusCap),
                  deductionCap: try c.decodeIfPresent(Double.self, forKey: .deductionCap),
                  items: try c.decode([AssessmentItem].self, forKey: .items))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(year, forKey: .year)
        try c.encode(version, forKey: .version)
        try c.encode(objectionWindowDays, forKey: .objectionWindowDays)
        try c.encodeIfPresent(bonusCap, forKey: .bonusCap)
        try c.encodeIfPresent(deductionCap, forKey: .deductionCap)
        try c.encode(items, forKey: .items)
    }
}

extension AssessmentItem: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case key, name, weight, cap, rule, description
    }

    /// A bonus or deduction item has no weight, so it may be left out.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(key: try c.decode(String.self, forKey: .key), name: try c.decode(String.self, forKey: .name),
                  rule: try c.decode(AssessmentRule.self, forKey: .rule),
                  weight: try c.decodeIfPresent(Double.self, forKey: .weight) ?? 0,
                  cap: try c.decodeIfPresent(Double.self, forKey: .cap),
                  description: try c.decodeIfPresent(String.self, forKey: .description))
    }

    /// Writes no weight for a bonus or deduction item, where it would only mislead.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(key, forKey: .key)
        try c.encode(name, forKey: .name)
        if rule.group == .base || weight != 0 { try c.encode(weight, forKey: .weight) }
        try c.encodeIfPresent(cap, forKey: .cap)
        try c.encode(rule, forKey: .rule)
        try c.encodeIfPresent(description, forKey: .description)
    }
}

extension AssessmentScheme {
    /// The fields a scheme file may use at each level, for readers that refuse
    /// unknown ones (a misspelt "wieght" would otherwise be silently ignored).
    public static let fieldNames = CodingKeys.allCases.map(\.rawValue)
    public static let itemFieldNames = AssessmentItem.CodingKeys.allCases.map(\.rawValue)
    public static let ruleFieldNames = AssessmentRule.CodingKeys.allCases.map(\.rawValue)
}
