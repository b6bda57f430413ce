import Foundation
import SQLKit

/// A leader's or supervisor's comment on a project.
public struct ProjectComment: Hashable, Sendable, Codable {
    public var id: Int64
    public var planID: Int
    /// The project's number in the plan.
    public var project: Int
    public var text: String
    /// The author's login.
    public var author: String
    public var createdAt: Date

    public init(id: Int64, planID: Int, project: Int, text: String, author: String, createdAt: Date) {
        self.id = id
        self.planID = planID
        self.project = project
        self.text = text
        self.author = author
        self.createdAt = createdAt
    }
}

/// Comments on projects, by project number so plan reloads leave them alone.
extension PlanStore {
    public func addComment(planID: Int, project: Int, text: String, by actor: String, at date: Date) async throws -> ProjectComment {
        try await change { db, _ in
            try await Self.requirePlan(planID, in: db)
            let row = try await db.insert(into: "project_comments")
                .columns("plan_id", "project", "text", "author", "created_at")
                .values(planID, project, text, actor, Timestamp.text(date))
                .returning("*").first()
            let comment = try Self.comment(row!)
            return (comment, [AuditEvent(actor: actor, at: date, action: "comment.add", entity: "comment",
                                         entityID: String(comment.id), planID: planID, project: project,
                                         after: try AuditJSON.text(comment))])
        }
    }

    /// The project's comments, oldest first.
    public func comments(planID: Int, project: Int) async throws -> [ProjectComment] {
        try await open().sql.raw("""
            SELECT * FROM project_comments WHERE plan_id = \(bind: planID) AND project = \(bind: project) ORDER BY id
            """).all().map(Self.comment)
    }

    static func comment(_ row: any SQLRow) throws -> ProjectComment {
        ProjectComment(id: try row.int64("id"), planID: try row.int("plan_id"), project: try row.int("project"),
                       text: try row.string("text"), author: try row.string("author"),
                       createdAt: try row.date("created_at", in: "project_comments"))
    }
}
