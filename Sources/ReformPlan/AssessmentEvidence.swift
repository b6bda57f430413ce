/// What the year-end assessment reads about one unit, assembled by the
/// application from the store: plain records, each with what the web app needs
/// to link to it, so that every point of a score can be traced to its source.
/// Scoring filters nothing by year: the application gives the plan year's records.
public struct AssessmentEvidence: Hashable, Sendable, Codable {
    /// Offices and district bureaus answer for different things (offices lead
    /// projects, districts carry decomposed targets), so each is ranked among its own.
    public enum UnitKind: String, Hashable, Sendable, Codable, CaseIterable {
        /// 局机关处室 and 局直属单位.
        case office
        /// 区民政局 and 功能区社会发展局.
        case district

        public var chineseName: String {
            switch self {
            case .office: "局机关处室和直属单位"
            case .district: "各区民政局和功能区"
            }
        }
    }

    /// A month's progress report the unit owed.
    public struct Report: Hashable, Sendable, Codable {
        public var month: ReportMonth
        public var dueOn: Day
        /// The day it was submitted; nil when it has not been.
        public var submittedOn: Day?
        public var reportID: Int64?

        public init(month: ReportMonth, dueOn: Day, submittedOn: Day? = nil, reportID: Int64? = nil) {
            self.month = month
            self.dueOn = dueOn
            self.submittedOn = submittedOn
            self.reportID = reportID
        }
    }

    /// A phase (实施步骤) of a project the unit answers for.
    public struct PhaseRecord: Hashable, Sendable, Codable {
        public var project: Int
        public var phase: PhaseKey
        public var title: String
        /// nil for a phase paced only by a condition: never assessed by date.
        public var dueMonth: ReportMonth?
        /// The month of the first counted report giving it 100 %; nil while not done.
        public var doneMonth: ReportMonth?

        public init(project: Int, phase: PhaseKey, title: String, dueMonth: ReportMonth?, doneMonth: ReportMonth? = nil) {
            self.project = project
            self.phase = phase
            self.title = title
            self.dueMonth = dueMonth
            self.doneMonth = doneMonth
        }
    }

    /// An indicator with a target the unit answers for, and its latest value.
    public struct IndicatorRecord: Hashable, Sendable, Codable {
        public var name: String
        public var project: Int?
        public var comparator: Indicator.Comparator
        public var target: Double
        public var targetUpper: Double?
        /// nil when nothing has been reported.
        public var value: Double?

        public init(name: String, project: Int? = nil, comparator: Indicator.Comparator, target: Double,
                    targetUpper: Double? = nil, value: Double? = nil) {
            self.name = name
            self.project = project
            self.comparator = comparator
            self.target = target
            self.targetUpper = targetUpper
            self.value = value
        }
    }

    /// A supervision notice (督办单) to the unit.
    public struct NoticeRecord: Hashable, Sendable, Codable {
        public var id: Int64?
        /// 督办〔2019〕3号.
        public var number: String
        public var replyDue: Day
        public var repliedOn: Day?

        public init(id: Int64? = nil, number: String, replyDue: Day, repliedOn: Day? = nil) {
            self.id = id
            self.number = number
            self.replyDue = replyDue
            self.repliedOn = repliedOn
        }
    }

    /// A publicity submission (宣传稿件) sent to the policy office (六(四)).
    public struct PublicityRecord: Hashable, Sendable, Codable {
        public var id: Int64?
        public var title: String
        public var submittedOn: Day?
        public var adopted: Bool

        public init(id: Int64? = nil, title: String, submittedOn: Day? = nil, adopted: Bool) {
            self.id = id
            self.title = title
            self.submittedOn = submittedOn
            self.adopted = adopted
        }
    }

    public var unit: String
    public var kind: UnitKind
    public var reports: [Report]
    public var phases: [PhaseRecord]
    public var indicators: [IndicatorRecord]
    public var notices: [NoticeRecord]
    public var publicity: [PublicityRecord]
    public var events: [AssessmentEvent]

    public init(unit: String, kind: UnitKind, reports: [Report] = [], phases: [PhaseRecord] = [],
                indicators: [IndicatorRecord] = [], notices: [NoticeRecord] = [],
                publicity: [PublicityRecord] = [], events: [AssessmentEvent] = []) {
        self.unit = unit
        self.kind = kind
        self.reports = reports
        self.phases = phases
        self.indicators = indicators
        self.notices = notices
        self.publicity = publicity
        self.events = events
    }
}
