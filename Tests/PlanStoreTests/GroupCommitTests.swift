import Foundation
import ReformPlan
import Testing
@testable import PlanStore

/// Changes that arrive together commit together; each still succeeds or
/// fails on its own, and the audit chain stays whole.
@Suite struct GroupCommitTests {
    typealias F = WebFixture

    @Test(arguments: DatabaseKind.underTest)
    func concurrentChangesEachSucceedOrFailAlone(_ kind: DatabaseKind) async throws {
        try await F.withPlan(kind) { store, planID, _ in
            let units = ["养老服务处", "社会救助处", "区划地名处", "社会事务处", "社会组织管理局", "儿童福利处"]
            // Each unit saves twice at once from version 0: exactly one of each pair can win.
            let outcomes = await withTaskGroup(of: (String, Bool).self) { group in
                for unit in units {
                    for attempt in 0..<2 {
                        group.addTask {
                            var report = F.september(unit)
                            report.sections = [ProjectProgress(project: 1, completion: 10 + attempt, progress: "第\(attempt)次")]
                            let saved = try? await store.saveReport(report, planID: planID, expectedVersion: 0, by: "t", at: F.start)
                            return (unit, saved != nil)
                        }
                    }
                }
                var outcomes: [(String, Bool)] = []
                for await outcome in group { outcomes.append(outcome) }
                return outcomes
            }
            for unit in units {
                #expect(outcomes.filter { $0.0 == unit && $0.1 }.count == 1, "\(unit): one save wins, the other conflicts")
            }
            let stored = try await store.reports(planID: planID)
            #expect(stored.count == units.count)
            #expect(stored.allSatisfy { $0.version == 1 })
            let audit = try await store.verifyAuditLog()
            #expect(audit.firstBrokenID == nil)
            #expect(try await store.auditEntries(planID: planID, limit: 100).filter { $0.action.hasPrefix("report.") }.count == units.count,
                    "a change that failed left no audit entry")
        }
    }
}

/// Reads go to a reader of their own (on SQLite a separate pool); a report and
/// its sections must still come from one committed state while saves commit.
@Suite struct ReaderConsistencyTests {
    typealias F = WebFixture

    @Test(arguments: DatabaseKind.underTest)
    func aReportIsNeverReadHalfSaved(_ kind: DatabaseKind) async throws {
        try await F.withPlan(kind) { store, planID, _ in
            let month = ReportMonth(year: 2019, month: 9)
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    for version in 0..<30 {
                        var report = F.september()
                        // The section's completion is the version the save makes.
                        report.sections = [ProjectProgress(project: 1, completion: version + 1, progress: "v\(version + 1)"),
                                           ProjectProgress(project: 2, completion: version + 1, progress: "v\(version + 1)")]
                        _ = try await store.saveReport(report, planID: planID, expectedVersion: version, by: "t", at: F.start)
                    }
                }
                for _ in 0..<3 {
                    group.addTask {
                        for _ in 0..<40 {
                            guard let read = try await store.report(planID: planID, unit: "养老服务处", month: month) else { continue }
                            #expect(read.sections.count == 2)
                            #expect(read.sections.allSatisfy { $0.completion == read.version }, "version \(read.version) read with \(read.sections.map(\.completion))")
                        }
                    }
                }
                try await group.waitForAll()
            }
        }
    }
}
