/// What a monthly bulletin (每月通报) reports, compiled from the data as of
/// the month's last day: the figures and the names, before any words are
/// written around them. Kept with the bulletin when it is drafted and frozen
/// with it when it is issued, so that next month's bulletin can be compared
/// with what this one actually said.
public struct BulletinFacts: Codable, Hashable, Sendable {
    public var month: ReportMonth
    /// The day the data is read as of: the month's last day.
    public var asOf: Day
    public var statusCounts: StatusCounts
    public var categories: [CategoryLine]
    /// Every project, in plan order, with who answers for it.
    public var projects: [ProjectLine]
    public var reporting: ReportingLine
    /// On-time reporting month by month, from the plan year's first month.
    public var reportingTrend: [ReportingLine]
    /// Phases whose due month is this month, met or not.
    public var phasesDue: [PhaseLine]
    /// Phases due in an earlier month and still not done: still owed.
    public var phasesStillOverdue: [PhaseLine]
    public var indicators: [IndicatorStanding]
    public var notices: NoticeLine
    /// Passages from accepted reports the supervisor may quote as good practice.
    public var goodPractice: [PracticeLine]
    /// Problems units reported this month, for the supervisor's narrative.
    public var problems: [PracticeLine]

    public init(month: ReportMonth, asOf: Day, statusCounts: StatusCounts, categories: [CategoryLine],
                projects: [ProjectLine], reporting: ReportingLine, reportingTrend: [ReportingLine],
                phasesDue: [PhaseLine], phasesStillOverdue: [PhaseLine], indicators: [IndicatorStanding],
                notices: NoticeLine, goodPractice: [PracticeLine], problems: [PracticeLine]) {
        self.month = month
        self.asOf = asOf
        self.statusCounts = statusCounts
        self.categories = categories
        self.projects = projects
        self.reporting = reporting
        self.reportingTrend = reportingTrend
        self.phasesDue = phasesDue
        self.phasesStillOverdue = phasesStillOverdue
        self.indicators = indicators
        self.notices = notices
        self.goodPractice = goodPractice
        self.problems = problems
    }

    /// Projects by status, every status present, zero or not. Plain fields
    /// rather than a dictionary so that the stored JSON comes out in one order.
    public struct StatusCounts: Codable, Hashable, Sendable {
        public var notStarted = 0, onTrack = 0, lagging = 0, overdue = 0, done = 0

        public init(_ statuses: [ProjectStatus]) {
            for status in statuses {
                switch status {
                case .notStarted: notStarted += 1
                case .onTrack: onTrack += 1
                case .lagging: lagging += 1
                case .overdue: overdue += 1
                case .done: done += 1
                }
            }
        }

        public subscript(status: ProjectStatus) -> Int {
            switch status {
            case .notStarted: notStarted
            case .onTrack: onTrack
            case .lagging: lagging
            case .overdue: overdue
            case .done: done
            }
        }

        public var total: Int { notStarted + onTrack + lagging + overdue + done }
    }

    public struct CategoryLine: Codable, Hashable, Sendable {
        /// "牵头改革项目"; "未分类" for projects the plan gives no category.
        public var name: String
        public var counts: StatusCounts
    }

    public struct ProjectLine: Codable, Hashable, Sendable {
        public var number: Int
        public var title: String
        public var category: String
        /// The units that answer for it (责任处室/单位; the lead units where a notice names only those).
        public var units: [String]
        public var firstResponsible: String?
        public var status: ProjectStatus
        /// The slowest answering unit's latest reported completion.
        public var completion: Int?
        /// Where the project should be by now if its work were spread evenly.
        public var expected: Int
        public var reasons: [String]
    }

    /// Who reported a month, on time, late, or not at all (by the as-of day).
    public struct ReportingLine: Codable, Hashable, Sendable {
        public var month: ReportMonth
        public var dueDay: Day
        public var onTime: [String]
        public var late: [LateReport]
        /// Sent, then returned by the supervising office and not yet sent again.
        public var returned: [String]
        /// Nothing sent, or only a draft.
        public var missing: [String]

        public var dueCount: Int { onTime.count + late.count + returned.count + missing.count }
        /// Every unit still owing the month's report: returned or missing.
        public var owing: [String] { returned + missing }
        /// The share of due reports that came on time, in percent; nil when none was due.
        public var onTimePercent: Double? {
            dueCount == 0 ? nil : 100 * Double(onTime.count) / Double(dueCount)
        }
    }

    public struct LateReport: Codable, Hashable, Sendable {
        public var unit: String
        public var submittedOn: Day
    }

    public struct PhaseLine: Codable, Hashable, Sendable {
        public var project: Int
        public var projectTitle: String
        public var stream: Int
        public var order: Int
        public var title: String
        public var dueMonth: Int
        public var status: PhaseStatus
        /// The units that answer for the phase's project.
        public var units: [String]
        public var met: Bool { status.isDone }
    }

    public struct NoticeLine: Codable, Hashable, Sendable {
        /// "督办〔2019〕3号 区划地名处" for each notice opened in the month.
        public var opened: [NoticeRef]
        public var answered: [NoticeRef]
        /// Awaiting a reply past its reply day as of the month's end.
        public var overdue: [NoticeRef]
    }

    public struct NoticeRef: Codable, Hashable, Sendable {
        public var number: String
        public var unit: String
        public var project: Int
        public var replyDue: Day
    }

    public struct PracticeLine: Codable, Hashable, Sendable {
        public var unit: String
        public var project: Int
        public var projectTitle: String
        public var text: String
    }
}

/// An indicator against its target as of a month, with the districts
/// furthest behind their own handed-down targets: the bulletin names them.
public struct IndicatorStanding: Codable, Hashable, Sendable {
    public var name: String
    public var project: Int?
    /// "≥70%", as the plan states it.
    public var targetText: String
    public var value: Double?
    public var valueText: String
    public var met: Bool?
    public var behind: [DistrictGap]

    public init(name: String, project: Int?, targetText: String, value: Double?, valueText: String, met: Bool?,
                behind: [DistrictGap]) {
        self.name = name
        self.project = project
        self.targetText = targetText
        self.value = value
        self.valueText = valueText
        self.met = met
        self.behind = behind
    }

    public struct DistrictGap: Codable, Hashable, Sendable {
        public var district: String
        public var value: Double?
        public var target: Double
        /// Share of its own target reached, in percent (0 when nothing is counted).
        public var attainment: Double

        public init(district: String, value: Double?, target: Double, attainment: Double) {
            self.district = district
            self.value = value
            self.target = target
            self.attainment = attainment
        }
    }
}
