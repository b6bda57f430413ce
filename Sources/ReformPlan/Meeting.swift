import Foundation

/// A meeting that steers the plan: the quarterly dispatch meeting of 六(五)
/// (季度调度), the joint meetings of 六(二) (联席会议) and the leading group's
/// meetings. Its agenda is proposed from what lags; its decisions become
/// tracked actions (`TrackedAction`) with an owner unit and a deadline.
public struct Meeting: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case quarterlyDispatch, jointMeeting, leadingGroup

        public var chineseName: String {
            switch self {
            case .quarterlyDispatch: "季度调度会"
            case .jointMeeting: "联席会议"
            case .leadingGroup: "改革领导小组会议"
            }
        }
    }

    public var id: Int64?
    public var planID: Int
    public var kind: Kind
    public var title: String
    public var day: Day
    /// Minutes after midnight, Asia/Shanghai: 570 is 09:30.
    public var startMinute: Int
    public var durationMinutes: Int
    public var place: String
    /// Who chairs it (a leader's name).
    public var chair: String
    /// Units and people asked to attend, one a line.
    public var attendees: [String]
    /// The agenda, an item a line.
    public var agenda: [String]
    /// 会议纪要: what was said and decided, once held.
    public var minutes: String
    public var createdBy: String
    public var version: Int

    public init(id: Int64? = nil, planID: Int, kind: Kind, title: String, day: Day, startMinute: Int = 570, durationMinutes: Int = 120,
                place: String, chair: String, attendees: [String] = [], agenda: [String] = [], minutes: String = "",
                createdBy: String, version: Int = 0) {
        self.id = id
        self.planID = planID
        self.kind = kind
        self.title = title
        self.day = day
        self.startMinute = startMinute
        self.durationMinutes = durationMinutes
        self.place = place
        self.chair = chair
        self.attendees = attendees
        self.agenda = agenda
        self.minutes = minutes
        self.createdBy = createdBy
        self.version = version
    }

    /// "09:30".
    public var startText: String { String(format: "%02d:%02d", startMinute / 60, startMinute % 60) }

    /// Reads "9:30" or "09:30" into minutes after midnight; nil for anything else.
    public static func minute(of text: String) -> Int? {
        let parts = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "：", with: ":").split(separator: ":")
        guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), (0...23).contains(h), (0...59).contains(m),
              parts[1].count == 2 else { return nil }
        return h * 60 + m
    }

    /// What is wrong with a meeting about to be kept, field by field; empty when nothing is.
    public func problems(planYear: Int?) -> [(field: String, message: String)] {
        var found: [(String, String)] = []
        if title.trimmingCharacters(in: .whitespaces).count < 4 { found.append(("title", "请填写会议名称（至少4个字）")) }
        if title.count > 100 { found.append(("title", "会议名称不超过100字，现为\(title.count)字")) }
        if let planYear, day.year != planYear, day.year != planYear + 1 {
            found.append(("day", "会议日期\(day)不在方案年度（\(planYear)年）或次年"))
        }
        if !(15...720).contains(durationMinutes) { found.append(("duration", "会议时长应在15到720分钟之间，现为\(durationMinutes)分钟")) }
        if place.trimmingCharacters(in: .whitespaces).isEmpty { found.append(("place", "请填写会议地点")) }
        if chair.trimmingCharacters(in: .whitespaces).isEmpty { found.append(("chair", "请填写主持人")) }
        if agenda.isEmpty { found.append(("agenda", "请至少列出一项议程")) }
        if minutes.count > 20000 { found.append(("minutes", "会议纪要不超过20000字，现为\(minutes.count)字")) }
        return found
    }
}
