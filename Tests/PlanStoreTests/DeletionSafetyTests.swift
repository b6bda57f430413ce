import Foundation
import ReformPlan
import Testing
@testable import PlanStore

/// What refers to a plan's projects outlives a reload that drops them.
@Suite struct DeletionSafetyTests {
    typealias F = WebFixture

    /// Reports name projects by number: a reload that drops a project leaves
    /// reports about it (and notices and comments) as they were.
    @Test(arguments: DatabaseKind.underTest)
    func reloadingAPlanWithoutAProjectKeepsWhatReferredToIt(kind: DatabaseKind) async throws {
        try await F.withPlan(kind) { store, planID, _ in
            let report = try await store.saveReport(F.september(), planID: planID, expectedVersion: 0, by: "a", at: F.start)
            let notice = try await store.issueNotice(F.notice(project: 9), planID: planID, by: "guihua", at: F.start)
            let comment = try await store.addComment(planID: planID, project: 9, text: "抓紧", by: "wangfu", at: F.start)
            var smaller = SamplePlan.make()
            smaller.projects.removeAll { $0.number == 9 || $0.number == 1 }
            smaller.indicators.removeAll { $0.project == 1 }
            smaller.phases.removeAll { $0.project == 1 }

            let outcome = try await store.load(smaller, by: "规划发展处", at: F.at(minutes: 1))

            #expect(outcome.status == .updated)
            #expect(try await store.report(id: report.id!)?.report == report)
            #expect(try await store.notice(id: notice.id!)?.notice == notice)
            #expect(try await store.comments(planID: planID, project: 9) == [comment])
        }
    }
}
