/// The year-end assessment scheme (年底考核方案): the items a unit is scored on,
/// each with its rule and points. 六(五) makes the reform tasks part of every
/// unit's annual target-responsibility assessment; the scheme is versioned
/// because the supervising office revises it during the year and a published
/// score must say by which version it was made.
public struct AssessmentScheme: Hashable, Sendable {
    public var name: String
    public var year: Int
    public var version: Int
    /// Calendar days after publication during which a unit may object to its
    /// score; the last day is publication + this many days (see `objectionDeadline`).
    public var objectionWindowDays: Int
    /// The most all bonus items together may add; nil: only each item's own cap.
    public var bonusCap: Double?
    /// The most all deduction items together may take off; nil: only each item's own cap.
    public var deductionCap: Double?
    public var items: [AssessmentItem]

    public init(name: String, year: Int, version: Int = 1, objectionWindowDays: Int = 7,
                bonusCap: Double? = nil, deductionCap: Double? = nil, items: [AssessmentItem]) {
        self.name = name
        self.year = year
        self.version = version
        self.objectionWindowDays = objectionWindowDays
        self.bonusCap = bonusCap
        self.deductionCap = deductionCap
        self.items = items
    }

    /// The day after which objections are no longer taken: publication plus
    /// the window, so a 7-day window from 1 December runs to 8 December inclusive
    /// (the same counting as a supervision notice's reply day).
    public func objectionDeadline(publishedOn: Day) -> Day {
        publishedOn.adding(days: max(0, objectionWindowDays))
    }

    /// Whether a unit may still object on `asOf`: from publication to the deadline, both included.
    public func objectionOpen(publishedOn: Day, asOf: Day) -> Bool {
        asOf >= publishedOn && asOf <= objectionDeadline(publishedOn: publishedOn)
    }
}

/// One line of the scheme.
public struct AssessmentItem: Hashable, Sendable {
    /// Stable across versions ("reports"), so that scores and objections can
    /// name the item after its Chinese name or points are changed.
    public var key: String
    public var name: String
    public var rule: AssessmentRule
    /// The item's full marks in the base score out of 100; 0 for bonus and
    /// deduction items, which stand outside the base and are bounded by `cap`.
    public var weight: Double
    /// The most a bonus or deduction item can add or take off in all. A base
    /// item's cap is its weight: leave it out (or give the weight again).
    public var cap: Double?
    public var description: String?

    public init(key: String, name: String, rule: AssessmentRule, weight: Double = 0, cap: Double? = nil,
                description: String? = nil) {
        self.key = key
        self.name = name
        self.rule = rule
        self.weight = weight
        self.cap = cap
        self.description = description
    }

    /// The most the item can move a score by: its weight for a base item, its cap otherwise.
    public var maximum: Double {
        rule.group == .base ? weight : max(0, cap ?? 0)
    }
}

extension AssessmentScheme {
    /// A sensible default, as bureaus commonly weigh it: the base items sum
    /// to 100 with phases weighed most (they are the plan's actual work);
    /// commendations add at most 5 in all; deductions are capped per kind.
    public static func standard(year: Int) -> AssessmentScheme {
        AssessmentScheme(name: "\(year)年度民政改革工作目标责任考核方案", year: year, version: 1,
                         objectionWindowDays: 7, bonusCap: 5, items: [
            AssessmentItem(key: "reports", name: "按时报送月度进展", rule: .reportsOnTime, weight: 20,
                           description: "每月进展按时报送，迟报、漏报不得分"),
            AssessmentItem(key: "phases", name: "实施步骤按期完成", rule: .phasesOnTime, weight: 40,
                           description: "已到期的实施步骤按期完成的比例"),
            AssessmentItem(key: "targets", name: "目标指标完成", rule: .targetAttainment(mode: .ratio), weight: 20,
                           description: "各项指标完成率的平均值，超额完成按100%计"),
            AssessmentItem(key: "notices", name: "督办事项按时回复", rule: .noticesAnsweredOnTime, weight: 10,
                           description: "督办单在回复期限内回复的比例"),
            AssessmentItem(key: "publicity", name: "宣传稿件采用", rule: .publicityAdopted(pointsEach: 2), weight: 10,
                           description: "报政策法规处的宣传稿件每采用1篇得2分"),
            AssessmentItem(key: "national", name: "获国家级表彰", rule: .bonus(event: .nationalCommendation, points: 5), cap: 5),
            AssessmentItem(key: "provincial", name: "获省级表彰", rule: .bonus(event: .provincialCommendation, points: 3), cap: 5),
            AssessmentItem(key: "city", name: "获市级表彰", rule: .bonus(event: .cityCommendation, points: 1), cap: 5),
            AssessmentItem(key: "bulletin", name: "被通报迟报漏报", rule: .deduction(event: .namedInBulletin, points: 1), cap: 5),
            AssessmentItem(key: "accountability", name: "被问责", rule: .deduction(event: .accountabilityCase, points: 5), cap: 10),
        ])
    }
}
