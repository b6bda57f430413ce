import Foundation
import SQLKit

/// Where the stored state stands: the newest audit entry (every business
/// change writes one) and the newest plan revision (every load that changed
/// a plan adds one). Both only grow, so an unchanged mark means nothing the
/// pages show has changed. Web instances keep what they read under the mark
/// and ask for it once per request: a change made through any instance is
/// seen by all at once, and a quiet database is read once, not per request.
public struct ChangeMark: Hashable, Sendable {
    public var auditEntry: Int64
    public var planRevision: Int64

    public init(auditEntry: Int64, planRevision: Int64) {
        self.auditEntry = auditEntry
        self.planRevision = planRevision
    }
}

extension PlanStore {
    public func changeMark() async throws -> ChangeMark {
        let row = try await open().reader.raw("""
            SELECT (SELECT COALESCE(MAX(id), 0) FROM audit_log) AS audit_entry,
                   (SELECT COALESCE(MAX(id), 0) FROM plan_revisions) AS plan_revision
            """).first()
        return ChangeMark(auditEntry: try row?.decode(column: "audit_entry", as: Int64.self) ?? 0,
                          planRevision: try row?.decode(column: "plan_revision", as: Int64.self) ?? 0)
    }
}
