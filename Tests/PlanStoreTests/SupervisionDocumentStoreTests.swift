import Foundation
import ReformPlan
import Testing
@testable import PlanStore

/// Bulletins and summaries as the store keeps them: one draft per period,
/// edits guarded by version, issuing under the next number of the year with
/// the files frozen, and read receipts. On SQLite and PostgreSQL.
@Suite struct SupervisionDocumentStoreTests {
    typealias F = WebFixture

    static func draft(_ planID: Int, period: String = "2019-09") -> SupervisionDocument {
        SupervisionDocument(planID: planID, kind: .bulletin, period: period, title: "关于2019年9月改革工作进展情况的通报",
                            facts: #"{"month":"\#(period)"}"#, narrative: #"{"opening":"现通报如下"}"#)
    }

    static func files(_ number: String) -> PlanStore.IssuedFiles {
        // Bytes that are not text, with a zero inside, as a ZIP has.
        PlanStore.IssuedFiles(text: #"{"number":"\#(number)"}"#, docx: Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0xFF]) + Data(number.utf8),
                              xlsx: Data([0x50, 0x4B, 0x00]))
    }

    @Test(arguments: DatabaseKind.underTest)
    func aDraftIsEditedUnderItsVersionThenIssuedUnderTheNextNumberAndFrozen(kind: DatabaseKind) async throws {
        try await TestDatabase.withStore(kind) { store, _ in
            let planID = try await store.load(SamplePlan.make(), by: "test", at: F.start).planID
            var draft = try await store.saveDocumentDraft(Self.draft(planID), expectedVersion: 0, by: "guihua", at: F.start)
            let id = try #require(draft.id)
            await #expect(throws: StoreError.stateConflict(entity: "document", id: String(id), current: "draft")) {
                try await store.saveDocumentDraft(Self.draft(planID), expectedVersion: 0, by: "guihua", at: F.start)
            }
            draft.narrative = #"{"opening":"改过的开头"}"#
            draft = try await store.saveDocumentDraft(draft, expectedVersion: 1, by: "guihua", at: F.at(minutes: 1))
            await #expect(throws: StoreError.versionConflict(current: 2, updatedBy: "guihua")) {
                try await store.saveDocumentDraft(draft, expectedVersion: 1, by: "other", at: F.at(minutes: 2))
            }
            #expect(try await store.documentFile(id: id, docx: true) == nil, "a draft has no file")

            let issued = try await store.issueDocument(id: id, expectedVersion: 2, pattern: "武民改办通报〔{年}〕{号}号",
                                                       issuedOn: Day(year: 2019, month: 10, day: 8), by: "guihua",
                                                       at: F.at(minutes: 3), render: Self.files)
            #expect(issued.number == "武民改办通报〔2019〕1号" && issued.serial == 1 && issued.state == .issued)
            let read = try #require(try await store.supervisionDocument(id: id))
            #expect(read.narrative == #"{"opening":"改过的开头"}"# && read.issuedOn == Day(year: 2019, month: 10, day: 8))
            #expect(read.issuedText == #"{"number":"武民改办通报〔2019〕1号"}"#)
            #expect(try await store.documentFile(id: id, docx: true) == Self.files("武民改办通报〔2019〕1号").docx)
            #expect(try await store.documentFile(id: id, docx: false) == Data([0x50, 0x4B, 0x00]))

            // Frozen: neither edited nor issued again nor thrown away.
            await #expect(throws: StoreError.stateConflict(entity: "document", id: String(id), current: "issued")) {
                try await store.saveDocumentDraft(read, expectedVersion: read.version, by: "guihua", at: F.at(minutes: 4))
            }
            await #expect(throws: StoreError.stateConflict(entity: "document", id: String(id), current: "issued")) {
                try await store.issueDocument(id: id, expectedVersion: read.version, pattern: "{年}{号}",
                                              issuedOn: Day(year: 2019, month: 10, day: 9), by: "guihua", at: F.at(minutes: 4),
                                              render: Self.files)
            }
            await #expect(throws: StoreError.stateConflict(entity: "document", id: String(id), current: "issued")) {
                try await store.deleteDocumentDraft(id: id, by: "guihua", at: F.at(minutes: 4))
            }
            let actions = try await store.auditEntries().filter { $0.entity == "document" }.map(\.action)
            #expect(actions == ["document.issue", "document.edit", "document.draft"])
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func serialsCountPerKindAndYearAndAFailedRenderIssuesNothing(kind: DatabaseKind) async throws {
        try await TestDatabase.withStore(kind) { store, _ in
            let planID = try await store.load(SamplePlan.make(), by: "test", at: F.start).planID
            var numbers: [String?] = []
            for (period, day) in [("2019-10", Day(year: 2019, month: 11, day: 5)), ("2019-11", Day(year: 2019, month: 12, day: 5)),
                                  ("2019-12", Day(year: 2020, month: 1, day: 6))] {
                let draft = try await store.saveDocumentDraft(Self.draft(planID, period: period), expectedVersion: 0,
                                                              by: "guihua", at: F.start)
                numbers.append(try await store.issueDocument(id: draft.id!, expectedVersion: 1, pattern: "通报〔{年}〕{号}号",
                                                             issuedOn: day, by: "guihua", at: F.start, render: Self.files).number)
            }
            #expect(numbers == ["通报〔2019〕1号", "通报〔2019〕2号", "通报〔2020〕1号"], "the year of issue numbers it")

            struct Broken: Error {}
            let draft = try await store.saveDocumentDraft(Self.draft(planID, period: "2020-01"), expectedVersion: 0,
                                                          by: "guihua", at: F.start)
            await #expect(throws: Broken.self) {
                try await store.issueDocument(id: draft.id!, expectedVersion: 1, pattern: "通报〔{年}〕{号}号",
                                              issuedOn: Day(year: 2020, month: 2, day: 3), by: "guihua", at: F.start) { _ in throw Broken() }
            }
            let still = try #require(try await store.supervisionDocument(id: draft.id!))
            #expect(still.state == .draft && still.number == nil)
            let listed = try await store.supervisionDocuments(planID: planID, kind: .bulletin)
            #expect(listed.map(\.period) == ["2020-01", "2019-12", "2019-11", "2019-10"])
            #expect(try await store.supervisionDocuments(planID: planID, kind: .halfYear).isEmpty)
            try await store.deleteDocumentDraft(id: draft.id!, by: "guihua", at: F.start)
            #expect(try await store.supervisionDocument(id: draft.id!) == nil)
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func aReportsFirstSendingIsKeptWhenItIsReturnedAndSentAgain(kind: DatabaseKind) async throws {
        try await TestDatabase.withStore(kind) { store, _ in
            let planID = try await store.load(SamplePlan.make(), by: "test", at: F.start).planID
            var report = ProgressReport(unit: "养老服务处", month: ReportMonth(year: 2019, month: 9),
                                        sections: [ProjectProgress(project: 1, completion: 50, progress: "x")])
            report = try await store.saveReport(report, planID: planID, expectedVersion: 0, by: "yanglao", at: F.start)
            for (state, minutes) in [(ProgressReport.State.submitted, 1.0), (.returned, 2.0), (.submitted, 3.0)] {
                report.state = state
                if state == .submitted { report.submittedAt = F.at(minutes: minutes) }
                report = try await store.saveReport(report, planID: planID, expectedVersion: report.version, by: "yanglao",
                                                    at: F.at(minutes: minutes))
            }
            #expect(report.submittedAt == F.at(minutes: 3))
            #expect(report.firstSubmittedAt == F.at(minutes: 1) && report.sentAt == F.at(minutes: 1))
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func theFirstReadingOfEachAccountIsKept(kind: DatabaseKind) async throws {
        try await TestDatabase.withStore(kind) { store, _ in
            let planID = try await store.load(SamplePlan.make(), by: "test", at: F.start).planID
            let draft = try await store.saveDocumentDraft(Self.draft(planID), expectedVersion: 0, by: "guihua", at: F.start)
            let id = try #require(draft.id)
            #expect(try await store.markRead(documentID: id, login: "yanglao", unit: "养老服务处", at: F.at(minutes: 1)))
            #expect(try await store.markRead(documentID: id, login: "yanglao", unit: "养老服务处", at: F.at(minutes: 5)) == false)
            #expect(try await store.markRead(documentID: id, login: "jiuzhu", unit: "社会救助处", at: F.at(minutes: 2)))
            let receipts = try await store.receipts(documentID: id)
            #expect(receipts.map(\.login) == ["yanglao", "jiuzhu"])
            #expect(receipts.first?.readAt == F.at(minutes: 1))
        }
    }
}
