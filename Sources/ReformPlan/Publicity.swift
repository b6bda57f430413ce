import Foundation

/// A publicity piece (宣传稿件, 六(四)): a unit's write-up of its reform work,
/// sent to the office the notice names for it (政策法规处), which adopts it
/// for an outlet, returns it for more work, or files it. Adopted pieces count
/// in the year-end assessment.
public struct PublicitySubmission: Hashable, Sendable {
    public enum State: String, Hashable, Sendable, Codable, CaseIterable {
        case submitted, adopted, returned, filed

        public var chineseName: String {
            switch self {
            case .submitted: "待处理"
            case .adopted: "已采用"
            case .returned: "已退回修改"
            case .filed: "已存档（未采用）"
            }
        }
    }

    /// Where an adopted piece went, by level: the assessment may weigh them apart.
    public enum Outlet: String, Hashable, Sendable, Codable, CaseIterable {
        case cityReformOffice, city, provincial, national

        public var chineseName: String {
            switch self {
            case .cityReformOffice: "市委改革办（简报、专报）"
            case .city: "市级媒体或简报"
            case .provincial: "省级媒体或简报"
            case .national: "国家级媒体或简报"
            }
        }
    }

    public var id: Int64?
    public var planID: Int
    public var unit: String
    public var title: String
    public var text: String
    public var submittedBy: String
    public var submittedAt: Date
    public var state: State
    public var outlet: Outlet?
    /// The outlet's own name and issue: "《武汉改革》2019年第9期".
    public var outletName: String?
    /// Why it was returned or filed, or a word on the adoption.
    public var note: String?
    public var decidedBy: String?
    public var decidedAt: Date?
    public var version: Int

    public init(id: Int64? = nil, planID: Int, unit: String, title: String, text: String, submittedBy: String,
                submittedAt: Date, state: State = .submitted, outlet: Outlet? = nil, outletName: String? = nil,
                note: String? = nil, decidedBy: String? = nil, decidedAt: Date? = nil, version: Int = 1) {
        self.id = id
        self.planID = planID
        self.unit = unit
        self.title = title
        self.text = text
        self.submittedBy = submittedBy
        self.submittedAt = submittedAt
        self.state = state
        self.outlet = outlet
        self.outletName = outletName
        self.note = note
        self.decidedBy = decidedBy
        self.decidedAt = decidedAt
        self.version = version
    }

    /// What is wrong with a piece as sent, each with its field.
    public static func problems(title: String, text: String) -> [(field: String, message: String)] {
        var problems: [(String, String)] = []
        if title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { problems.append(("title", "请填写稿件标题。")) }
        if title.count > 100 { problems.append(("title", "标题不超过100字（现为\(title.count)字）。")) }
        if text.trimmingCharacters(in: .whitespacesAndNewlines).count < 20 {
            problems.append(("text", "正文至少20字：写清做了什么、效果如何。"))
        }
        return problems
    }
}

extension Notice {
    /// The office publicity pieces go to: the contact whose purpose speaks of
    /// 宣传稿件 (六(四) names 政策法规处); nil when the notice names none.
    public var publicityOffice: String? {
        contacts.first { $0.purpose.contains("宣传稿件") || $0.purpose.contains("信息报送") }?.unit
    }
}
