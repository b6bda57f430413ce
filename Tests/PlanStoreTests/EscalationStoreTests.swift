import Foundation
import ReformPlan
import Testing
@testable import PlanStore

/// The ladder's records on both databases: a record and its message to the
/// unit in one transaction, a referral's result given once, and the rules kept
/// as a setting.
@Suite struct EscalationStoreTests {
    typealias F = WebFixture

    static func record(_ planID: Int, _ step: EscalationRecord.Step = .pressed, unit: String = "养老服务处") -> EscalationRecord {
        EscalationRecord(planID: planID, unit: unit, step: step, day: Day(year: 2019, month: 9, day: 30),
                         summary: "9月进展逾期未报", by: step == .referral ? "机关纪委" : "规划发展处",
                         outcome: step == .interview ? "承诺10月8日前补报" : nil, recordedBy: "guihua", recordedAt: F.start)
    }

    @Test(arguments: DatabaseKind.underTest)
    func aRecordReadsBackAndTellsTheUnitInTheSameTransaction(kind: DatabaseKind) async throws {
        try await F.withPlan(kind) { store, planID, _ in
            _ = try await store.saveChannel(MessageChannel(owner: .unit("养老服务处"), kind: .email, address: "yanglao@example.gov.cn"),
                                        by: "guihua", at: F.start)

            let pressed = try await store.recordEscalation(Self.record(planID))
            let twice = try await store.recordEscalation(Self.record(planID))
            let interview = try await store.recordEscalation(Self.record(planID, .interview))
            #expect(twice == pressed, "the same record sent twice is kept once")
            try await store.recordEscalation(Self.record(planID, unit: "社会救助处"))

            #expect(pressed.id != nil && pressed.version == 1)
            #expect(try await store.escalationRecords(planID: planID, unit: "养老服务处") == [pressed, interview])
            #expect(try await store.escalationRecords(planID: planID).count == 3)
            #expect(try await store.escalationRecord(id: interview.id!)?.outcome == "承诺10月8日前补报")
            let mail = try await store.outboxMessages(recipients: [.unit("养老服务处")])
            #expect(mail.map(\.kind).sorted { $0.rawValue < $1.rawValue } == [.interviewed, .pressed], "and the unit told once")
            #expect(mail.allSatisfy { $0.channel == .email && $0.address == "yanglao@example.gov.cn" })
            let entry = try #require(try await store.auditEntries().first { $0.action == "escalation.interview" })
            #expect(entry.entityID == "\(interview.id!)" && entry.after?.contains("承诺10月8日前补报") == true)
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func aReferralsResultIsGivenOnceAtTheVersionShown(kind: DatabaseKind) async throws {
        try await F.withPlan(kind) { store, planID, _ in
            let referral = try await store.recordEscalation(Self.record(planID, .referral))
            let pressed = try await store.recordEscalation(Self.record(planID))

            await #expect(throws: StoreError.versionConflict(current: 1, updatedBy: "guihua")) {
                try await store.recordReferralResult(id: referral.id!, expectedVersion: 0, held: true, outcome: "通报批评", by: "guihua", at: F.start)
            }
            let decided = try await store.recordReferralResult(id: referral.id!, expectedVersion: 1, held: true, outcome: "通报批评",
                                                               by: "guihua", at: F.start)
            #expect(decided.held == true && decided.outcome == "通报批评" && decided.version == 2)
            #expect(try await store.escalationRecord(id: referral.id!) == decided)
            await #expect(throws: StoreError.stateConflict(entity: "escalation", id: "\(referral.id!)", current: "decided")) {
                try await store.recordReferralResult(id: referral.id!, expectedVersion: 2, held: false, outcome: "改判", by: "guihua", at: F.start)
            }
            await #expect(throws: StoreError.stateConflict(entity: "escalation", id: "\(pressed.id!)", current: "pressed")) {
                try await store.recordReferralResult(id: pressed.id!, expectedVersion: 1, held: true, outcome: "x", by: "guihua", at: F.start)
            }
            await #expect(throws: StoreError.notFound(entity: "escalation", id: "999")) {
                try await store.recordReferralResult(id: 999, expectedVersion: 1, held: true, outcome: "x", by: "guihua", at: F.start)
            }
            #expect(try await store.escalationRecord(id: referral.id!)?.outcome == "通报批评", "the refused changes left it as decided")
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func aRecordForAPlanTheStoreDoesNotHaveIsRefusedAndNothingIsKept(kind: DatabaseKind) async throws {
        try await F.withPlan(kind) { store, planID, _ async throws in
            await #expect(throws: StoreError.notFound(entity: "plan", id: "999")) {
                try await store.recordEscalation(Self.record(999))
            }
            #expect(try await store.escalationRecords(planID: planID).isEmpty)
            #expect(try await store.outboxMessages().isEmpty, "no message for a record that was not kept")
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func theRulesAreKeptAsASettingAndTheDefaultsStandUntilThen(kind: DatabaseKind) async throws {
        try await F.withPlan(kind) { store, _, _ in
            #expect(try await store.escalationRules() == EscalationRules())
            var rules = EscalationRules()
            rules.pressAfterDays = 2
            rules.interviewAfterBulletins = 3

            try await store.setEscalationRules(rules, by: "guihua", at: F.start)

            #expect(try await store.escalationRules() == rules)
            #expect(try await store.auditEntries().contains { $0.action.hasPrefix("setting") && $0.entityID == EscalationRules.settingKey })
        }
    }
}
