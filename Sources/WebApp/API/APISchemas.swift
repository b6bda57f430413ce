import Foundation
import PlanStore
import ReformPlan

/// The domain values as the API's generated schemas. The document's enums
/// spell the domain's raw values (a test checks every case), so they map by
/// raw value.
typealias S = Components.Schemas

enum APIValue {
    /// The API enum case spelled like the domain's.
    static func map<From: RawRepresentable, To: RawRepresentable>(_ value: From) -> To
    where From.RawValue == String, To.RawValue == String {
        guard let mapped = To(rawValue: value.rawValue) else {
            preconditionFailure("openapi.yaml has no \(To.self) “\(value.rawValue)”")
        }
        return mapped
    }

    static func map<From: RawRepresentable, To: RawRepresentable>(_ value: From?) -> To?
    where From.RawValue == String, To.RawValue == String {
        value.map { map($0) }
    }

    /// Empty text is left out, as the pages leave it out.
    static func given(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        return text
    }
}

extension S.Account {
    init(_ account: Account) {
        self.init(id: account.id ?? 0, login: account.login, displayName: account.displayName, role: APIValue.map(account.role),
                  unit: account.unit, person: account.person, disabled: account.disabled)
    }
}

extension S.ReportSection {
    init(_ section: ProjectProgress) {
        self.init(project: section.project, completion: section.completion, progress: section.progress,
                  problems: section.problems, nextSteps: section.nextSteps,
                  phases: section.phases.map { .init(stream: $0.stream, order: $0.order, percent: $0.percent) },
                  indicatorValues: section.indicatorValues.map { .init(indicator: $0.indicator, value: $0.value) })
    }
}

extension S.Report {
    init(_ report: ProgressReport) {
        self.init(id: report.id ?? 0, unit: report.unit, month: report.month.description, state: APIValue.map(report.state),
                  version: report.version, late: report.late, sections: report.sections.map(S.ReportSection.init),
                  submittedAt: report.submittedAt, submittedBy: report.submittedBy, reviewComment: report.reviewComment,
                  reviewedBy: report.reviewedBy, reviewedAt: report.reviewedAt, updatedAt: report.updatedAt,
                  updatedBy: report.updatedBy)
    }
}

extension S.ReportSummary {
    init(_ report: ProgressReport) {
        self.init(id: report.id ?? 0, unit: report.unit, month: report.month.description, state: APIValue.map(report.state),
                  version: report.version, late: report.late, submittedAt: report.submittedAt, updatedAt: report.updatedAt)
    }
}

extension S.Notice {
    init(_ notice: SupervisionNotice, asOf: Day) {
        self.init(id: notice.id ?? 0, number: notice.number, unit: notice.unit, project: notice.project,
                  phase: notice.phase.map { .init(stream: $0.stream, order: $0.order) }, reason: notice.reason,
                  replyDue: notice.replyDue.description, state: APIValue.map(notice.state),
                  overdue: notice.isOverdue(asOf: asOf), issuedBy: notice.issuedBy, issuedOn: notice.issuedOn.description,
                  signedBy: notice.signedBy, signedAt: notice.signedAt, reply: notice.reply, repliedBy: notice.repliedBy,
                  repliedAt: notice.repliedAt, closingNote: notice.closingNote, escalatedTo: notice.escalatedTo)
    }
}

extension S.Responsibility {
    init(_ chain: Responsibility) {
        self.init(firstResponsible: chain.firstResponsible, leaderInCharge: chain.leaderInCharge,
                  responsibleUnits: chain.responsibleUnits, supportingUnits: chain.supportingUnits,
                  leadAgency: chain.leadAgency, contactPhone: chain.contactPhone)
    }
}

extension S.ProjectSummary {
    init(_ project: Project, _ assessment: ProjectAssessment?) {
        self.init(number: project.number, title: project.title, category: APIValue.map(project.category),
                  status: APIValue.map(assessment?.status ?? .notStarted), leadAgency: project.responsibility.leadAgency,
                  responsibleUnits: project.responsibility.responsibleUnits, reportedCompletion: assessment?.reportedCompletion)
    }
}

extension S.Project {
    init(_ project: Project, _ assessment: ProjectAssessment?) {
        self.init(number: project.number, title: project.title, description: project.description,
                  category: APIValue.map(project.category), group: project.group,
                  responsibility: S.Responsibility(project.responsibility),
                  deadline: project.deadline.map { .init(date: $0.date?.description, text: $0.text, kind: APIValue.map($0.kind)) },
                  status: APIValue.map(assessment?.status ?? .notStarted),
                  expectedCompletion: assessment?.expectedCompletion ?? 0,
                  reportedCompletion: assessment?.reportedCompletion, reasons: assessment?.reasons ?? [])
    }
}

extension S.Phase {
    init(_ phase: Phase, status: PhaseStatus) {
        self.init(stream: phase.stream, streamTitle: phase.streamTitle, order: phase.order, title: phase.title,
                  startMonth: phase.startMonth, endMonth: phase.endMonth, condition: phase.condition, timing: phase.timing,
                  deliverables: phase.deliverables, status: APIValue.map(status))
    }
}

extension S.Indicator {
    init(_ indicator: Indicator, latest: Overview.Latest?) {
        self.init(name: indicator.name, project: indicator.project, comparator: APIValue.map(indicator.comparator),
                  target: indicator.target, targetUpper: indicator.targetUpper, measure: indicator.measure,
                  scope: indicator.scope,
                  latest: latest.map { .init(value: $0.value, month: $0.month.description, unit: $0.unit) },
                  met: latest?.met)
    }
}

extension S.PlanSummary {
    init(_ summary: PlanSummary, current: Bool) {
        self.init(id: Int64(summary.id), title: summary.title, issuer: summary.issuer, year: summary.year,
                  projectCount: summary.projectCount, revision: summary.revision, current: current)
    }
}

extension S.Plan {
    init(_ summary: PlanSummary, _ plan: Plan, current: Bool) {
        let notice = plan.notice
        self.init(id: Int64(summary.id), title: notice.title, noticeTitle: notice.noticeTitle,
                  documentNumber: notice.documentNumber, issuer: notice.issuer, year: plan.year,
                  issuedDate: notice.issuedDate?.description, publishedDate: notice.publishedDate?.description,
                  supervisingUnit: notice.supervisingUnit, addressees: notice.addressees,
                  projectCount: plan.projects.count, indicatorCount: plan.indicators.count, phaseCount: plan.phases.count,
                  revision: summary.revision, current: current)
    }
}
