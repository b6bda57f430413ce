/// The latest counted value reported for an indicator: from submitted or
/// accepted reports, in sections of the indicator's project when it has one,
/// matched by the indicator's name. When several units report it for that
/// same month, the unit first in Unicode order is taken, so the answer does
/// not depend on the order reports arrive in; adding district values up is a
/// roll-up's work, not this function's.
public func latestValue(of indicator: Indicator, reports: [ProgressReport])
    -> (value: Double, month: ReportMonth, unit: String)? {
    var best: (value: Double, month: ReportMonth, unit: String)?
    for report in reports where report.counts {
        for section in report.sections where indicator.project == nil || section.project == indicator.project {
            for reported in section.indicatorValues where reported.indicator == indicator.name {
                if let current = best,
                   report.month < current.month || report.month == current.month && report.unit >= current.unit {
                    continue
                }
                best = (reported.value, report.month, report.unit)
            }
        }
    }
    return best
}

extension Indicator {
    /// Whether a value meets the target as the comparator reads it. "About"
    /// (左右, 约) allows `thresholds.aboutTolerance` of the target either way
    /// (±5 % by default); "between" includes both bounds, and without an
    /// upper bound means exactly the target. A value that is not a number
    /// meets nothing.
    public func isMet(by value: Double, thresholds: StatusThresholds = StatusThresholds()) -> Bool {
        guard value.isFinite else { return false }
        switch comparator {
        case .atLeast: return value >= target
        case .greaterThan: return value > target
        case .atMost: return value <= target
        case .lessThan: return value < target
        case .about: return abs(value - target) <= thresholds.aboutTolerance * abs(target)
        case .between: return value >= target && value <= (targetUpper ?? target)
        }
    }
}
