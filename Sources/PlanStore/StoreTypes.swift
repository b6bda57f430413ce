import Foundation
import ReformPlan

/// A stored plan in a list of plans.
public struct PlanSummary: Hashable, Sendable {
    public var id: Int
    /// `Plan.key`: issuer and title, what makes a second load the same plan.
    public var key: String
    public var title: String
    public var year: Int?
    public var issuer: String?
    public var projectCount: Int
    /// The number of the latest revision; 1 after the first load.
    public var revision: Int
}

/// One load of a plan that created or changed it.
public struct PlanRevision: Hashable, Sendable {
    public var planID: Int
    public var number: Int
    /// Who loaded it, as the caller names them (a user name, "cli").
    public var loadedBy: String
    public var loadedAt: Date
    public var changeCount: Int
}

/// What a load did.
public struct LoadOutcome: Hashable, Sendable {
    public enum Status: String, Hashable, Sendable {
        /// A plan with this key was not stored before.
        case created
        /// The stored plan differed and was updated in place: a new revision.
        case updated
        /// The stored plan was identical: nothing was written.
        case unchanged
    }

    public var planID: Int
    public var status: Status
    /// The plan's revision after the load (the existing one when unchanged).
    public var revision: Int
    /// What the new revision changed; empty when created or unchanged.
    public var changes: [PlanChange]
}
