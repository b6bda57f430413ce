import Foundation
import ReformPlan
import Testing
@testable import PlanStore

/// Monthly progress reports: exact read-back, versions that catch concurrent
/// edits, one report per plan, unit and month, and attachments.
@Suite struct ReportTests {
    typealias F = WebFixture
    static let september = ReportMonth(year: 2019, month: 9)

    @Test(arguments: DatabaseKind.underTest)
    func aSavedReportReadsBackEqualWithVersionOne(kind: DatabaseKind) async throws {
        try await F.withPlan(kind) { store, planID, _ in
            let saved = try await store.saveReport(F.september(), planID: planID, expectedVersion: 0,
                                                   by: "yanglao", at: F.at(minutes: 1))

            var expected = F.september()
            (expected.id, expected.version, expected.updatedAt, expected.updatedBy) = (saved.id, 1, F.at(minutes: 1), "yanglao")
            #expect(saved.id != nil && saved == expected)
            #expect(try await store.report(planID: planID, unit: "养老服务处", month: Self.september) == expected)
            let byID = try await store.report(id: saved.id!)
            #expect(byID?.planID == planID && byID?.report == expected)
            #expect(try await store.report(id: 999) == nil)
            #expect(try await store.report(planID: planID, unit: "养老服务处", month: Self.september.next) == nil)
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func eachSaveRaisesTheVersionAndReplacesTheSections(kind: DatabaseKind) async throws {
        try await F.withPlan(kind) { store, planID, _ in
            var report = try await store.saveReport(F.september(), planID: planID, expectedVersion: 0, by: "yanglao", at: F.start)
            report.sections.removeLast()
            report.sections[0].phases.removeFirst()
            report.sections[0].indicatorValues = []
            report.sections[0].completion = 70

            let second = try await store.saveReport(report, planID: planID, expectedVersion: 1, by: "yanglao2", at: F.at(minutes: 9))

            #expect(second.version == 2 && second.updatedBy == "yanglao2" && second.updatedAt == F.at(minutes: 9))
            #expect(second.sections == report.sections)
            #expect(try await store.report(id: report.id!)?.report == second)
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func aSaveFromAnOlderVersionConflictsAndChangesNothing(kind: DatabaseKind) async throws {
        try await F.withPlan(kind) { store, planID, _ in
            let first = try await store.saveReport(F.september(), planID: planID, expectedVersion: 0, by: "yanglao", at: F.start)
            var mine = first, theirs = first
            mine.sections[0].progress = "我的修改"
            theirs.sections[0].progress = "他的修改"
            let stored = try await store.saveReport(theirs, planID: planID, expectedVersion: 1, by: "colleague", at: F.at(minutes: 1))
            let entries = try await store.auditEntries().count

            await #expect(throws: StoreError.versionConflict(current: 2, updatedBy: "colleague")) {
                try await store.saveReport(mine, planID: planID, expectedVersion: 1, by: "yanglao", at: F.at(minutes: 2))
            }

            #expect(try await store.report(id: first.id!)?.report == stored)
            #expect(try await store.auditEntries().count == entries)
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func thereIsOneReportPerPlanUnitAndMonth(kind: DatabaseKind) async throws {
        try await F.withPlan(kind) { store, planID, _ in
            let other = try await store.load(SamplePlan.make(title: "2019年区级改革方案"), by: "规划发展处", at: F.start).planID
            let first = try await store.saveReport(F.september(), planID: planID, expectedVersion: 0, by: "yanglao", at: F.start)

            // A second new report for the same key is somebody else's save: a conflict, not a second report.
            await #expect(throws: StoreError.versionConflict(current: 1, updatedBy: "yanglao")) {
                try await store.saveReport(F.september(), planID: planID, expectedVersion: 0, by: "other", at: F.start)
            }
            var october = F.september()
            october.month = Self.september.next
            _ = try await store.saveReport(october, planID: planID, expectedVersion: 0, by: "yanglao", at: F.start)
            _ = try await store.saveReport(F.september("社会救助处"), planID: planID, expectedVersion: 0, by: "jiuzhu", at: F.start)
            let elsewhere = try await store.saveReport(F.september(), planID: other, expectedVersion: 0, by: "yanglao", at: F.start)

            #expect(elsewhere.id != first.id)
            #expect(try await store.reports(planID: planID).map { "\($0.month) \($0.unit)" } ==
                    ["2019-09 养老服务处", "2019-09 社会救助处", "2019-10 养老服务处"])
            #expect(try await store.reports(planID: other).map(\.id) == [elsewhere.id])
            // And an editor who names a version that is not stored at all cannot create one.
            await #expect(throws: StoreError.versionConflict(current: 0, updatedBy: nil)) {
                try await store.saveReport(F.september("区划地名处"), planID: planID, expectedVersion: 3, by: "x", at: F.start)
            }
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func reportsAreFilteredByMonthUnitAndState(kind: DatabaseKind) async throws {
        try await F.withPlan(kind) { store, planID, _ in
            var submitted = F.september("社会救助处")
            submitted.state = .submitted
            _ = try await store.saveReport(F.september(), planID: planID, expectedVersion: 0, by: "a", at: F.start)
            _ = try await store.saveReport(submitted, planID: planID, expectedVersion: 0, by: "b", at: F.start)
            var august = F.september()
            august.month = Self.september.previous
            august.state = .accepted
            _ = try await store.saveReport(august, planID: planID, expectedVersion: 0, by: "a", at: F.start)

            func keys(_ reports: [ProgressReport]) -> [String] { reports.map { "\($0.month) \($0.unit)" } }
            #expect(keys(try await store.reports(planID: planID, month: Self.september)) == ["2019-09 养老服务处", "2019-09 社会救助处"])
            #expect(keys(try await store.reports(planID: planID, unit: "养老服务处")) == ["2019-08 养老服务处", "2019-09 养老服务处"])
            #expect(keys(try await store.reports(planID: planID, states: [.submitted, .accepted])) ==
                    ["2019-08 养老服务处", "2019-09 社会救助处"])
            #expect(try await store.reports(planID: planID, month: Self.september, unit: "养老服务处", states: [.draft]).count == 1)
            #expect(try await store.reports(planID: planID, states: []).isEmpty)
            #expect(try await store.reports(planID: 999).isEmpty)
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func stateChangesAreAuditedAsSubmitAcceptAndReturn(kind: DatabaseKind) async throws {
        try await F.withPlan(kind) { store, planID, _ in
            var report = try await store.saveReport(F.september(), planID: planID, expectedVersion: 0, by: "yanglao", at: F.start)
            for (state, actor) in [(ProgressReport.State.submitted, "yanglao"), (.returned, "guihua"), (.returned, "guihua"),
                                   (.submitted, "yanglao"), (.accepted, "guihua")] {
                report.state = state
                report = try await store.saveReport(report, planID: planID, expectedVersion: report.version, by: actor, at: F.start)
            }

            let entries = try await store.auditEntries(planID: planID).filter { $0.entity == "report" }
            #expect(entries.reversed().map(\.action) ==
                    ["report.save", "report.submit", "report.return", "report.save", "report.submit", "report.accept"])
            #expect(entries.allSatisfy { $0.entityID == "\(report.id!)" && $0.planID == planID })
            #expect(entries.last?.before == nil)
            let accept = try #require(entries.first)
            #expect(accept.before?.contains(#""state":"submitted""#) == true)
            #expect(accept.after?.contains(#""state":"accepted""#) == true && accept.after?.contains(#""version":6"#) == true)
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func aReportForAnUnknownPlanIsRefused(kind: DatabaseKind) async throws {
        try await TestDatabase.withStore(kind) { store, _ in
            await #expect(throws: StoreError.notFound(entity: "plan", id: "5")) {
                try await store.saveReport(F.september(), planID: 5, expectedVersion: 0, by: "a", at: F.start)
            }
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func attachmentsAreKeptPerReportAndAudited(kind: DatabaseKind) async throws {
        try await F.withPlan(kind) { store, planID, _ in
            let report = try await store.saveReport(F.september(), planID: planID, expectedVersion: 0, by: "a", at: F.start)
            let first = NewAttachment(reportID: report.id!, project: 1, fileName: "进展照片.jpg", mediaType: "image/jpeg",
                                      size: 123_456, sha256: String(repeating: "ab", count: 32), storageName: "r4nd0m-1")
            var second = first
            (second.fileName, second.storageName, second.project) = ("台账.xlsx", "r4nd0m-2", 9)

            let a = try await store.addAttachment(first, by: "yanglao", at: F.at(minutes: 1))
            let b = try await store.addAttachment(second, by: "yanglao", at: F.at(minutes: 2))

            #expect(a == ReportAttachment(id: a.id, reportID: report.id!, project: 1, fileName: "进展照片.jpg",
                                          mediaType: "image/jpeg", size: 123_456, sha256: first.sha256,
                                          storageName: "r4nd0m-1", uploadedBy: "yanglao", uploadedAt: F.at(minutes: 1)))
            #expect(try await store.attachments(reportID: report.id!) == [a, b])
            #expect(try await store.attachment(id: b.id) == b)
            #expect(try await store.attachment(id: 999) == nil)
            #expect(try await store.attachments(reportID: 999).isEmpty)
            let entry = try #require(try await store.auditEntries().first)
            #expect(entry.action == "attachment.add" && entry.planID == planID && entry.project == 9 && entry.entityID == "\(b.id)")
            var orphan = first
            orphan.reportID = 999
            await #expect(throws: StoreError.notFound(entity: "report", id: "999")) {
                try await store.addAttachment(orphan, by: "yanglao", at: F.start)
            }
        }
    }
}
