/// What-if (方案调整试算): the scores and places under a proposed scheme (or
/// with proposed adjustments) beside the current ones, so that the office sees
/// who gains and who loses before it adopts the change. Places are the ranks
/// within a unit's kind, the ones that are published.
public struct AssessmentComparison: Hashable, Sendable {
    public enum Movement: String, Hashable, Sendable, CaseIterable {
        case up, down, same
        /// Scored only under one of the two (evidence added or removed).
        case added, removed

        public var chineseName: String {
            switch self {
            case .up: "上升"
            case .down: "下降"
            case .same: "不变"
            case .added: "新增"
            case .removed: "移除"
            }
        }
    }

    public struct Row: Hashable, Sendable {
        public var unit: String
        public var kind: AssessmentEvidence.UnitKind
        public var currentTotal: Double?
        public var proposedTotal: Double?
        public var currentRank: Int?
        public var proposedRank: Int?

        /// Proposed minus current, on the shown (rounded) totals so that the
        /// change read is the difference of the figures shown; 0 when only one exists.
        public var delta: Double {
            guard let currentTotal, let proposedTotal else { return 0 }
            return AssessmentPoints.rounded(proposedTotal) - AssessmentPoints.rounded(currentTotal)
        }

        public var movement: Movement {
            guard let currentRank else { return .added }
            guard let proposedRank else { return .removed }
            return proposedRank < currentRank ? .up : proposedRank > currentRank ? .down : .same
        }

        /// "江岸区民政局 由第3名升至第1名（+4.5分）".
        public var sentence: String {
            let change = "（\(AssessmentPoints.signedText(delta))分）"
            switch movement {
            case .up: return "\(unit) 由第\(currentRank ?? 0)名升至第\(proposedRank ?? 0)名\(change)"
            case .down: return "\(unit) 由第\(currentRank ?? 0)名降至第\(proposedRank ?? 0)名\(change)"
            case .same: return "\(unit) 保持第\(proposedRank ?? 0)名\(change)"
            case .added: return "\(unit) 新增，列第\(proposedRank ?? 0)名"
            case .removed: return "\(unit) 不再参加考核（原第\(currentRank ?? 0)名）"
            }
        }
    }

    public var current: AssessmentResult
    public var proposed: AssessmentResult
    /// By kind (offices, then districts), each in the proposed ranking's
    /// order; units only in the current result come last in their kind.
    public var rows: [Row]

    public init(current: AssessmentResult, proposed: AssessmentResult) {
        self.current = current
        self.proposed = proposed
        var rows = proposed.entries.map { entry in
            let before = current.entry(for: entry.unit)
            return Row(unit: entry.unit, kind: entry.score.kind, currentTotal: before?.score.total,
                       proposedTotal: entry.score.total, currentRank: before?.rank, proposedRank: entry.rank)
        }
        rows += current.entries.filter { proposed.entry(for: $0.unit) == nil }.map { entry in
            Row(unit: entry.unit, kind: entry.score.kind, currentTotal: entry.score.total, proposedTotal: nil,
                currentRank: entry.rank, proposedRank: nil)
        }
        let kinds = AssessmentEvidence.UnitKind.allCases
        self.rows = rows.enumerated().sorted { a, b in
            let ka = kinds.firstIndex(of: a.element.kind) ?? 0, kb = kinds.firstIndex(of: b.element.kind) ?? 0
            return (ka, a.offset) < (kb, b.offset)
        }.map(\.element)
    }

    public func row(for unit: String) -> Row? { rows.first { $0.unit == unit } }

    /// The rows whose place changes, for the summary above the table.
    public var moves: [Row] { rows.filter { $0.movement != .same } }
}
