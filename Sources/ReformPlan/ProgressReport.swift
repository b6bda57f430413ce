import Foundation

/// A unit's monthly progress report (进展报送): one section per project the
/// unit answers for. It moves draft → submitted → accepted, or back to
/// returned with the reviewer's comment and on to submitted again.
public struct ProgressReport: Hashable, Sendable, Codable {
    public enum State: String, Hashable, Sendable, Codable, CaseIterable {
        case draft, submitted, returned, accepted

        public var chineseName: String {
            switch self {
            case .draft: "草稿"
            case .submitted: "已报送"
            case .returned: "已退回"
            case .accepted: "已采纳"
            }
        }

        /// A report the unit may still change.
        public var isEditable: Bool { self == .draft || self == .returned }
    }

    /// Set by the store; nil before the first save.
    public var id: Int64?
    public var unit: String
    public var month: ReportMonth
    public var state: State
    public var sections: [ProjectProgress]
    /// Bumped on every save, so that two people editing one draft cannot
    /// silently overwrite each other: a save names the version it started from.
    public var version: Int
    public var submittedAt: Date?
    /// When the report was first sent, kept by the store however often it is
    /// returned and sent again: on-time reporting is judged by it.
    public var firstSubmittedAt: Date?
    /// The first sending, or the latest where the first was not recorded.
    public var sentAt: Date? { firstSubmittedAt ?? submittedAt }
    public var submittedBy: String?
    /// Submitted after the month's due day.
    public var late: Bool
    public var reviewComment: String?
    public var reviewedBy: String?
    public var reviewedAt: Date?
    public var updatedAt: Date?
    public var updatedBy: String?

    public init(id: Int64? = nil, unit: String, month: ReportMonth, state: State = .draft,
                sections: [ProjectProgress] = [], version: Int = 0, submittedAt: Date? = nil,
                firstSubmittedAt: Date? = nil, submittedBy: String? = nil, late: Bool = false, reviewComment: String? = nil,
                reviewedBy: String? = nil, reviewedAt: Date? = nil,
                updatedAt: Date? = nil, updatedBy: String? = nil) {
        self.id = id
        self.unit = unit
        self.month = month
        self.state = state
        self.firstSubmittedAt = firstSubmittedAt
        self.sections = sections
        self.version = version
        self.submittedAt = submittedAt
        self.submittedBy = submittedBy
        self.late = late
        self.reviewComment = reviewComment
        self.reviewedBy = reviewedBy
        self.reviewedAt = reviewedAt
        self.updatedAt = updatedAt
        self.updatedBy = updatedBy
    }

    public func section(for project: Int) -> ProjectProgress? {
        sections.first { $0.project == project }
    }
}

extension ProgressReport {
    /// Whether a report speaks for its unit in the status rules: submitted or
    /// accepted. A draft has not been said yet, and a returned report was not
    /// accepted as said, so neither counts until it is submitted again.
    public var counts: Bool { state == .submitted || state == .accepted }

    /// The reports that count, for months up to `asOf`'s (a report for a
    /// later month says nothing about today).
    static func counted(_ reports: [ProgressReport], asOf: Day) -> [ProgressReport] {
        let now = ReportMonth(asOf)
        return reports.filter { $0.counts && $0.month <= now }
    }
}

/// What a unit says about one project in a month's report.
public struct ProjectProgress: Hashable, Sendable, Codable {
    public var project: Int
    /// The unit's own estimate of how much of the project is done, 0–100.
    public var completion: Int
    public var progress: String
    public var problems: String
    public var nextSteps: String
    public var phases: [PhaseCompletion]
    public var indicatorValues: [IndicatorValue]

    public init(project: Int, completion: Int = 0, progress: String = "", problems: String = "",
                nextSteps: String = "", phases: [PhaseCompletion] = [], indicatorValues: [IndicatorValue] = []) {
        self.project = project
        self.completion = completion
        self.progress = progress
        self.problems = problems
        self.nextSteps = nextSteps
        self.phases = phases
        self.indicatorValues = indicatorValues
    }
}

/// How far one phase is, as reported: identified by its stream and order,
/// the same key the plan's phases carry.
public struct PhaseCompletion: Hashable, Sendable, Codable {
    public var stream: Int
    public var order: Int
    public var percent: Int

    public init(stream: Int, order: Int, percent: Int) {
        self.stream = stream
        self.order = order
        self.percent = percent
    }

    public var isDone: Bool { percent >= 100 }
}

/// A reported value of an indicator, named as the plan names it.
public struct IndicatorValue: Hashable, Sendable, Codable {
    public var indicator: String
    public var value: Double

    public init(indicator: String, value: Double) {
        self.indicator = indicator
        self.value = value
    }
}
