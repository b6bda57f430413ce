/// The agenda a meeting is offered before anyone edits it: what the plan says
/// needs steering as of the day — the projects lagging or overdue, or with a
/// phase of the quarter past due or due this month and not done, the notices past their reply day, and
/// the earlier decisions still open. The supervisor keeps, drops or adds lines.
public enum MeetingAgenda {
    public static func proposed(review: QuarterReview, notices: [SupervisionNotice], openActions: [TrackedAction], today: Day) -> [String] {
        var lines: [String] = []
        for entry in review.projects {
            // Past due, or due this month and not yet done; a phase due later in the quarter is not yet a matter.
            let missed = entry.phases.filter { $0.status == .overdue || $0.status == .dueThisMonth }.map(\.phase.title)
            guard entry.status == .lagging || entry.status == .overdue || !missed.isEmpty else { continue }
            let units = entry.project.responsibility.answeringUnits.joined(separator: "、")
            var line = "调度项目\(entry.project.number)“\(entry.project.title)”（\(entry.status.chineseName)，责任单位：\(units)）"
            if !missed.isEmpty { line += "：本季度到期未完成“\(missed.joined(separator: "”“"))”" }
            lines.append(line)
        }
        let overdue = notices.filter { $0.isOverdue(asOf: today) }.sorted { $0.replyDue < $1.replyDue }
        if !overdue.isEmpty {
            lines.append("督办单逾期未回复：" + overdue.map { "\($0.number)（\($0.unit)）" }.joined(separator: "、"))
        }
        let open = openActions.filter { $0.state != .closed }
        if !open.isEmpty {
            let late = open.filter { $0.isOverdue(asOf: today) }.count
            lines.append("上次会议和督查交办事项落实情况：未办结\(open.count)项\(late > 0 ? "，其中逾期\(late)项" : "")")
        }
        lines.append("研究部署下一阶段工作")
        return lines
    }
}
