import Foundation
import ReformPlan
import SQLKit

/// The districts' tallies kept beside the values (`indicator_tallies`): made
/// by the same GROUP BY a live roll-up runs, at the time values are saved or
/// the rule changes, and read instead of it while the rule stays the same.
extension PlanStore {
    /// What a tally depends on besides the values: the rule and how a value is compared.
    static func signature(_ rule: RollupRule, _ comparator: Indicator.Comparator) -> String {
        let kinds = rule.kinds.map(\.rawValue).sorted().joined(separator: ",")
        return "\(rule.method.rawValue)|\(rule.level.rawValue)|\(kinds)|\(rule.threshold.map { "\($0)" } ?? "")|\(comparator.rawValue)"
    }

    /// Tallies of `months` (every month when nil) by district code, when every
    /// month with values has tallies made under this rule; nil otherwise, and
    /// the caller groups the values itself.
    func keptTallies(indicatorID: Int, months: [ReportMonth]?, rule: RollupRule,
                     comparator: Indicator.Comparator) async throws -> [ReportMonth: [String: RollupTally]]? {
        let wanted = Self.signature(rule, comparator)
        var query: SQLQueryString = "SELECT * FROM indicator_tallies WHERE indicator_id = \(bind: indicatorID)"
        if let months { query += " AND month IN (\(binds: months.map { $0.year * 100 + $0.month }))" }
        let rows = try await open().reader.raw(query).all()
        guard !rows.isEmpty else { return nil }
        var kept: [ReportMonth: [String: RollupTally]] = [:]
        for row in rows {
            guard try row.string("signature") == wanted else { return nil }
            let m = try row.int("month")
            kept[ReportMonth(year: m / 100, month: m % 100), default: [:]][DivisionCode.code(key: try row.int64("county_key"), at: .county)] =
                RollupTally(reported: try row.int("reported"), sum: try row.double("total"), meeting: try row.int("meeting"),
                            latestAt: try row.string(ifAny: "latest_at"))
        }
        return kept
    }

    /// Makes the tallies of one month (every month when nil) again from the
    /// values, for some districts or all, in the caller's transaction.
    static func refreshTallies(_ db: any SQLDatabase, indicatorID: Int, month: Int?, rule: RollupRule,
                               comparator: Indicator.Comparator, counties: Set<Int64>?) async throws {
        var scope: SQLQueryString = "indicator_id = \(bind: indicatorID)"
        if let month { scope += " AND month = \(bind: month)" }
        var deleteScope = scope
        if let counties { deleteScope += " AND county_key IN (\(binds: counties.sorted()))" }
        try await db.raw("DELETE FROM indicator_tallies WHERE " + deleteScope).run()
        guard let counties else {
            try await insertTallies(db, scope: scope, rule: rule, comparator: comparator)
            return
        }
        // One statement per district: a key range each, so the values' primary key finds them.
        for county in counties.sorted() {
            try await insertTallies(db, scope: scope + " AND division_key BETWEEN \(bind: county) AND \(bind: county + Division.Level.county.span - 1)",
                                    rule: rule, comparator: comparator)
        }
    }

    private static func insertTallies(_ db: any SQLDatabase, scope: SQLQueryString, rule: RollupRule,
                                      comparator: Indicator.Comparator) async throws {
        let divisor = String(Division.Level.county.span)
        var insert: SQLQueryString = """
            INSERT INTO indicator_tallies (indicator_id, month, county_key, signature, reported, total, meeting, latest_at)
            SELECT indicator_id, month, division_key / \(unsafeRaw: divisor) * \(unsafeRaw: divisor),
                CAST(\(bind: signature(rule, comparator)) AS TEXT), COUNT(*), SUM(value),
                SUM(CASE WHEN \(meetsCondition(rule, comparator)) THEN 1 ELSE 0 END), MAX(entered_at)
            FROM indicator_values WHERE
            """
        insert += " " + scope + scopeCondition(rule: rule, within: nil, column: "division_kind")
        insert += " GROUP BY indicator_id, month, division_key / \(unsafeRaw: divisor)"
        try await db.raw(insert).run()
    }
}
