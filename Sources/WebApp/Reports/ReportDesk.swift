import Foundation
import Hummingbird
import PlanStore
import ReformPlan

/// The rules of a monthly report that the report form and the JSON API
/// share: which month may be reported, which sections a unit may write, what
/// a submission needs, the late flag, finding a report, and review. Each
/// caller reads its own input (form fields or a JSON body) and names its own
/// fields; the rules and their refusals are here once.
struct ReportDesk {
    let services: Services

    /// The month asked for (`yyyy-mm`; the as-of month when nil or empty),
    /// which must not lie after the as-of month. The form answers a bad month
    /// 400; the API, whose document already says the pattern, answers 422.
    func month(_ text: String?, status: HTTPResponse.Status = .badRequest) throws -> ReportMonth {
        let latest = ReportMonth(services.today())
        guard let text, !text.isEmpty else { return latest }
        guard let month = ReportMonth(iso: text) else {
            throw Refusal(status, zh: "月份“\(text)”格式应为 yyyy-mm。", en: "The month “\(text)” must be yyyy-mm.", field: "month")
        }
        guard month <= latest else {
            throw Refusal(status, zh: "不能填报\(month.chineseName)：该月尚未到来。", en: "\(month) has not begun yet.", field: "month")
        }
        return month
    }

    /// A report in the current plan, by id; 404 for another plan's or none.
    func report(id: Int64?) async throws -> (planID: Int, report: ProgressReport) {
        guard let id, let (planID, report) = try await services.store.report(id: id),
              let current = try await services.plans.current(), current.id == planID else {
            throw Refusal.notFound("该报送", "report")
        }
        return (planID, report)
    }

    /// A reporter cannot slip a section for another unit's project into its report.
    static func foreignProjects(_ numbers: [Int], unit: String, field: String) -> Refusal {
        let list = numbers.map(String.init).joined(separator: "、")
        return Refusal(.forbidden, zh: "\(unit)不负责项目\(list)，不能为其报送。",
                       en: "\(unit) does not answer for project \(list) and cannot report on it.", field: field)
    }

    /// Only a draft or a returned report may still change; 409 otherwise.
    static func requireEditable(_ stored: ProgressReport?) throws {
        guard let stored, !stored.state.isEditable else { return }
        throw Refusal(.conflict, zh: "\(stored.month.chineseName)的报送\(stored.state.chineseName)，不能再修改。",
                      en: "The report for \(stored.month) is \(stored.state.rawValue) and can no longer be changed.")
    }

    /// A completion, of a project or of a phase, is a whole percent.
    static let percent = 0...100

    /// An indicator's reported value: a finite number, not below zero.
    static func isIndicatorValue(_ value: Double) -> Bool { value.isFinite && value >= 0 }

    /// What a submission needs beyond a draft: progress said for every
    /// project the unit answers for. `field` names the place of a project's
    /// progress text in the caller's input.
    static func submissionProblems(_ sections: [ProjectProgress], projects: [Project],
                                   field: (Int) -> String) -> [ReportForm.Problem] {
        projects.map(\.number).filter { number in
            sections.first { $0.project == number }.map { $0.progress.isEmpty } ?? true
        }.map {
            ReportForm.Problem(field: field($0), zh: "项目\($0)的“本月进展”未填写，不能提交。",
                               en: "Project \($0) has no progress text; it cannot be submitted.")
        }
    }

    /// Stores `report` as the version after `expectedVersion`; when
    /// `submit`, as submitted now by `account`, late if after the month's due
    /// day. A version that moved meanwhile throws `StoreError.versionConflict`.
    func save(_ report: ProgressReport, planID: Int, expectedVersion: Int, submit: Bool,
              by account: Account) async throws -> ProgressReport {
        var report = report
        let now = services.now()
        if submit {
            report.state = .submitted
            report.submittedAt = services.eventTime()
            report.submittedBy = account.login
            report.late = MonthlyReporting.isLate(submittedOn: services.today(), month: report.month,
                                                  thresholds: try await services.thresholds())
        }
        return try await services.store.saveReport(report, planID: planID, expectedVersion: expectedVersion,
                                                   by: account.login, at: now)
    }

    /// Accepts (`action` "accept") or returns ("return", with a comment
    /// saying what must change) a submitted report, as the signed-in reviewer.
    func review(id: Int64?, action: String?, comment: String?, context: AppContext) async throws -> ProgressReport {
        let (planID, stored) = try await report(id: id)
        let account = try context.require(.reviewReport, units: [stored.unit])
        guard stored.state == .submitted else {
            throw Refusal(.conflict, zh: "该报送当前为“\(stored.state.chineseName)”，只有已报送的报送可以审核。",
                          en: "The report is \(stored.state.rawValue); only submitted reports can be reviewed.")
        }
        let comment = comment?.trimmingCharacters(in: .whitespacesAndNewlines)
        let said = comment?.isEmpty == false ? comment : nil
        var report = stored
        switch action {
        case "accept":
            report.state = .accepted
        case "return":
            guard said != nil else {
                throw Refusal(.unprocessableContent, zh: "退回时请填写审核意见，说明需要修改什么。",
                              en: "Say what must change when returning a report.", field: "comment")
            }
            report.state = .returned
        default:
            throw Refusal(.badRequest, zh: "请选择“采纳”或“退回”。", en: "Choose accept or return.", field: "action")
        }
        report.reviewComment = said
        report.reviewedBy = account.login
        report.reviewedAt = services.eventTime()
        return try await services.store.saveReport(report, planID: planID, expectedVersion: stored.version,
                                                   by: account.login, at: services.now())
    }
}
