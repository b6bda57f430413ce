import AsyncHTTPClient
import Foundation
import Logging
import PlanStore
import ReformPlan
import StoreTestSupport
import Testing
@testable import Messaging

/// The outbox on both databases: written with the event or not at all, claimed
/// by one worker at a time, tried again after a failure, dead after the last try.
@Suite struct OutboxTests {
    static let plan = Plan(notice: Notice(title: "2019年改革工作实施方案", year: 2019, issuer: "武汉市民政局"), projects: [
        Project(number: 1, title: "养老服务改革", responsibility: Responsibility(responsibleUnits: ["养老服务处"])),
        Project(number: 2, title: "区划地名改革", responsibility: Responsibility(responsibleUnits: ["区划地名处"])),
    ])

    static func notice(_ unit: String, project: Int) -> SupervisionNotice {
        SupervisionNotice(year: 2019, serial: 0, unit: unit, project: project, reason: "进度滞后", replyDue: Day(year: 2019, month: 10, day: 8),
                          issuedBy: "guihua", issuedOn: Day(year: 2019, month: 9, day: 30))
    }

    static func prepared(_ store: PlanStore) async throws -> Int {
        let planID = try await store.load(plan, by: "test", at: Date()).planID
        _ = try await store.createAccount(Account(login: "yanglao", displayName: "养老", role: .reporter, unit: "养老服务处"),
                                          passwordHash: "x", by: "test", at: Date())
        return planID
    }

    @Test(arguments: DatabaseKind.underTest)
    func aNoticeIssuedWritesAMessageForEveryChannelOfTheUnitAndItsAccounts(_ kind: DatabaseKind) async throws {
        try await TestDatabase.withStore(kind) { store, _ in
            let planID = try await Self.prepared(store)
            try await store.saveChannel(MessageChannel(owner: .unit("养老服务处"), kind: .email, address: "office@example.gov.cn"), by: "t", at: Date())
            try await store.saveChannel(MessageChannel(owner: .unit("养老服务处"), kind: .wecom,
                                                       address: "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k"), by: "t", at: Date())
            try await store.saveChannel(MessageChannel(owner: .account("yanglao"), kind: .email, address: "li@example.gov.cn"), by: "t", at: Date())
            var off = MessageChannel(owner: .unit("养老服务处"), kind: .email, address: "old@example.gov.cn")
            off.enabled = false
            try await store.saveChannel(off, by: "t", at: Date())

            let issued = try await store.issueNotice(Self.notice("养老服务处", project: 1), planID: planID, by: "guihua", at: Date())

            let messages = try await store.outboxMessages()
            #expect(Set(messages.map(\.address)) == ["office@example.gov.cn", "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k", "li@example.gov.cn"])
            #expect(messages.allSatisfy { $0.state == .pending && $0.kind == .noticeIssued && $0.link == "/notices/\(issued.id!)" })
            #expect(messages.allSatisfy { $0.subject == "【督办】督办〔2019〕1号 项目1“养老服务改革”" })
            #expect(Set(messages.map(\.key)).count == 3)
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func aUnitNoChannelReachesGetsOneDeadMessageSayingSo(_ kind: DatabaseKind) async throws {
        try await TestDatabase.withStore(kind) { store, _ in
            let planID = try await Self.prepared(store)

            _ = try await store.issueNotice(Self.notice("区划地名处", project: 2), planID: planID, by: "guihua", at: Date())

            let messages = try await store.outboxMessages()
            #expect(messages.count == 1)
            #expect(messages.first?.state == .dead)
            #expect(messages.first?.channel == nil)
            #expect(messages.first?.lastError?.contains("没有可用的消息通道") == true)
            // Once a channel is set up, sending it again goes to that channel.
            try await store.saveChannel(MessageChannel(owner: .unit("区划地名处"), kind: .email, address: "qh@example.gov.cn"), by: "t", at: Date())
            try await store.retryMessage(id: messages[0].id, by: "guihua", at: Date())
            let resent = try await store.outboxMessages(state: .pending)
            #expect(resent.map(\.address) == ["qh@example.gov.cn"])
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func aChangeThatFailsLeavesNoMessageBehind(_ kind: DatabaseKind) async throws {
        try await TestDatabase.withStore(kind) { store, _ in
            let planID = try await Self.prepared(store)
            try await store.saveChannel(MessageChannel(owner: .unit("养老服务处"), kind: .email, address: "office@example.gov.cn"), by: "t", at: Date())

            await #expect(throws: StoreError.self) {
                _ = try await store.issueNotice(Self.notice("养老服务处", project: 1), planID: planID + 99, by: "guihua", at: Date())
            }
            // Two changes committed together (group commit): the one that fails takes only its own message with it.
            async let good = store.issueNotice(Self.notice("养老服务处", project: 1), planID: planID, by: "guihua", at: Date())
            async let bad = store.issueNotice(Self.notice("养老服务处", project: 1), planID: planID + 99, by: "guihua", at: Date())
            _ = try await good
            _ = try? await bad

            #expect(try await store.outboxMessages().count == 1)
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func theWorkerDeliversRetriesWithBackoffAndGivesUpAfterTheLastTry(_ kind: DatabaseKind) async throws {
        let receivers = try Receivers()
        try await TestDatabase.withStore(kind) { store, _ in
            let planID = try await Self.prepared(store)
            let owner = Message.Recipient.unit("养老服务处")
            try await store.saveChannel(MessageChannel(owner: owner, kind: .email, address: "office@example.gov.cn"), by: "t", at: Date())
            try await store.saveChannel(MessageChannel(owner: owner, kind: .dingtalk, address: receivers.url("/dingtalk/SECk/robot/send?access_token=t"),
                                                       secret: "SECk"), by: "t", at: Date())
            try await store.saveChannel(MessageChannel(owner: owner, kind: .wecom, address: receivers.url("/flaky/1/send?key=a")), by: "t", at: Date())
            try await store.saveChannel(MessageChannel(owner: owner, kind: .wecom, address: receivers.url("/fail500/send?key=b")), by: "t", at: Date())
            _ = try await store.issueNotice(Self.notice("养老服务处", project: 1), planID: planID, by: "guihua", at: Date())
            let smtp = SMTPSettings(host: "127.0.0.1", port: receivers.smtpPort, from: "guihua@example.gov.cn", security: .none)
            let worker = DeliveryWorker(
                store: store,
                transports: Transports(smtp: SMTPClient(settings: smtp), webhooks: WebhookClient(http: HTTPClient.shared, timeout: .seconds(5)),
                                       publicURL: "http://luoshi.example", webhookHosts: ["127.0.0.1"]),
                settings: .init(batch: 8, lease: 60, backoff: Backoff(base: 0.05, cap: 0.2, attempts: 3)), logger: Logger(label: "test"))

            // Rounds until nothing is due any more (the backoff is 50 ms, doubling, three tries).
            for _ in 0..<40 where try await store.outboxCounts()[.pending] ?? 0 > 0 {
                try await worker.deliverDue()
                try await _Concurrency.Task.sleep(for: .milliseconds(60))
            }

            let messages = try await store.outboxMessages()
            let byAddress = Dictionary(uniqueKeysWithValues: messages.map { ($0.address, $0) })
            #expect(byAddress["office@example.gov.cn"]?.state == .sent)
            #expect(byAddress[receivers.url("/dingtalk/SECk/robot/send?access_token=t")]?.state == .sent)
            let flaky = try #require(byAddress[receivers.url("/flaky/1/send?key=a")])
            #expect(flaky.state == .sent && flaky.attempts == 2)
            let failing = try #require(byAddress[receivers.url("/fail500/send?key=b")])
            #expect(failing.state == .dead && failing.attempts == 3)
            #expect(failing.lastError?.contains("第3次仍未成功，不再重试") == true)
            let state = try await receivers.state()
            #expect(state.mail.count == 1 && state.webhooks.count == 2 && state.failures == 4)

            // Sent again by hand, it starts over with its key unchanged.
            try await store.retryMessage(id: failing.id, by: "guihua", at: Date())
            let again = try #require(try await store.outboxMessage(id: failing.id))
            #expect(again.state == .pending && again.attempts == 0 && again.key == failing.key)
            await #expect(throws: StoreError.self) { try await store.retryMessage(id: flaky.id, by: "guihua", at: Date()) }
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func twoInstancesNeverClaimTheSameMessage(_ kind: DatabaseKind) async throws {
        try await TestDatabase.withStore(kind) { store, location in
            _ = try await Self.prepared(store)
            try await store.saveChannel(MessageChannel(owner: .unit("养老服务处"), kind: .email, address: "office@example.gov.cn"), by: "t", at: Date())
            for _ in 0..<60 { try await store.sendTestMessage(to: .unit("养老服务处"), by: "guihua", at: Date()) }
            let other = try await PlanStore.open(location)

            func drain(_ store: PlanStore, _ worker: String) async throws -> [Int64] {
                var claimed: [Int64] = []
                while true {
                    let batch = try await store.claimMessages(limit: 3, worker: worker, now: Date(), lease: 60)
                    if batch.isEmpty { return claimed }
                    claimed += batch.map(\.id)
                }
            }
            async let first = drain(store, "a")
            async let second = drain(other, "b")
            let (a, b) = try await (first, second)
            try await other.close()

            #expect(Set(a).isDisjoint(with: b))
            #expect(a.count + b.count == 60)
            #expect(Set(a + b).count == 60)
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func aMessageWhoseSenderDiedIsClaimedAgainWhenItsLeaseRunsOut(_ kind: DatabaseKind) async throws {
        try await TestDatabase.withStore(kind) { store, _ in
            _ = try await Self.prepared(store)
            try await store.saveChannel(MessageChannel(owner: .unit("养老服务处"), kind: .email, address: "office@example.gov.cn"), by: "t", at: Date())
            try await store.sendTestMessage(to: .unit("养老服务处"), by: "guihua", at: Date())
            let now = Date()

            let first = try await store.claimMessages(limit: 5, worker: "dead", now: now, lease: 30)
            let whileLeased = try await store.claimMessages(limit: 5, worker: "alive", now: now.addingTimeInterval(29), lease: 30)
            let afterLease = try await store.claimMessages(limit: 5, worker: "alive", now: now.addingTimeInterval(31), lease: 30)

            #expect(first.count == 1 && whileLeased.isEmpty && afterLease.map(\.id) == first.map(\.id))
            #expect(afterLease.first?.attempts == 2)
            // The worker that lost its claim can no longer say how it went.
            #expect(try await store.markSent(first[0].id, worker: "dead", at: Date()) == false)
            #expect(try await store.markSent(first[0].id, worker: "alive", at: Date()) == true)
            #expect(try await store.outboxMessage(id: first[0].id)?.state == .sent)
        }
    }

    @Test(arguments: DatabaseKind.underTest)
    func aReminderIsSentOnceHoweverOftenTheRulesAreLookedAt(_ kind: DatabaseKind) async throws {
        try await TestDatabase.withStore(kind) { store, location in
            let planID = try await Self.prepared(store)
            let today = Day(year: 2019, month: 10, day: 23)
            let owed = Reminders.reports(units: Self.plan.reportingUnits, reports: [], today: today, planYear: 2019)
            let other = try await PlanStore.open(location)

            async let a = store.sendReminders(owed, planID: planID, today: today, by: "a", at: Date())
            async let b = other.sendReminders(owed, planID: planID, today: today, by: "b", at: Date())
            let (sentA, sentB) = try await (a, b)
            let later = try await store.sendReminders(owed, planID: planID, today: today.adding(days: 1), by: "a", at: Date())
            try await other.close()

            // Each unit owes September's report (overdue) and October's (due in two days).
            #expect(owed.count == 4)
            #expect(sentA.count + sentB.count == 4)
            #expect(Set((sentA + sentB).map(\.key)) == Set(owed.map(\.key)))
            #expect(later.isEmpty)
            #expect(try await store.outboxMessages().count == 4)
            #expect(try await store.remindersSent(planID: planID).map(\.key).sorted() == owed.map(\.key).sorted())
        }
    }
}
