/// The issued notice and the plan it carries, apart from the plan's items:
/// who issued it and when, to whom, citing what, and the text itself.
public struct Notice: Hashable, Sendable, Codable {
    /// The plan's own title: 2019年武汉市民政改革工作实施方案.
    public var title: String
    /// The notice that issues it: 市民政局关于印发《…》的通知.
    public var noticeTitle: String?
    /// The notice's own document number where printed (武民政〔2019〕12号).
    public var documentNumber: String?
    public var year: Int?
    public var issuer: String?
    public var issuedDate: Day?
    public var publishedDate: Day?
    /// 主送机关: the units the notice is addressed to, who report under it.
    public var addressees: [String]
    public var references: [DocumentReference]
    public var attachments: [String]
    /// The office that follows up and presses (局规划发展处具体衔接督办).
    public var supervisingUnit: String?
    public var leaders: [NamedLeader]
    public var contacts: [Contact]
    public var supervisionSchedule: [SupervisionActivity]
    public var sections: [Section]
    /// The decoded text as imported, chrome and all, so that every line and
    /// column in a finding can be looked up later.
    public var sourceText: String?

    public init(title: String, noticeTitle: String? = nil, documentNumber: String? = nil, year: Int? = nil,
                issuer: String? = nil, issuedDate: Day? = nil, publishedDate: Day? = nil,
                addressees: [String] = [], references: [DocumentReference] = [], attachments: [String] = [],
                supervisingUnit: String? = nil, leaders: [NamedLeader] = [], contacts: [Contact] = [],
                supervisionSchedule: [SupervisionActivity] = [], sections: [Section] = [], sourceText: String? = nil) {
        self.title = title
        self.noticeTitle = noticeTitle
        self.documentNumber = documentNumber
        self.year = year
        self.issuer = issuer
        self.issuedDate = issuedDate
        self.publishedDate = publishedDate
        self.addressees = addressees
        self.references = references
        self.attachments = attachments
        self.supervisingUnit = supervisingUnit
        self.leaders = leaders
        self.contacts = contacts
        self.supervisionSchedule = supervisionSchedule
        self.sections = sections
        self.sourceText = sourceText
    }
}

/// A document the notice cites: 《关于印发<…>的通知》(武改委发〔2019〕1号).
public struct DocumentReference: Hashable, Sendable, Codable {
    public var title: String?
    public var number: String?

    public init(title: String?, number: String?) {
        self.title = title
        self.number = number
    }
}

/// A top-level section of the plan (一、总体思路 …) with its text, kept so that
/// the plan can be read and printed whole.
public struct Section: Hashable, Sendable, Codable {
    public var number: Int
    public var heading: String
    public var text: String

    public init(number: Int, heading: String, text: String) {
        self.number = number
        self.heading = heading
        self.text = text
    }
}
