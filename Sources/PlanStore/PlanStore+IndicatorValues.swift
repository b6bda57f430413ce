import Foundation
import ReformPlan
import SQLKit

/// One division's value of an indicator for a month.
public struct DivisionValue: Hashable, Sendable {
    public var key: Int64
    public var kind: Division.Kind
    public var value: Double

    public init(key: Int64, kind: Division.Kind, value: Double) {
        self.key = key
        self.kind = kind
        self.value = value
    }
}

/// Indicator values by division and month, and the roll-ups over them. The
/// indicator is named by its item id in the plan (`PlanItemIDs.indicators`).
extension PlanStore {
    /// Stores values for one month, replacing those the same divisions had for
    /// it, in one transaction with one audit entry naming the source (a file's
    /// name and digest, a report). All or nothing: the caller has checked every row.
    @discardableResult
    /// With the indicator's `rule`, the districts' tallies of the month are brought up to date in the same transaction.
    public func saveIndicatorValues(_ values: [DivisionValue], indicatorID: Int, planID: Int, month: ReportMonth,
                                    source: String, rule: RollupRule? = nil, comparator: Indicator.Comparator = .atLeast,
                                    by actor: String, at date: Date) async throws -> Int {
        guard !values.isEmpty else { return 0 }
        let stamp = Timestamp.text(date), monthKey = month.year * 100 + month.month
        return try await change { db, sqlite in
            try await Self.requirePlan(planID, in: db)
            if sqlite {
                try await Self.insertValuesByRows(values, db, indicatorID: indicatorID, month: monthKey, source: source,
                                                  actor: actor, stamp: stamp)
            } else {
                try await Self.insertValuesByArrays(values, db, indicatorID: indicatorID, month: monthKey, source: source,
                                                    actor: actor, stamp: stamp)
            }
            if let rule {
                let counties = Set(values.map { DivisionCode.ancestorKey($0.key, at: .county) })
                try await Self.refreshTallies(db, indicatorID: indicatorID, month: monthKey, rule: rule, comparator: comparator,
                                              counties: counties.count > 50 ? nil : counties)
            } else {
                // Without the rule the month's kept tallies cannot be made again: drop them, and roll-ups group the values.
                try await db.raw("DELETE FROM indicator_tallies WHERE indicator_id = \(bind: indicatorID) AND month = \(bind: monthKey)").run()
            }
            let summary = ["month": month.description, "rows": "\(values.count)", "source": source]
            return (values.count, [AuditEvent(actor: actor, at: date, action: "indicator.values", entity: "indicator",
                                              entityID: String(indicatorID), planID: planID,
                                              after: try AuditJSON.text(summary))])
        }
    }

    static let valueColumns = ["indicator_id", "month", "division_key", "division_kind", "value", "source", "entered_by", "entered_at"]

    /// SQLite: many rows per INSERT, as every bulk write of the store.
    private static func insertValuesByRows(_ values: [DivisionValue], _ db: any SQLDatabase, indicatorID: Int, month: Int,
                                           source: String, actor: String, stamp: String) async throws {
        let rows: [Values] = values.map { [indicatorID, month, $0.key, $0.kind.rawValue, $0.value, source, actor, stamp] }
        for chunk in rows.chunked(columns: valueColumns.count) {
            let insert = db.insert(into: "indicator_values").columns(valueColumns)
            for row in chunk { _ = insert.values(row) }
            _ = insert.onConflict(with: ["indicator_id", "month", "division_key"]) { update in
                valueColumns.suffix(5).reduce(update) { $0.set(excludedValueOf: $1) }
            }
            try await insert.run()
        }
    }

    /// PostgreSQL: three arrays per statement, unnested by the server. Binding
    /// every field of 600,000 rows (eight parameters a row, 65,535 a statement)
    /// cost the server most of the load's time in parsing; arrays cut it to a few statements.
    private static func insertValuesByArrays(_ values: [DivisionValue], _ db: any SQLDatabase, indicatorID: Int, month: Int,
                                             source: String, actor: String, stamp: String) async throws {
        for start in stride(from: 0, to: values.count, by: 50_000) {
            let chunk = values[start..<min(values.count, start + 50_000)]
            try await db.raw("""
                INSERT INTO indicator_values (\(unsafeRaw: valueColumns.joined(separator: ", ")))
                SELECT CAST(\(bind: Int64(indicatorID)) AS BIGINT), CAST(\(bind: Int64(month)) AS BIGINT), k, kd, v,
                    CAST(\(bind: source) AS TEXT), CAST(\(bind: actor) AS TEXT), CAST(\(bind: stamp) AS TEXT)
                FROM unnest(CAST(\(bind: chunk.map(\.key)) AS BIGINT[]), CAST(\(bind: chunk.map(\.kind.rawValue)) AS TEXT[]),
                            CAST(\(bind: chunk.map(\.value)) AS DOUBLE PRECISION[])) AS t(k, kd, v)
                ON CONFLICT (indicator_id, month, division_key) DO UPDATE SET division_kind = excluded.division_kind,
                    value = excluded.value, source = excluded.source, entered_by = excluded.entered_by,
                    entered_at = excluded.entered_at
                """).run()
        }
    }

    /// Tallies of the month's values grouped by the divisions at `groupLevel`
    /// (every district, or the streets of one district when `within` is
    /// given), keyed by those divisions' codes. Counts, sums and how many meet
    /// the rule's threshold are added up by the database; the share's
    /// denominator comes from `eligibleCounts`.
    public func indicatorTallies(indicatorID: Int, month: ReportMonth, rule: RollupRule,
                                 comparator: Indicator.Comparator, groupLevel: Division.Level,
                                 within: Division? = nil) async throws -> [String: RollupTally] {
        if groupLevel == .county, within == nil, rule.method != .latest,
           let kept = try await keptTallies(indicatorID: indicatorID, months: [month], rule: rule, comparator: comparator) {
            return kept[month] ?? [:]
        }
        let divisor = groupLevel.span
        var query: SQLQueryString = """
            SELECT division_key / \(unsafeRaw: String(divisor)) AS g, COUNT(*) AS reported, SUM(value) AS total,
                SUM(CASE WHEN \(Self.meetsCondition(rule, comparator)) THEN 1 ELSE 0 END) AS meeting,
                MAX(entered_at) AS latest_at
            FROM indicator_values
            WHERE indicator_id = \(bind: indicatorID) AND month = \(bind: month.year * 100 + month.month)
            """
        query += Self.scopeCondition(rule: rule, within: within, column: "division_kind")
        query += " GROUP BY division_key / \(unsafeRaw: String(divisor))"
        var tallies: [String: RollupTally] = [:]
        for row in try await open().reader.raw(query).all() {
            let code = DivisionCode.code(key: try row.int64("g") * divisor, at: groupLevel)
            tallies[code] = RollupTally(reported: try row.int("reported"), sum: try row.double("total"),
                                        meeting: try row.int("meeting"), latestAt: try row.string(ifAny: "latest_at"))
        }
        if rule.method == .latest { try await fillLatest(&tallies, indicatorID: indicatorID, month: month, rule: rule,
                                                         groupLevel: groupLevel, within: within) }
        return tallies
    }

    /// How many divisions of the rule's kinds lie under each division at
    /// `groupLevel`: a share's denominator, reported or not. The same for every
    /// month, so callers keep it while the divisions do not change.
    public func eligibleCounts(rule: RollupRule, groupLevel: Division.Level,
                               within: Division? = nil) async throws -> [String: Int] {
        let divisor = groupLevel.span
        var query: SQLQueryString = """
            SELECT division_key / \(unsafeRaw: String(divisor)) AS g, COUNT(*) AS n FROM divisions
            WHERE division_key IS NOT NULL
            """
        query += Self.scopeCondition(rule: rule, within: within, column: "kind")
        query += " GROUP BY division_key / \(unsafeRaw: String(divisor))"
        var counts: [String: Int] = [:]
        for row in try await open().reader.raw(query).all() {
            counts[DivisionCode.code(key: try row.int64("g") * divisor, at: groupLevel)] = try row.int("n")
        }
        return counts
    }

    /// The month's value of every division of the rule's kinds directly under
    /// `parent` (a street's communities), nil where none was entered: the
    /// bottom of a drill-down, where the units that fall short are named.
    public func leafValues(indicatorID: Int, month: ReportMonth, rule: RollupRule,
                           under parent: Division) async throws -> [(division: Division, value: Double?)] {
        let rows = try await open().reader.raw("""
            SELECT d.*, v.value AS reported_value FROM divisions d
            LEFT JOIN indicator_values v ON v.division_key = d.division_key
                AND v.indicator_id = \(bind: indicatorID) AND v.month = \(bind: month.year * 100 + month.month)
            WHERE d.parent_code = \(bind: parent.code) ORDER BY d.code
            """).all()
        return try rows.compactMap { row in
            let division = try Self.division(row)
            guard division.kind.level == rule.level, rule.kinds.isEmpty || rule.kinds.contains(division.kind) else { return nil }
            return (division, try row.double(ifAny: "reported_value"))
        }
    }

    /// Months that have values, with the tallies of each by district: the trend line.
    public func indicatorTrend(indicatorID: Int, rule: RollupRule, comparator: Indicator.Comparator)
        async throws -> [ReportMonth: [String: RollupTally]] {
        if rule.method != .latest, let kept = try await keptTallies(indicatorID: indicatorID, months: nil, rule: rule,
                                                                      comparator: comparator) {
            return kept
        }
        if rule.method == .latest { return try await latestTrend(indicatorID: indicatorID, rule: rule) }
        let divisor = Division.Level.county.span
        var query: SQLQueryString = """
            SELECT month, division_key / \(unsafeRaw: String(divisor)) AS g, COUNT(*) AS reported, SUM(value) AS total,
                SUM(CASE WHEN \(Self.meetsCondition(rule, comparator)) THEN 1 ELSE 0 END) AS meeting
            FROM indicator_values WHERE indicator_id = \(bind: indicatorID)
            """
        query += Self.scopeCondition(rule: rule, within: nil, column: "division_kind")
        query += " GROUP BY month, division_key / \(unsafeRaw: String(divisor))"
        var trend: [ReportMonth: [String: RollupTally]] = [:]
        for row in try await open().reader.raw(query).all() {
            let m = try row.int("month")
            let code = DivisionCode.code(key: try row.int64("g") * divisor, at: .county)
            trend[ReportMonth(year: m / 100, month: m % 100), default: [:]][code] =
                RollupTally(reported: try row.int("reported"), sum: try row.double("total"), meeting: try row.int("meeting"))
        }
        return trend
    }

    /// Month by month, each district's value entered last: the latest method's
    /// trend (such indicators have a value per district, not per community).
    private func latestTrend(indicatorID: Int, rule: RollupRule) async throws -> [ReportMonth: [String: RollupTally]] {
        var query: SQLQueryString = """
            SELECT month, division_key, value, entered_at FROM indicator_values WHERE indicator_id = \(bind: indicatorID)
            """
        query += Self.scopeCondition(rule: rule, within: nil, column: "division_kind")
        var trend: [ReportMonth: [String: RollupTally]] = [:]
        for row in try await open().reader.raw(query).all() {
            let m = try row.int("month"), value = try row.double("value")
            let code = DivisionCode.code(key: try row.int64("division_key"), at: .county)
            trend[ReportMonth(year: m / 100, month: m % 100), default: [:]][code, default: RollupTally()]
                .add(RollupTally(reported: 1, sum: value, latestValue: value, latestAt: try row.string("entered_at")))
        }
        return trend
    }

    /// The latest method needs the value entered last in each group, which an
    /// aggregate cannot give on both databases alike: read the group's rows
    /// (such indicators have a value per district, not per community).
    private func fillLatest(_ tallies: inout [String: RollupTally], indicatorID: Int, month: ReportMonth,
                            rule: RollupRule, groupLevel: Division.Level, within: Division?) async throws {
        var query: SQLQueryString = """
            SELECT division_key, value, entered_at FROM indicator_values
            WHERE indicator_id = \(bind: indicatorID) AND month = \(bind: month.year * 100 + month.month)
            """
        query += Self.scopeCondition(rule: rule, within: within, column: "division_kind")
        query += " ORDER BY entered_at, division_key"
        for row in try await open().reader.raw(query).all() {
            let code = DivisionCode.code(key: try row.int64("division_key"), at: groupLevel)
            tallies[code]?.latestValue = try row.double("value")
        }
    }

    /// Kinds of the rule and the key range of `within`.
    static func scopeCondition(rule: RollupRule, within: Division?, column: String) -> SQLQueryString {
        var condition: SQLQueryString = ""
        let kinds = rule.countedKinds
        condition += " AND \(unsafeRaw: column) IN (\(binds: kinds.map(\.rawValue).sorted()))"
        if let within, let key = within.key {
            let span = within.level.span
            condition += " AND division_key BETWEEN \(bind: key) AND \(bind: key + span - 1)"
        }
        return condition
    }

    static func meetsCondition(_ rule: RollupRule, _ comparator: Indicator.Comparator) -> SQLQueryString {
        let t = rule.threshold ?? 0
        switch comparator {
        case .atMost: return "value <= \(bind: t)"
        case .lessThan: return "value < \(bind: t)"
        case .greaterThan: return "value > \(bind: t)"
        case .atLeast, .about, .between: return "value >= \(bind: t)"
        }
    }
}

extension PlanStore {
    /// Divisions of `kinds` under `within`, in code order: the rows of a district's template.
    public func divisions(of kinds: Set<Division.Kind>, within: Division) async throws -> [Division] {
        guard let key = within.key else { return [] }
        let span = within.level.span
        return try await open().reader.raw("""
            SELECT * FROM divisions WHERE kind IN (\(binds: kinds.map(\.rawValue).sorted()))
            AND division_key BETWEEN \(bind: key) AND \(bind: key + span - 1) ORDER BY division_key
            """).all().map(Self.division)
    }

    /// The month's values of the divisions under `within`, by key.
    public func indicatorValues(indicatorID: Int, month: ReportMonth, within: Division) async throws -> [Int64: Double] {
        guard let key = within.key else { return [:] }
        let span = within.level.span
        var values: [Int64: Double] = [:]
        for row in try await open().reader.raw("""
            SELECT division_key, value FROM indicator_values
            WHERE indicator_id = \(bind: indicatorID) AND month = \(bind: month.year * 100 + month.month)
            AND division_key BETWEEN \(bind: key) AND \(bind: key + span - 1)
            """).all() {
            values[try row.int64("division_key")] = try row.double("value")
        }
        return values
    }
}
