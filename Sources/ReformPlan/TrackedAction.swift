import Foundation

/// A thing someone must do by a day because a meeting decided it (会议决定
/// 事项) or an inspection found something to put right (整改事项): an owner
/// unit, a deadline, and its way to closure — the unit reports it done with
/// its evidence, the supervising office checks and closes it (销号) or sends
/// it back.
public struct TrackedAction: Hashable, Sendable {
    public enum Source: Hashable, Sendable {
        case meeting(Int64)
        case inspection(Int64)

        public var kind: String {
            switch self {
            case .meeting: "meeting"
            case .inspection: "inspection"
            }
        }

        public var id: Int64 {
            switch self {
            case .meeting(let id), .inspection(let id): id
            }
        }

        public init?(kind: String, id: Int64) {
            switch kind {
            case "meeting": self = .meeting(id)
            case "inspection": self = .inspection(id)
            default: return nil
            }
        }

        public var path: String {
            switch self {
            case .meeting(let id): "/meetings/\(id)"
            case .inspection(let id): "/inspections/\(id)"
            }
        }

        public var chineseName: String {
            switch self {
            case .meeting: "会议决定事项"
            case .inspection: "督查整改事项"
            }
        }
    }

    public enum State: String, Hashable, Sendable, Codable, CaseIterable {
        case open, reported, closed

        public var chineseName: String {
            switch self {
            case .open: "办理中"
            case .reported: "已报办结，待销号"
            case .closed: "已销号"
            }
        }
    }

    public var id: Int64?
    public var planID: Int
    public var source: Source
    /// The inspection finding this item puts right, when it came from one.
    public var findingID: Int64?
    public var title: String
    /// The unit that answers for it.
    public var unit: String
    public var due: Day
    public var state: State
    /// What the unit says it did, and where to see it (a document number, a link).
    public var evidence: String?
    public var reportedBy: String?
    public var reportedOn: Day?
    /// The office's word when it closed it or sent it back.
    public var note: String?
    public var closedBy: String?
    public var closedOn: Day?
    public var createdBy: String
    public var version: Int

    public init(id: Int64? = nil, planID: Int, source: Source, findingID: Int64? = nil, title: String, unit: String, due: Day,
                state: State = .open, evidence: String? = nil, reportedBy: String? = nil, reportedOn: Day? = nil,
                note: String? = nil, closedBy: String? = nil, closedOn: Day? = nil, createdBy: String, version: Int = 0) {
        self.id = id
        self.planID = planID
        self.source = source
        self.findingID = findingID
        self.title = title
        self.unit = unit
        self.due = due
        self.state = state
        self.evidence = evidence
        self.reportedBy = reportedBy
        self.reportedOn = reportedOn
        self.note = note
        self.closedBy = closedBy
        self.closedOn = closedOn
        self.createdBy = createdBy
        self.version = version
    }

    /// Not closed and past its day (a reported one waits on the office, not the unit).
    public func isOverdue(asOf day: Day) -> Bool { state == .open && day > due }

    /// What is wrong with an action about to be kept; empty when nothing is.
    public func problems(units: [String], today: Day) -> [(field: String, message: String)] {
        var found: [(String, String)] = []
        if title.trimmingCharacters(in: .whitespacesAndNewlines).count < 4 { found.append(("title", "请写明要办的事项（至少4个字）")) }
        if title.count > 500 { found.append(("title", "事项不超过500字，现为\(title.count)字")) }
        if !units.contains(unit) { found.append(("unit", "“\(unit)”不是本方案的单位，请从列表中选择责任单位")) }
        if due < today { found.append(("due", "完成期限\(due)早于今天（\(today)）")) }
        return found
    }
}

extension Reminders {
    /// Each action still open: once when three days or fewer are left, once when its day has passed.
    public static func actions(_ actions: [TrackedAction], today: Day, leadDays: Int = 3) -> [Reminder] {
        actions.filter { $0.state == .open }.compactMap { action in
            if today > action.due {
                return Reminder(key: "action-overdue:\(action.id ?? 0)", message: Messages.actionDue(action, today: today))
            }
            if today.days(to: action.due) <= leadDays {
                return Reminder(key: "action-due:\(action.id ?? 0)", message: Messages.actionDue(action, today: today))
            }
            return nil
        }
    }
}

extension Messages {
    public static func actionDue(_ action: TrackedAction, today: Day) -> Message {
        let left = today.days(to: action.due)
        let when = left < 0 ? "已逾期\(-left)天" : left == 0 ? "今天到期" : "还有\(left)天到期"
        return Message(kind: .actionDue, recipient: .unit(action.unit),
                       subject: "【\(action.source.chineseName)】\(action.title.prefix(30))（\(when)）",
                       body: "\(action.unit)：\(action.source.chineseName)“\(action.title)”完成期限为\(action.due.chineseName)，\(when)。办结后请在系统中报告办理情况并附依据。",
                       link: action.source.path)
    }

    /// The unit hears of an action assigned to it.
    public static func actionAssigned(_ action: TrackedAction, from origin: String) -> Message {
        Message(kind: .actionAssigned, recipient: .unit(action.unit),
                subject: "【\(action.source.chineseName)】\(action.title.prefix(30))",
                body: "\(action.unit)：\(origin)交办本单位“\(action.title)”，完成期限\(action.due.chineseName)。",
                link: action.source.path)
    }

    /// A unit invited to a meeting, or told that its day, time or place changed.
    public static func meetingCalled(_ meeting: Meeting, unit: String, changed: Bool) -> Message {
        Message(kind: .meetingCalled, recipient: .unit(unit), subject: (changed ? "【会议变更】" : "【会议通知】") + meeting.title,
                body: "\(unit)：\(changed ? "会议时间地点调整为：" : "")定于\(meeting.day.chineseName)\(meeting.startText)在\(meeting.place)召开"
                    + "\(meeting.title)（\(meeting.kind.chineseName)），主持人\(meeting.chair)。议程：\(meeting.agenda.joined(separator: "；"))。请准时参加。",
                link: "/meetings/\(meeting.id ?? 0)")
    }

    /// The unit hears that the office closed an action (销号).
    public static func actionClosed(_ action: TrackedAction) -> Message {
        Message(kind: .actionClosed, recipient: .unit(action.unit),
                subject: "【销号】\(action.source.chineseName)：\(action.title.prefix(30))",
                body: "\(action.unit)：“\(action.title)”已核实销号。\(action.note.map { "意见：\($0)" } ?? "")",
                link: action.source.path)
    }

    /// The unit hears that its report of an action was sent back.
    public static func actionReturned(_ action: TrackedAction) -> Message {
        Message(kind: .actionReturned, recipient: .unit(action.unit),
                subject: "【退回】\(action.source.chineseName)：\(action.title.prefix(30))",
                body: "\(action.unit)：报告办结的“\(action.title)”未予销号：\(action.note ?? "")。请继续办理后再报。",
                link: action.source.path)
    }
}
