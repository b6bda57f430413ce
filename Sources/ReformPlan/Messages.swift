/// The messages each event sends, worded as the supervising office would word
/// them: who, what, by when, and where to look. Pure: the store calls these in
/// the transaction of the event and keeps what they return in its outbox.
public enum Messages {
    public static func noticeIssued(_ notice: SupervisionNotice, projectTitle: String?) -> Message {
        Message(
            kind: .noticeIssued, recipient: .unit(notice.unit),
            subject: "【督办】\(notice.number) \(projectName(notice.project, projectTitle))",
            body: "\(notice.unit)：现就\(projectName(notice.project, projectTitle))向你单位下发督办单\(notice.number)。"
                + "事由：\(notice.reason) 请于\(notice.replyDue.chineseName)前签收并书面回复。",
            link: "/notices/\(notice.id ?? 0)")
    }

    public static func noticeEscalated(_ notice: SupervisionNotice, projectTitle: String?) -> Message {
        let leader = notice.escalatedTo.map { "，由分管领导\($0)督办" } ?? ""
        return Message(
            kind: .noticeEscalated, recipient: .unit(notice.unit),
            subject: "【提级督办】\(notice.number) \(projectName(notice.project, projectTitle))",
            body: "\(notice.unit)：督办单\(notice.number)已提级督办\(leader)。请于\(notice.replyDue.chineseName)前回复。",
            link: "/notices/\(notice.id ?? 0)")
    }

    public static func noticeReplyOverdue(_ notice: SupervisionNotice, today: Day) -> Message {
        Message(
            kind: .noticeReplyOverdue, recipient: .unit(notice.unit),
            subject: "【督办逾期】\(notice.number) 已逾期\(notice.replyDue.days(to: today))天未回复",
            body: "\(notice.unit)：督办单\(notice.number)的回复期限是\(notice.replyDue.chineseName)，截至\(today.chineseName)"
                + "仍未回复。请立即回复；逾期情况将按督查规定上报。",
            link: "/notices/\(notice.id ?? 0)")
    }

    public static func reportReturned(_ report: ProgressReport) -> Message {
        let comment = report.reviewComment.map { "审核意见：\($0) " } ?? ""
        return Message(
            kind: .reportReturned, recipient: .unit(report.unit),
            subject: "【退回】\(report.month.chineseName)改革进展报送被退回",
            body: "\(report.unit)：你单位\(report.month.chineseName)的改革进展报送已被退回。\(comment)请修改后重新报送。",
            link: "/report?month=\(report.month)")
    }

    /// 提醒: the month's report is due on `due`, `days` from today.
    public static func reportDueSoon(unit: String, month: ReportMonth, due: Day, today: Day) -> Message {
        let when = today == due ? "今天" : "\(today.days(to: due))天后（\(due.chineseName)）"
        return Message(
            kind: .reportDueSoon, recipient: .unit(unit),
            subject: "【报送提醒】\(month.chineseName)改革进展请于\(due.chineseName)前报送",
            body: "\(unit)：\(month.chineseName)改革进展报送截止日是\(when)，你单位尚未报送。请按时报送。",
            link: "/report?month=\(month)")
    }

    public static func reportOverdue(unit: String, month: ReportMonth, due: Day, today: Day) -> Message {
        Message(
            kind: .reportOverdue, recipient: .unit(unit),
            subject: "【逾期提醒】\(month.chineseName)改革进展已逾期\(due.days(to: today))天未报送",
            body: "\(unit)：\(month.chineseName)改革进展报送截止日是\(due.chineseName)，截至\(today.chineseName)你单位仍未报送。"
                + "请立即报送；逾期未报将在每月通报中点名。",
            link: "/report?month=\(month)")
    }

    /// A bulletin, summary or result issued: one message for each unit it goes to.
    public static func documentIssued(_ document: SupervisionDocument, units: [String]) -> [Message] {
        let number = document.number ?? ""
        return units.map { unit in
            Message(
                kind: .documentIssued, recipient: .unit(unit),
                subject: "【\(document.kind.chineseName)】\(number) \(document.title)",
                body: "\(unit)：\(document.title)（\(number)）已印发，请登录查阅。",
                link: "\(document.kind.path)/\(document.id ?? 0)")
        }
    }

    /// A message to try a channel from the channels page.
    public static func test(to recipient: Message.Recipient, by sender: String) -> Message {
        Message(kind: .test, recipient: recipient, subject: "【测试】落实消息通道测试",
                     body: "\(recipient.name)：这是\(sender)从落实发出的测试消息，收到即说明本通道可用。", link: "/")
    }

    static func projectName(_ number: Int, _ title: String?) -> String {
        title.map { "项目\(number)“\($0)”" } ?? "项目\(number)"
    }
}
