/// Something a unit or a person should be told of, because of an event: a
/// report falls due, a notice was issued, a bulletin came out. It is written
/// in the same transaction as the event (PlanStore's outbox), so it is never
/// lost and never sent for an event that did not happen; Messaging delivers
/// it by e-mail, DingTalk or WeCom.
public struct Message: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// 提醒: a month's report falls due within days.
        case reportDueSoon
        /// The due day passed without the month's report.
        case reportOverdue
        case reportReturned
        case noticeIssued
        /// A notice's reply deadline passed without a reply.
        case noticeReplyOverdue
        case noticeEscalated
        /// A bulletin, half-year summary or assessment result was issued.
        case documentIssued
        /// The supervisor pressed a unit (催办) by hand.
        case pressed
        /// A 约谈 of the unit was recorded, with its outcome.
        case interviewed
        /// The unit's case was referred for accountability (问责).
        case referred
        /// A meeting decision's action falls due.
        case actionDue
        /// A meeting or an inspection gave the unit something to do.
        case actionAssigned
        /// The unit's report of an action was not accepted.
        case actionReturned
        /// The office closed an action (销号).
        case actionClosed
        /// A meeting was called and the unit asked to attend.
        case meetingCalled
        /// Sent from the channels page, to try a channel.
        case test

        public var chineseName: String {
            switch self {
            case .reportDueSoon: "报送提醒"
            case .reportOverdue: "逾期未报送"
            case .reportReturned: "报送被退回"
            case .noticeIssued: "督办单下发"
            case .noticeReplyOverdue: "督办单逾期未回复"
            case .noticeEscalated: "督办单提级"
            case .documentIssued: "通报印发"
            case .pressed: "催办"
            case .interviewed: "约谈"
            case .referred: "问责移送"
            case .actionDue: "交办事项到期"
            case .actionAssigned: "交办事项"
            case .actionReturned: "交办事项被退回"
            case .actionClosed: "交办事项销号"
            case .meetingCalled: "会议通知"
            case .test: "测试消息"
            }
        }
    }

    /// Who is told: every channel of a unit (and its accounts' e-mail), or one account.
    public enum Recipient: Hashable, Sendable, Codable {
        case unit(String)
        case account(String)

        public var name: String {
            switch self {
            case .unit(let name), .account(let name): name
            }
        }
    }

    public var kind: Kind
    public var recipient: Recipient
    /// One line: the e-mail subject, the robot card's title.
    public var subject: String
    /// Plain text, a few sentences; no markup, so every channel can carry it.
    public var body: String
    /// The page to open, as a path ("/notices/12"); the server's public address goes in front at delivery.
    public var link: String

    public init(kind: Kind, recipient: Recipient, subject: String, body: String, link: String) {
        self.kind = kind
        self.recipient = recipient
        self.subject = subject
        self.body = body
        self.link = link
    }
}
