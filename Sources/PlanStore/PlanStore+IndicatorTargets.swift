import Foundation
import ReformPlan
import SQLKit

/// How each indicator rolls up, and its target handed down to divisions.
extension PlanStore {
    /// The rule a supervisor set for the indicator; nil when none was set
    /// (callers then use `RollupRule.inferred(for:)`).
    public func rollupRule(indicatorID: Int) async throws -> RollupRule? {
        guard let row = try await open().reader.raw("""
            SELECT * FROM indicator_rules WHERE indicator_id = \(bind: indicatorID)
            """).first() else { return nil }
        let kinds = try row.string("kinds").split(separator: ",").compactMap { Division.Kind(rawValue: String($0)) }
        guard let level = Division.Level(rawValue: try row.int("level")) else {
            throw StoreError.unreadable(table: "indicator_rules", column: "level", value: String(try row.int("level")))
        }
        return RollupRule(method: try row.value("method", in: "indicator_rules"), level: level, kinds: Set(kinds),
                          threshold: try row.double(ifAny: "threshold"), tag: try row.string(ifAny: "tag"))
    }

    /// Sets the rule and makes every month's district tallies again under it.
    public func setRollupRule(_ rule: RollupRule, indicatorID: Int, planID: Int, comparator: Indicator.Comparator = .atLeast,
                              by actor: String, at date: Date) async throws {
        try await change { db, _ in
            try await Self.requirePlan(planID, in: db)
            let before = try await db.raw("""
                SELECT method, level, kinds, threshold, tag FROM indicator_rules WHERE indicator_id = \(bind: indicatorID)
                """).first().map { row -> [String: String] in
                ["method": try row.string("method"), "level": "\(try row.int("level"))", "kinds": try row.string("kinds"),
                 "threshold": try row.double(ifAny: "threshold").map { ChineseNumber.plain($0) } ?? "",
                 "tag": try row.string(ifAny: "tag") ?? ""]
            }
            try await Self.refreshTallies(db, indicatorID: indicatorID, month: nil, rule: rule, comparator: comparator, counties: nil)
            let kinds = rule.kinds.map(\.rawValue).sorted().joined(separator: ",")
            try await db.insert(into: "indicator_rules")
                .columns("indicator_id", "plan_id", "method", "level", "kinds", "threshold", "tag", "updated_by", "updated_at")
                .values(indicatorID, planID, rule.method.rawValue, rule.level.rawValue, kinds, rule.threshold, rule.tag,
                        actor, Timestamp.text(date))
                .onConflict(with: ["indicator_id"]) { update in
                    ["method", "level", "kinds", "threshold", "tag", "updated_by", "updated_at"]
                        .reduce(update) { $0.set(excludedValueOf: $1) }
                }
                .run()
            let after = ["method": rule.method.rawValue, "level": "\(rule.level.rawValue)", "kinds": kinds,
                         "threshold": rule.threshold.map { ChineseNumber.plain($0) } ?? "", "tag": rule.tag ?? ""]
            return ((), [AuditEvent(actor: actor, at: date, action: "indicator.rule", entity: "indicator",
                                    entityID: String(indicatorID), planID: planID,
                                    before: try before.map { try AuditJSON.text($0) }, after: try AuditJSON.text(after))])
        }
    }

    /// Division code → the part of the indicator's target handed down to it.
    public func indicatorTargets(indicatorID: Int) async throws -> [String: Double] {
        var targets: [String: Double] = [:]
        for row in try await open().reader.raw("""
            SELECT division_code, target FROM indicator_targets WHERE indicator_id = \(bind: indicatorID)
            """).all() {
            targets[try row.string("division_code")] = try row.double("target")
        }
        return targets
    }

    /// Sets parts of a decomposed target; a nil part removes that division's.
    /// One audit entry with the parts before and after.
    public func setIndicatorTargets(_ parts: [String: Double?], indicatorID: Int, planID: Int,
                                    by actor: String, at date: Date) async throws {
        guard !parts.isEmpty else { return }
        try await change { db, sqlite in
            try await Self.requirePlan(planID, in: db)
            var before: [String: Double] = [:]
            for row in try await db.raw("""
                SELECT division_code, target FROM indicator_targets WHERE indicator_id = \(bind: indicatorID)
                """ + .forUpdate(sqlite: sqlite)).all() {
                before[try row.string("division_code")] = try row.double("target")
            }
            var after = before
            for (code, target) in parts.sorted(by: { $0.key < $1.key }) {
                if let target {
                    try await db.insert(into: "indicator_targets")
                        .columns("indicator_id", "plan_id", "division_code", "target", "updated_by", "updated_at")
                        .values(indicatorID, planID, code, target, actor, Timestamp.text(date))
                        .onConflict(with: ["indicator_id", "division_code"]) { update in
                            ["target", "updated_by", "updated_at"].reduce(update) { $0.set(excludedValueOf: $1) }
                        }
                        .run()
                    after[code] = target
                } else {
                    try await db.raw("""
                        DELETE FROM indicator_targets WHERE indicator_id = \(bind: indicatorID) AND division_code = \(bind: code)
                        """).run()
                    after[code] = nil
                }
            }
            if after == before { return ((), []) }
            return ((), [AuditEvent(actor: actor, at: date, action: "indicator.targets", entity: "indicator",
                                    entityID: String(indicatorID), planID: planID,
                                    before: try AuditJSON.text(before), after: try AuditJSON.text(after))])
        }
    }
}
