/// Something that happened to a unit and moves its assessment score outside
/// the base items: a commendation, being named in a bulletin, an
/// accountability case (六(五): "对推进改革不力等行为…严肃追究责任").
/// Recorded by the supervising office with the document that says so.
public struct AssessmentEvent: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case nationalCommendation, provincialCommendation, cityCommendation
        /// Named in a monthly bulletin for reporting late or not at all.
        case namedInBulletin
        /// Held to account for pushing reform weakly.
        case accountabilityCase
        /// A supervision notice left unanswered past its reply day. The standard
        /// scheme does not deduct for it: its notices item already counts it.
        case overdueNotice

        public var chineseName: String {
            switch self {
            case .nationalCommendation: "国家级表彰"
            case .provincialCommendation: "省级表彰"
            case .cityCommendation: "市级表彰"
            case .namedInBulletin: "被通报"
            case .accountabilityCase: "被问责"
            case .overdueNotice: "督办逾期"
            }
        }

        /// A commendation: only these can earn a bonus, and only the others a deduction.
        public var isCommendation: Bool {
            switch self {
            case .nationalCommendation, .provincialCommendation, .cityCommendation: true
            case .namedInBulletin, .accountabilityCase, .overdueNotice: false
            }
        }
    }

    public var id: Int64?
    public var kind: Kind
    public var date: Day
    public var description: String
    /// The document that records it: "武民改办通报〔2019〕7号".
    public var reference: String?

    public init(id: Int64? = nil, kind: Kind, date: Day, description: String, reference: String? = nil) {
        self.id = id
        self.kind = kind
        self.date = date
        self.description = description
        self.reference = reference
    }
}
