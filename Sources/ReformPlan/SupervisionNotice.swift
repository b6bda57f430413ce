import Foundation

/// A supervision notice (督办单): the supervising office presses a unit on a
/// project or one of its phases, gives the reason and a reply deadline; the
/// unit signs for it and replies; the office closes it or escalates it to the
/// project's leader in charge.
public struct SupervisionNotice: Hashable, Sendable, Codable {
    public enum State: String, Hashable, Sendable, Codable, CaseIterable {
        case issued, signed, replied, closed, escalated

        public var chineseName: String {
            switch self {
            case .issued: "已下发"
            case .signed: "已签收"
            case .replied: "已回复"
            case .closed: "已办结"
            case .escalated: "已提级督办"
            }
        }

        /// Still waiting for somebody: the unit (issued, signed) or the office (replied, escalated).
        public var isOpen: Bool { self != .closed }
        /// The unit still owes a reply.
        public var awaitsReply: Bool { self == .issued || self == .signed || self == .escalated }
    }

    public var id: Int64?
    /// 督办〔2019〕3号: year and serial within the year.
    public var year: Int
    public var serial: Int
    public var unit: String
    public var project: Int
    /// The phase pressed on, by stream and order; nil for the project as a whole.
    public var phase: PhaseKey?
    public var reason: String
    public var replyDue: Day
    public var state: State
    public var issuedBy: String
    public var issuedOn: Day
    public var signedBy: String?
    public var signedAt: Date?
    public var reply: String?
    public var repliedBy: String?
    public var repliedAt: Date?
    public var closingNote: String?
    /// The leader in charge the notice was escalated to.
    public var escalatedTo: String?

    public init(id: Int64? = nil, year: Int, serial: Int, unit: String, project: Int, phase: PhaseKey? = nil,
                reason: String, replyDue: Day, state: State = .issued, issuedBy: String, issuedOn: Day,
                signedBy: String? = nil, signedAt: Date? = nil, reply: String? = nil, repliedBy: String? = nil,
                repliedAt: Date? = nil, closingNote: String? = nil, escalatedTo: String? = nil) {
        self.id = id
        self.year = year
        self.serial = serial
        self.unit = unit
        self.project = project
        self.phase = phase
        self.reason = reason
        self.replyDue = replyDue
        self.state = state
        self.issuedBy = issuedBy
        self.issuedOn = issuedOn
        self.signedBy = signedBy
        self.signedAt = signedAt
        self.reply = reply
        self.repliedBy = repliedBy
        self.repliedAt = repliedAt
        self.closingNote = closingNote
        self.escalatedTo = escalatedTo
    }

    /// "督办〔2019〕3号".
    public var number: String { "督办〔\(year)〕\(serial)号" }

    /// The reply is owed and its deadline has passed.
    public func isOverdue(asOf day: Day) -> Bool {
        state.awaitsReply && day > replyDue
    }
}

/// A phase's identity within its plan: stream and order.
public struct PhaseKey: Hashable, Comparable, Sendable, Codable {
    public var stream: Int
    public var order: Int

    public init(stream: Int, order: Int) {
        self.stream = stream
        self.order = order
    }

    public init(_ phase: Phase) {
        self.init(stream: phase.stream, order: phase.order)
    }

    public static func < (a: PhaseKey, b: PhaseKey) -> Bool {
        (a.stream, a.order) < (b.stream, b.order)
    }
}

extension SupervisionNotice {
    /// What can be done to a notice, and from which states: the unit signs
    /// and replies, the office closes or escalates. A reply may come after
    /// an escalation; a closed notice is finished.
    public enum Action: String, Hashable, Sendable, CaseIterable {
        case sign, reply, close, escalate

        public var allowedFrom: Set<State> {
            switch self {
            case .sign: [.issued]
            case .reply: [.issued, .signed, .escalated]
            case .close: [.issued, .signed, .replied, .escalated]
            case .escalate: [.issued, .signed, .replied]
            }
        }

        public var result: State {
            switch self {
            case .sign: .signed
            case .reply: .replied
            case .close: .closed
            case .escalate: .escalated
            }
        }

        public var operation: Operation {
            switch self {
            case .sign: .signNotice
            case .reply: .replyNotice
            case .close: .closeNotice
            case .escalate: .escalateNotice
            }
        }
    }
}
