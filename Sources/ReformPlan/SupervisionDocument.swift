import Foundation

/// A periodic supervision document of a plan (六(五): 每月通报, 半年小结,
/// 年底考核) as it is kept: a draft the supervisor edits, then issued under
/// the next number of its year and frozen. The facts and the narrative are
/// kept as JSON so that the store need not know their shape; the issued
/// text and its DOCX and XLSX are kept as issued and never rendered again.
public struct SupervisionDocument: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case bulletin, halfYear, assessment

        /// Where the application lists them: pages link here and messages point here.
        public var path: String {
            switch self {
            case .bulletin: "/bulletins"
            case .halfYear: "/summaries"
            case .assessment: "/assessment/results"
            }
        }

        public var chineseName: String {
            switch self {
            case .bulletin: "每月通报"
            case .halfYear: "半年小结"
            case .assessment: "年度考核结果"
            }
        }
    }

    public enum State: String, Hashable, Sendable, Codable {
        case draft, issued

        public var chineseName: String { self == .draft ? "草稿" : "已印发" }
    }

    public var id: Int64?
    public var planID: Int
    public var kind: Kind
    /// "2019-09" for a bulletin, "2019-H1" for the half-year, "2019" for the assessment.
    public var period: String
    public var state: State
    public var title: String
    public var facts: String
    public var narrative: String
    /// Set on issue.
    public var year: Int?
    public var serial: Int?
    public var number: String?
    public var issuedText: String?
    public var issuedOn: Day?
    public var issuedBy: String?
    /// The issued document this one corrects.
    public var corrects: Int64?
    public var version: Int
    public var updatedBy: String?
    public var updatedAt: Date?

    public init(id: Int64? = nil, planID: Int, kind: Kind, period: String, state: State = .draft, title: String,
                facts: String, narrative: String, year: Int? = nil, serial: Int? = nil, number: String? = nil,
                issuedText: String? = nil, issuedOn: Day? = nil, issuedBy: String? = nil, corrects: Int64? = nil,
                version: Int = 0, updatedBy: String? = nil, updatedAt: Date? = nil) {
        self.id = id
        self.planID = planID
        self.kind = kind
        self.period = period
        self.state = state
        self.title = title
        self.facts = facts
        self.narrative = narrative
        self.year = year
        self.serial = serial
        self.number = number
        self.issuedText = issuedText
        self.issuedOn = issuedOn
        self.issuedBy = issuedBy
        self.corrects = corrects
        self.version = version
        self.updatedBy = updatedBy
        self.updatedAt = updatedAt
    }
}

/// That a unit's account opened an issued document: the first opening counts.
public struct ReadReceipt: Hashable, Sendable {
    public var login: String
    public var unit: String?
    public var readAt: Date

    public init(login: String, unit: String?, readAt: Date) {
        self.login = login
        self.unit = unit
        self.readAt = readAt
    }
}
