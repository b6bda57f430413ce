import Foundation
import ReformPlan
import Testing
@testable import PlanStore

/// Supervision notices: serials per plan and year, filters, and updates that
/// leave their before and after in the audit log.
@Suite struct NoticeTests {
    typealias F = WebFixture

    @Test(arguments: DatabaseKind.underTest)
    func serialsCountFromOneInEachPlanAndYear(kind: DatabaseKind) async throws {
        try await F.withPlan(kind) { store, planID, _ in
            let other = try await store.load(SamplePlan.make(title: "2019年区级改革方案"), by: "规划发展处", at: F.start).planID
            var numbers: [String] = []
            for (plan, year) in [(planID, 2019), (planID, 2019), (other, 2019), (planID, 2020), (planID, 2019)] {
                numbers.append(try await store.issueNotice(F.notice(year: year), planID: plan, by: "guihua", at: F.start).number)
            }

            #expect(numbers == ["督办〔2019〕1号", "督办〔2019〕2号", "督办〔2019〕1号", "督办〔2020〕1号", "督办〔2019〕3号"])
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func anIssuedNoticeReadsBackEqual(kind: DatabaseKind) async throws {
        try await F.withPlan(kind) { store, planID, _ in
            var whole = F.notice(project: 7)
            whole.phase = nil

            let issued = try await store.issueNotice(F.notice(), planID: planID, by: "guihua", at: F.start)
            let second = try await store.issueNotice(whole, planID: planID, by: "guihua", at: F.start)

            var expected = F.notice()
            (expected.id, expected.serial) = (issued.id, 1)
            #expect(issued == expected)
            #expect(second.phase == nil && second.serial == 2)
            let stored = try await store.notice(id: issued.id!)
            #expect(stored?.planID == planID && stored?.notice == expected)
            #expect(try await store.notice(id: 999) == nil)
            let entry = try #require(try await store.auditEntries().dropFirst().first)
            #expect(entry.action == "notice.issue" && entry.entity == "notice" && entry.entityID == "\(issued.id!)")
            #expect(entry.planID == planID && entry.project == 1 && entry.before == nil)
            #expect(entry.after?.contains(#""replyDue":"2019-09-20""#) == true)
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func noticesAreFilteredByUnitProjectAndOpenness(kind: DatabaseKind) async throws {
        try await F.withPlan(kind) { store, planID, _ in
            let a = try await store.issueNotice(F.notice(), planID: planID, by: "guihua", at: F.start)
            let b = try await store.issueNotice(F.notice(unit: "社会救助处", project: 2), planID: planID, by: "guihua", at: F.start)
            var c = try await store.issueNotice(F.notice(project: 9), planID: planID, by: "guihua", at: F.start)
            c.state = .closed
            c.closingNote = "已整改"
            try await store.updateNotice(c, by: "guihua", at: F.start)

            #expect(try await store.notices(planID: planID).map(\.serial) == [1, 2, 3])
            #expect(try await store.notices(planID: planID, unit: "养老服务处").map(\.id) == [a.id, c.id])
            #expect(try await store.notices(planID: planID, project: 2).map(\.id) == [b.id])
            #expect(try await store.notices(planID: planID, openOnly: true).map(\.id) == [a.id, b.id])
            #expect(try await store.notices(planID: planID, unit: "养老服务处", project: 9, openOnly: true).isEmpty)
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func eachStepOfANoticeIsStoredAndAuditedWithBeforeAndAfter(kind: DatabaseKind) async throws {
        try await F.withPlan(kind) { store, planID, _ in
            var notice = try await store.issueNotice(F.notice(), planID: planID, by: "guihua", at: F.start)
            let serial = notice.serial
            notice.serial = 99   // not the caller's to change
            notice.state = .signed
            (notice.signedBy, notice.signedAt) = ("yanglao", F.at(minutes: 1))
            try await store.updateNotice(notice, expectedState: .issued, by: "yanglao", at: F.at(minutes: 1))
            notice.state = .replied
            (notice.reply, notice.repliedBy, notice.repliedAt) = ("已完成整改", "yanglao", F.at(minutes: 2))
            try await store.updateNotice(notice, by: "yanglao", at: F.at(minutes: 2))
            notice.state = .escalated
            notice.escalatedTo = "副局长王副"
            try await store.updateNotice(notice, by: "guihua", at: F.at(minutes: 3))
            notice.state = .closed
            notice.closingNote = "办结"
            try await store.updateNotice(notice, by: "guihua", at: F.at(minutes: 4))

            var expected = notice
            expected.serial = serial
            #expect(try await store.notice(id: notice.id!)?.notice == expected)
            let entries = try await store.auditEntries(planID: planID, project: 1)
            #expect(entries.map(\.action) == ["notice.close", "notice.escalate", "notice.reply", "notice.sign", "notice.issue"])
            #expect(entries[3].before?.contains(#""state":"issued""#) == true)
            #expect(entries[3].after?.contains(#""signedBy":"yanglao""#) == true)
            #expect(entries[0].actor == "guihua" && entries[0].at == F.at(minutes: 4))
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func anUpdateFromAStaleStateOrOfAnUnknownNoticeIsRefused(kind: DatabaseKind) async throws {
        try await F.withPlan(kind) { store, planID, _ in
            var notice = try await store.issueNotice(F.notice(), planID: planID, by: "guihua", at: F.start)
            var signed = notice
            signed.state = .signed
            try await store.updateNotice(signed, by: "yanglao", at: F.start)
            notice.state = .closed

            await #expect(throws: StoreError.stateConflict(entity: "notice", id: "\(notice.id!)", current: "signed")) {
                try await store.updateNotice(notice, expectedState: .issued, by: "guihua", at: F.start)
            }
            #expect(try await store.notice(id: notice.id!)?.notice.state == .signed)
            notice.id = 999
            await #expect(throws: StoreError.notFound(entity: "notice", id: "999")) {
                try await store.updateNotice(notice, by: "guihua", at: F.start)
            }
            await #expect(throws: StoreError.notFound(entity: "plan", id: "999")) {
                try await store.issueNotice(F.notice(), planID: 999, by: "guihua", at: F.start)
            }
        }
    }

    /// Two instances issuing at once on one database: every notice gets its own serial.
    @Test(arguments: DatabaseKind.underTest)
    func concurrentIssuesFromTwoInstancesGetDistinctSerials(kind: DatabaseKind) async throws {
        try await F.withPlan(kind) { store, planID, location in
            let second = try await PlanStore.open(location)
            do {
                let serials = try await withThrowingTaskGroup(of: Int.self) { group in
                    for i in 0..<16 {
                        let instance = i % 2 == 0 ? store : second
                        group.addTask { try await instance.issueNotice(F.notice(), planID: planID, by: "guihua", at: F.start).serial }
                    }
                    return try await group.reduce(into: []) { $0.append($1) }
                }
                #expect(serials.sorted() == Array(1...16))
                #expect(try await store.verifyAuditLog() == AuditVerification(entries: 16))
                try await second.close()
            } catch {
                try? await second.close()
                throw error
            }
        }
    }
}
