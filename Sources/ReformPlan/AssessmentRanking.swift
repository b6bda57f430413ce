/// Every unit's score with its place. Units are ranked among their own kind
/// (offices among offices, districts among districts): they are judged on
/// different evidence, so one list would compare unlike things. The overall
/// order is offered too, for a leader's summary.
///
/// Ranking is competition ranking (1, 2, 2, 4) on the total rounded to one
/// decimal, the figure shown: two units shown with the same score share a
/// place, and nothing breaks the tie (no tie-break rule is in the plan, and
/// an invented one would decide places by accident). Tied units are listed
/// in Unicode order of their names, only so that the list does not move.
public struct AssessmentResult: Hashable, Sendable, Codable {
    public struct Entry: Hashable, Sendable, Codable {
        public var score: UnitScore
        /// Place among units of the same kind.
        public var rank: Int
        /// Place among all units.
        public var overallRank: Int

        public var unit: String { score.unit }
    }

    public var scheme: AssessmentScheme
    public var asOf: Day
    /// In the overall order: best first, ties by name.
    public var entries: [Entry]

    public init(scheme: AssessmentScheme, asOf: Day, scores: [UnitScore]) {
        self.scheme = scheme
        self.asOf = asOf
        let ordered = scores.sorted {
            ($0.roundedTotal, $1.unit) > ($1.roundedTotal, $0.unit)
        }
        entries = ordered.map { score in
            Entry(score: score,
                  rank: Self.rank(of: score, among: ordered.filter { $0.kind == score.kind }),
                  overallRank: Self.rank(of: score, among: ordered))
        }
    }

    /// 1 + the number of units with a strictly higher shown total.
    static func rank(of score: UnitScore, among scores: [UnitScore]) -> Int {
        1 + scores.filter { $0.roundedTotal > score.roundedTotal }.count
    }

    /// The units of one kind in ranking order.
    public func ranking(of kind: AssessmentEvidence.UnitKind) -> [Entry] {
        entries.filter { $0.score.kind == kind }
    }

    public func entry(for unit: String) -> Entry? {
        entries.first { $0.unit == unit }
    }
}
