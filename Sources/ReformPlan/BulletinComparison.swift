/// One bulletin against the one before: what improved and what slipped,
/// project by project, in reporting and in indicators. Read from the facts
/// each bulletin was issued with, so the comparison is between what the two
/// bulletins said, not between today's data and itself.
public struct BulletinComparison: Sendable {
    public struct Change: Hashable, Sendable {
        public var subject: String
        public var before: String
        public var after: String
    }

    public var previous: ReportMonth
    public var current: ReportMonth
    public var improved: [Change]
    public var slipped: [Change]
    /// Status counts before and after, in the bulletin's order (`ProjectStatus.reportOrder`).
    public var counts: [(status: ProjectStatus, before: Int, after: Int)]

    /// How good a status is, for telling better from worse: done best,
    /// overdue worst; not started sits with on track, since it is not behind.
    static func rank(_ status: ProjectStatus) -> Int {
        switch status {
        case .done: 3
        case .onTrack, .notStarted: 2
        case .lagging: 1
        case .overdue: 0
        }
    }

    public init(previous: BulletinFacts, current: BulletinFacts) {
        self.previous = previous.month
        self.current = current.month
        var improved: [Change] = [], slipped: [Change] = []
        let before = Dictionary(previous.projects.map { ($0.number, $0) }, uniquingKeysWith: { a, _ in a })
        for line in current.projects {
            guard let old = before[line.number], old.status != line.status else { continue }
            let change = Change(subject: "\(line.number). \(line.title)", before: old.status.chineseName,
                                after: line.status.chineseName)
            if Self.rank(line.status) > Self.rank(old.status) { improved.append(change) }
            if Self.rank(line.status) < Self.rank(old.status) { slipped.append(change) }
        }
        // Reporting: a unit late or missing last month and on time now, or the reverse.
        let wasBehind = Set(previous.reporting.late.map(\.unit) + previous.reporting.owing)
        for unit in current.reporting.onTime where wasBehind.contains(unit) {
            improved.append(Change(subject: "\(unit)按月报送", before: "逾期或未报送", after: "按时报送"))
        }
        for unit in current.reporting.late.map(\.unit) + current.reporting.owing
        where !wasBehind.contains(unit) && previous.reporting.onTime.contains(unit) {
            slipped.append(Change(subject: "\(unit)按月报送", before: "按时报送",
                                  after: current.reporting.owing.contains(unit) ? "未报送" : "逾期报送"))
        }
        let metBefore = Dictionary(previous.indicators.map { ($0.name, $0.met) }, uniquingKeysWith: { a, _ in a })
        for standing in current.indicators {
            guard let was = metBefore[standing.name], was != standing.met else { continue }
            let change = Change(subject: "指标：\(standing.name)", before: Self.metName(was), after: Self.metName(standing.met))
            if standing.met == true { improved.append(change) } else if was == true { slipped.append(change) }
        }
        self.improved = improved
        self.slipped = slipped
        counts = ProjectStatus.reportOrder.map { ($0, previous.statusCounts[$0], current.statusCounts[$0]) }
    }

    static func metName(_ met: Bool?) -> String {
        met.map { $0 ? "已达标" : "未达标" } ?? "暂无数据"
    }
}
