import Foundation

/// A unit's year-end score, itemised, with every record it was computed from.
/// Points are kept exact (as Doubles) and rounded only when shown or ranked,
/// to one decimal, half away from zero (see `AssessmentPoints`).
public struct UnitScore: Hashable, Sendable, Codable {
    public var unit: String
    public var kind: AssessmentEvidence.UnitKind
    public var schemeVersion: Int
    /// One per scheme item, in the scheme's order.
    public var items: [ItemScore]
    /// The base items' points, out of the base weights (100 in a standard scheme).
    public var base: Double
    public var bonus: AssessmentSubtotal
    public var deduction: AssessmentSubtotal
    /// The supervisor's adjustments for this unit, added after the items.
    public var adjustments: [AssessmentAdjustment]
    /// base + bonus + deduction + adjustments, unrounded. Not floored at 0.
    public var total: Double

    public func item(_ key: String) -> ItemScore? { items.first { $0.key == key } }

    /// The total as shown and ranked.
    public var roundedTotal: Double { AssessmentPoints.rounded(total) }
    /// "86.5".
    public var totalText: String { AssessmentPoints.text(total) }
}

/// One item of a unit's score.
public struct ItemScore: Hashable, Sendable, Codable {
    public var key: String
    public var name: String
    public var group: AssessmentRule.Group
    /// After the item's own cap; negative for a deduction.
    public var points: Double
    /// Before the item's cap: only a per-event item can go past it.
    public var uncapped: Double
    /// The most the item can give or take off: its weight or its cap.
    public var maximum: Double
    /// Nothing fell due for the unit under this item, so it scored full marks.
    public var nothingDue: Bool
    /// "按时报送9/10次（迟报1次），得18.0分".
    public var explanation: String
    public var evidence: [AssessmentEvidenceUse]

    public var capped: Bool { abs(uncapped) > abs(points) }
    public var counted: [AssessmentEvidenceUse] { evidence.filter { $0.standing == .counted } }
    public var against: [AssessmentEvidenceUse] { evidence.filter { $0.standing == .against } }
    public var notCounted: [AssessmentEvidenceUse] { evidence.filter { $0.standing == .notCounted } }
}

/// The bonus or the deduction items together, bounded by the scheme's group cap.
public struct AssessmentSubtotal: Hashable, Sendable, Codable {
    public var group: AssessmentRule.Group
    /// The items' points added up (each already at its own cap); negative for deductions.
    public var sum: Double
    public var cap: Double?
    /// `sum` bounded by `cap`.
    public var points: Double
    /// "加分12.0分，按上限5.0分计".
    public var explanation: String

    public var capped: Bool { abs(sum) > abs(points) }
}

/// A supervisor's change to a unit's total, outside the scheme's items: it
/// needs a reason, and who made it and when are kept for the audit log.
public struct AssessmentAdjustment: Hashable, Sendable, Codable {
    public var unit: String
    /// Signed: positive adds, negative takes off.
    public var points: Double
    public var reason: String
    public var by: String
    public var at: Date

    public init(unit: String, points: Double, reason: String, by: String, at: Date) {
        self.unit = unit
        self.points = points
        self.reason = reason
        self.by = by
        self.at = at
    }

    /// What makes the adjustment unacceptable, in words for the form.
    public var problems: [String] {
        var result: [String] = []
        if !points.isFinite || points == 0 { result.append("调整分值必须是非零的有限数。 (Points must be a finite non-zero number.)") }
        if reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { result.append("调整必须说明理由。 (An adjustment needs a reason.)") }
        if by.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { result.append("调整必须注明调整人。 (An adjustment needs its author.)") }
        return result
    }
}

/// How points are rounded and shown: to one decimal, half away from zero.
/// First to a millionth, so that binary noise (20 × 0.3 = 5.999…) cannot
/// tip a half: 17.25 shows as 17.3 however it was reached.
public enum AssessmentPoints {
    public static func rounded(_ value: Double) -> Double {
        guard value.isFinite else { return value }
        return ((value * 1_000_000).rounded() / 100_000).rounded() / 10
    }

    /// "18.0", "-2.5".
    public static func text(_ value: Double) -> String {
        guard value.isFinite else { return "\(value)" }
        let tenths = Int(rounded(value) * 10 + (value < 0 ? -0.5 : 0.5))
        let sign = tenths < 0 ? "-" : ""
        return "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }

    /// "+4.5", "-1.0", "0.0": a change of score.
    public static func signedText(_ value: Double) -> String {
        rounded(value) > 0 ? "+" + text(value) : text(value)
    }
}
