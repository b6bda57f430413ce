import Foundation
import ReformPlan

/// 我的待办: what one person has to do, soonest deadline first. It follows
/// from the role: a reporter's report and notices, a supervisor's review
/// queue, replies to close and the ladder's next steps, a leader's escalated
/// notices and the interviews due of units in the leader's charge.
struct TodoList {
    let services: Services
    let current: PlanCache.Current
    let account: Account
    let language: Language

    func items() async throws -> [[String: Any]] {
        var items: [(due: String, data: [String: Any])] = []
        let today = services.today(), month = ReportMonth(today)
        let thresholds = try await services.thresholds()
        func add(_ text: String, link: String, due: Day?, urgent: Bool = false) {
            items.append((due?.description ?? "9999", ["text": text, "link": link, "due": due?.description ?? "", "urgent": urgent]))
        }
        if let unit = account.unit, Access.allows(account, .editReport, units: [unit]) {
            let answers = current.plan.projects.contains { $0.responsibility.answeringUnits.contains(unit) }
            let reports = try await services.store.reports(planID: current.id, unit: unit)
            let due = month.dueDate(dayOfMonth: thresholds.reportDueDay)
            if answers, !reports.contains(where: { $0.month == month && ($0.state == .submitted || $0.state == .accepted) }) {
                add("填报并提交\(month.chineseName)进展报送（\(unit)）", link: "/report?month=\(month)", due: due, urgent: today > due)
            }
            for report in reports where report.state == .returned {
                add("修改被退回的\(report.month.chineseName)报送：\(report.reviewComment ?? "")", link: "/report?month=\(report.month)",
                    due: report.month.dueDate(dayOfMonth: thresholds.reportDueDay), urgent: true)
            }
            for notice in try await services.store.notices(planID: current.id, unit: unit, openOnly: true) where notice.state.awaitsReply {
                add("\(notice.state == .issued ? "签收并回复" : "回复")督办单\(notice.number)：\(notice.reason)", link: "/notices/\(notice.id ?? 0)",
                    due: notice.replyDue, urgent: notice.isOverdue(asOf: today))
            }
        }
        if let unit = account.unit, Access.allows(account, .reportAction, units: [unit]) {
            for action in try await services.store.actions(planID: current.id, unit: unit, openOnly: true) where action.state == .open {
                add("办理\(action.source.chineseName)：\(action.title)", link: action.source.path, due: action.due,
                    urgent: action.isOverdue(asOf: today))
            }
        }
        if account.unit != nil {
            // Published to every unit: what this account has not opened yet.
            let read = try await services.store.documentsRead(by: account.login)
            for document in try await services.store.supervisionDocuments(planID: current.id)
            where document.state == .issued && !read.contains(document.id ?? 0) {
                add("阅读\(document.kind.chineseName)\(document.number ?? "")《\(document.title)》",
                    link: "\(DocumentRoutes.path(document.kind))/\(document.id ?? 0)", due: document.issuedOn)
            }
        }
        if Access.allows(account, .reviewReport) {
            for report in try await services.store.reports(planID: current.id, states: [.submitted]) where report.unit != account.unit {
                add("审核\(report.unit)\(report.month.chineseName)报送", link: "/reports/\(report.id ?? 0)", due: nil)
            }
            for notice in try await services.store.notices(planID: current.id, openOnly: true) {
                if notice.state == .replied { add("办结或提级督办单\(notice.number)（\(notice.unit)已回复）", link: "/notices/\(notice.id ?? 0)", due: nil) }
                else if notice.isOverdue(asOf: today) { add("督办单\(notice.number)逾期未回复（\(notice.unit)）", link: "/notices/\(notice.id ?? 0)", due: notice.replyDue, urgent: true) }
            }
        }
        if account.role == .leader, let person = account.person {
            for notice in try await services.store.notices(planID: current.id, openOnly: true)
            where notice.state == .escalated && notice.escalatedTo == person {
                add("提级督办：\(notice.number) \(notice.unit) · \(notice.reason)", link: "/notices/\(notice.id ?? 0)", due: notice.replyDue, urgent: true)
            }
        }
        if Access.allows(account, .runMeetings) {
            for action in try await services.store.actions(planID: current.id, openOnly: true) {
                if action.state == .reported {
                    add("核实销号：\(action.unit)报告办结“\(action.title)”", link: action.source.path, due: nil)
                } else if action.isOverdue(asOf: today) {
                    add("\(action.source.chineseName)逾期未办结（\(action.unit)）：\(action.title)", link: action.source.path,
                        due: action.due, urgent: true)
                }
            }
        }
        if Access.allows(account, .escalate) {
            // The ladder's next steps: all of them for the supervising office, the 约谈 and 问责 of
            // units whose projects a leader is in charge of for that leader.
            let desk = LadderDesk(services: services, current: current)
            for standing in try await desk.standings() {
                guard let due = standing.due else { continue }
                if account.role == .leader {
                    guard due >= .interview, let person = account.person, desk.leaders(of: standing.unit).contains(person) else { continue }
                }
                add("跟踪督办：\(standing.unit)按规则应\(due.chineseName)（\(standing.reason ?? "")）",
                    link: UnitRoutes.path(standing.unit) + "#record", due: today, urgent: true)
            }
        }
        return items.sorted { $0.due < $1.due }.map(\.data)
    }
}
