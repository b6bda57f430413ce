/// How an assessment item's points are computed from a unit's evidence (年底考核).
/// Coded with a `kind` discriminator so that a scheme file reads naturally:
/// `{kind: targetAttainment, mode: met}`, `{kind: bonus, event: nationalCommendation, points: 5}`.
public enum AssessmentRule: Hashable, Sendable {
    /// Share of the unit's due monthly reports sent by their due day.
    case reportsOnTime
    /// Share of the unit's phases that fell due and were done by their due month.
    case phasesOnTime
    /// Attainment over the unit's indicators with a target.
    case targetAttainment(mode: AttainmentMode)
    /// Share of supervision notices to the unit answered by their reply day.
    case noticesAnsweredOnTime
    /// Points for every adopted publicity submission, up to the item's weight.
    case publicityAdopted(pointsEach: Double)
    /// Points added for every event of a commendation kind.
    case bonus(event: AssessmentEvent.Kind, points: Double)
    /// Points taken off for every event of a kind that counts against the unit.
    case deduction(event: AssessmentEvent.Kind, points: Double)

    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case reportsOnTime, phasesOnTime, targetAttainment, noticesAnsweredOnTime, publicityAdopted, bonus, deduction

        public var chineseName: String {
            switch self {
            case .reportsOnTime: "按时报送进展"
            case .phasesOnTime: "阶段任务按期完成"
            case .targetAttainment: "目标指标完成"
            case .noticesAnsweredOnTime: "督办按时回复"
            case .publicityAdopted: "宣传稿件采用"
            case .bonus: "加分"
            case .deduction: "减分"
            }
        }
    }

    /// Mean attainment with partial credit (85 of 100 is 0.85), or the share
    /// of indicators met outright. Partial credit rewards work short of the
    /// line; "met" is the stricter reading some bureaus prefer.
    public enum AttainmentMode: String, Hashable, Sendable, Codable, CaseIterable {
        case ratio, met

        public var chineseName: String {
            switch self {
            case .ratio: "按完成率计"
            case .met: "按达标个数计"
            }
        }
    }

    /// Where an item's points go: the base score out of 100, or the bonus and
    /// deduction subtotals added to it, each with its own cap.
    public enum Group: String, Hashable, Sendable, Codable, CaseIterable {
        case base, bonus, deduction

        public var chineseName: String {
            switch self {
            case .base: "基础分"
            case .bonus: "加分"
            case .deduction: "减分"
            }
        }
    }

    public var kind: Kind {
        switch self {
        case .reportsOnTime: .reportsOnTime
        case .phasesOnTime: .phasesOnTime
        case .targetAttainment: .targetAttainment
        case .noticesAnsweredOnTime: .noticesAnsweredOnTime
        case .publicityAdopted: .publicityAdopted
        case .bonus: .bonus
        case .deduction: .deduction
        }
    }

    public var group: Group {
        switch self {
        case .bonus: .bonus
        case .deduction: .deduction
        default: .base
        }
    }
}

extension AssessmentRule: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case kind, mode, pointsEach, event, points
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        switch try c.decodeNamed(Kind.self, forKey: .kind) {
        case .reportsOnTime: self = .reportsOnTime
        case .phasesOnTime: self = .phasesOnTime
        case .noticesAnsweredOnTime: self = .noticesAnsweredOnTime
        case .targetAttainment:
            self = .targetAttainment(mode: try c.contains(.mode) ? c.decodeNamed(AttainmentMode.self, forKey: .mode) : .ratio)
        case .publicityAdopted: self = .publicityAdopted(pointsEach: try c.decode(Double.self, forKey: .pointsEach))
        case .bonus:
            self = .bonus(event: try c.decodeNamed(AssessmentEvent.Kind.self, forKey: .event),
                          points: try c.decode(Double.self, forKey: .points))
        case .deduction:
            self = .deduction(event: try c.decodeNamed(AssessmentEvent.Kind.self, forKey: .event),
                              points: try c.decode(Double.self, forKey: .points))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        switch self {
        case .reportsOnTime, .phasesOnTime, .noticesAnsweredOnTime: break
        case .targetAttainment(let mode): try c.encode(mode, forKey: .mode)
        case .publicityAdopted(let each): try c.encode(each, forKey: .pointsEach)
        case .bonus(let event, let points), .deduction(let event, let points):
            try c.encode(event, forKey: .event)
            try c.encode(points, forKey: .points)
        }
    }
}

extension KeyedDecodingContainer {
    /// A named choice, refused with the choices listed, so that a typo in a
    /// scheme file ("reportOnTime") is answered with what would have been right.
    func decodeNamed<E: RawRepresentable & CaseIterable>(_: E.Type, forKey key: Key) throws -> E where E.RawValue == String {
        let text = try decode(String.self, forKey: key)
        guard let value = E(rawValue: text) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription:
                "“\(text)”不是可用的取值，可用：\(E.allCases.map(\.rawValue).joined(separator: "、"))。 (Unknown value.)")
        }
        return value
    }
}
