import Foundation
import ReformPlan
import SQLKit

/// The bureau's administrative divisions and which unit answers for which.
extension PlanStore {
    /// Adds divisions, or replaces those of the same code, in one transaction
    /// with one audit entry (a street list has thousands of rows; the entry
    /// gives the count and the codes' range, not every row). The caller has
    /// checked the rows with `DivisionTree.problems(adding:)`.
    public func saveDivisions(_ divisions: [Division], by actor: String, at date: Date) async throws {
        guard !divisions.isEmpty else { return }
        try await change { db, _ in
            let rows: [Values] = divisions.map { d in
                [d.code, d.key, d.name, d.kind.rawValue, d.parent, d.tags.joined(separator: ","), d.managedBy,
                 d.isDemo ? 1 : 0]
            }
            let columns = ["code", "division_key", "name", "kind", "parent_code", "tags", "managed_by", "is_demo"]
            for chunk in rows.chunked(columns: columns.count) {
                let insert = db.insert(into: "divisions").columns(columns)
                for row in chunk { _ = insert.values(row) }
                _ = insert.onConflict(with: ["code"]) { update in
                    columns.dropFirst().reduce(update) { $0.set(excludedValueOf: $1) }
                }
                try await insert.run()
            }
            let codes = divisions.map(\.code).sorted()
            let summary = ["count": "\(divisions.count)", "first": codes.first!, "last": codes.last!]
            return ((), [AuditEvent(actor: actor, at: date, action: "divisions.save", entity: "division",
                                    entityID: codes.first!, after: try AuditJSON.text(summary))])
        }
    }

    /// Stores `divisions` when there are none yet (the first start stores the
    /// city's districts, so that a street list has parents to hang from).
    /// Whether it stored them.
    @discardableResult
    public func seedDivisionsIfEmpty(_ divisions: [Division], by actor: String, at date: Date) async throws -> Bool {
        guard try await open().reader.raw("SELECT code FROM divisions LIMIT 1").first() == nil else { return false }
        try await saveDivisions(divisions, by: actor, at: date)
        return true
    }

    /// Divisions down to `level` (the city and its districts for `.county`):
    /// the part of the tree small enough to keep in memory even for a nation.
    public func divisionTree(downTo level: Division.Level = .county) async throws -> DivisionTree {
        let kinds = Division.Kind.allCases.filter { $0.level <= level }.map(\.rawValue)
        let rows = try await open().reader.raw("SELECT * FROM divisions WHERE kind IN (\(binds: kinds))").all()
        return DivisionTree(try rows.map(Self.division))
    }

    public func division(_ code: String) async throws -> Division? {
        try await open().reader.raw("SELECT * FROM divisions WHERE code = \(bind: code)").first().map(Self.division)
    }

    /// A division's children in code order (a district's streets, a street's communities).
    public func childDivisions(of code: String) async throws -> [Division] {
        try await open().reader.raw("""
            SELECT * FROM divisions WHERE parent_code = \(bind: code) ORDER BY code
            """).all().map(Self.division)
    }

    /// How many divisions there are of each kind.
    public func divisionCounts() async throws -> [Division.Kind: Int] {
        var counts: [Division.Kind: Int] = [:]
        for row in try await open().reader.raw("SELECT kind, COUNT(*) AS n FROM divisions GROUP BY kind").all() {
            if let kind = Division.Kind(rawValue: try row.string("kind")) { counts[kind] = try row.int("n") }
        }
        return counts
    }

    /// Every stored division of `kinds` by its twelve-digit key: what an upload
    /// of values is checked against (600,000 communities fit in memory as this).
    public func divisionKinds(of kinds: Set<Division.Kind>) async throws -> [Int64: Division.Kind] {
        var found: [Int64: Division.Kind] = [:]
        let rows = try await open().reader.raw("""
            SELECT division_key, kind FROM divisions
            WHERE division_key IS NOT NULL AND kind IN (\(binds: kinds.map(\.rawValue)))
            """).all()
        found.reserveCapacity(rows.count)
        for row in rows {
            if let kind = Division.Kind(rawValue: try row.string("kind")) { found[try row.int64("division_key")] = kind }
        }
        return found
    }

    /// Links a unit of the plans (江岸区民政局) to the division it answers for.
    public func linkUnit(_ unit: String, to code: String, by actor: String, at date: Date) async throws {
        try await change { db, _ in
            guard try await db.raw("SELECT code FROM divisions WHERE code = \(bind: code)").first() != nil else {
                throw StoreError.notFound(entity: "division", id: code)
            }
            let before = try await db.raw("SELECT division_code FROM unit_divisions WHERE unit_name = \(bind: unit)")
                .first()?.string("division_code")
            if before == code { return ((), []) }
            try await db.insert(into: "unit_divisions").columns("unit_name", "division_code").values(unit, code)
                .onConflict(with: ["unit_name"]) { $0.set(excludedValueOf: "division_code") }.run()
            return ((), [AuditEvent(actor: actor, at: date, action: "unit.link", entity: "unit", entityID: unit,
                                    before: before, after: code)])
        }
    }

    /// Unit name → division code.
    public func unitDivisions() async throws -> [String: String] {
        var links: [String: String] = [:]
        for row in try await open().reader.raw("SELECT unit_name, division_code FROM unit_divisions").all() {
            links[try row.string("unit_name")] = try row.string("division_code")
        }
        return links
    }

    static func division(_ row: any SQLRow) throws -> Division {
        let tags = try row.string("tags")
        return Division(code: try row.string("code"), name: try row.string("name"),
                        kind: try row.value("kind", in: "divisions"), parent: try row.string(ifAny: "parent_code"),
                        tags: tags.isEmpty ? [] : tags.split(separator: ",").map(String.init),
                        managedBy: try row.string(ifAny: "managed_by"), isDemo: try row.bool("is_demo"))
    }
}
