/// Every number the status rules judge by, in one place, so that a bureau
/// that wants stricter or looser rules changes settings, not code. Missing
/// keys in a settings file take their defaults.
public struct StatusThresholds: Sendable, Hashable, Codable {
    /// Percentage points by which a project's reported completion may trail
    /// the share of its time that has passed before it is lagging (进度滞后).
    /// Units report their own estimate in whole percents once a month, so a
    /// report is up to a month old and coarse; 15 points is about two months
    /// of a year-long project, which is more than reporting noise and still
    /// early enough for a supervision notice to help. Exactly the margin is
    /// not lagging; one point past it is.
    public var lagMargin: Int
    /// Day of the month by which that month's progress report is due
    /// (每月通报): the 25th leaves the supervising office the last days of
    /// the month to review reports and write the bulletin. A due day past
    /// the month's end means its last day.
    public var reportDueDay: Int
    /// Calendar days a unit has to reply to a supervision notice (督办单):
    /// a working week, long enough to find out and short enough to matter.
    public var noticeReplyDays: Int
    /// How far a value may stray from an "about" target (左右, 约) and still
    /// meet it, as a fraction of the target: 0.05 is ±5 %, so "100个左右" is
    /// met by 95 to 105. Relative, because the plan's "about" figures range
    /// from percentages to hundreds of sites.
    public var aboutTolerance: Double

    public init(lagMargin: Int = 15, reportDueDay: Int = 25, noticeReplyDays: Int = 5, aboutTolerance: Double = 0.05) {
        self.lagMargin = lagMargin
        self.reportDueDay = reportDueDay
        self.noticeReplyDays = noticeReplyDays
        self.aboutTolerance = aboutTolerance
    }

    /// The day by which a notice issued on `issuedOn` must be answered.
    public func replyDue(issuedOn: Day) -> Day {
        issuedOn.adding(days: max(0, noticeReplyDays))
    }

    enum CodingKeys: String, CodingKey {
        case lagMargin, reportDueDay, noticeReplyDays, aboutTolerance
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = StatusThresholds()
        lagMargin = try c.decodeIfPresent(Int.self, forKey: .lagMargin) ?? defaults.lagMargin
        reportDueDay = try c.decodeIfPresent(Int.self, forKey: .reportDueDay) ?? defaults.reportDueDay
        noticeReplyDays = try c.decodeIfPresent(Int.self, forKey: .noticeReplyDays) ?? defaults.noticeReplyDays
        aboutTolerance = try c.decodeIfPresent(Double.self, forKey: .aboutTolerance) ?? defaults.aboutTolerance
    }
}
