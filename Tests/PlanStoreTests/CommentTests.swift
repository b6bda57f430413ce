import Foundation
import ReformPlan
import Testing
@testable import PlanStore

/// Leaders' comments on projects.
@Suite struct CommentTests {
    typealias F = WebFixture

    @Test(arguments: DatabaseKind.underTest)
    func commentsAreKeptPerPlanAndProjectInOrder(kind: DatabaseKind) async throws {
        try await F.withPlan(kind) { store, planID, _ in
            let first = try await store.addComment(planID: planID, project: 3, text: "请加快进度", by: "wangfu", at: F.start)
            let second = try await store.addComment(planID: planID, project: 3, text: "已阅", by: "lizhang", at: F.at(minutes: 1))
            _ = try await store.addComment(planID: planID, project: 4, text: "另一项目", by: "wangfu", at: F.start)

            #expect(first == ProjectComment(id: first.id, planID: planID, project: 3, text: "请加快进度", author: "wangfu",
                                            createdAt: F.start))
            #expect(try await store.comments(planID: planID, project: 3) == [first, second])
            #expect(try await store.comments(planID: planID, project: 5).isEmpty)
            let entry = try #require(try await store.auditEntries(planID: planID, project: 3).first)
            #expect(entry.action == "comment.add" && entry.actor == "lizhang" && entry.after?.contains("已阅") == true)
            await #expect(throws: StoreError.notFound(entity: "plan", id: "999")) {
                try await store.addComment(planID: 999, project: 3, text: "x", by: "wangfu", at: F.start)
            }
        }
    }
}
