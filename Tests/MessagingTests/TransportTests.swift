import AsyncHTTPClient
import Foundation
import NIOCore
import NIOPosix
import PlanStore
import ReformPlan
import Testing
@testable import Messaging

/// Each channel against a real receiver on loopback: aiosmtpd for mail, the
/// webhook receivers of scripts/receivers.py for the robots.
@Suite struct TransportTests {
    func message(_ channel: MessageChannel.Kind, key: String = "luoshi-" + UUID().uuidString.lowercased()) -> OutboxMessage {
        OutboxMessage(id: 1, key: key, kind: .reportDueSoon, recipient: .unit("养老服务处"), channelID: 1, channel: channel,
                      address: "", subject: "【报送提醒】2019年10月改革进展请于2019年10月25日前报送",
                      body: "养老服务处：10月改革进展报送截止日是2天后。", link: "/report?month=2019-10",
                      createdAt: Date(), state: .sending, attempts: 1, nextAttemptAt: Date())
    }

    /// Generous by default: a loaded CI machine runs a Python receiver slowly, and
    /// only the tests of hanging receivers need a deadline that passes.
    func transports(_ receivers: Receivers, timeout: TimeAmount = .seconds(30)) -> Transports {
        let smtp = SMTPSettings(host: "127.0.0.1", port: receivers.smtpPort, from: "guihua@example.gov.cn",
                                fromName: "市民政局规划发展处", security: .startTLS)
        return Transports(smtp: SMTPClient(settings: smtp, timeout: timeout),
                          webhooks: WebhookClient(http: HTTPClient.shared, timeout: timeout), publicURL: "http://luoshi.example/",
                          webhookHosts: ["127.0.0.1"])
    }

    @Test func aChineseMailArrivesWithItsSubjectBodyAndLink() async throws {
        let receivers = try Receivers()
        let channel = MessageChannel(id: 1, owner: .unit("养老服务处"), kind: .email, address: "yanglao@example.gov.cn")
        let sent = message(.email)

        // The receiver offers no STARTTLS, so the default (upgrade where offered) sends in clear.
        let outcome = await transports(receivers).send(sent, through: channel)

        #expect(outcome == .delivered)
        let mail = try #require(try await receivers.state().mail.first)
        #expect(mail.to == ["yanglao@example.gov.cn"])
        #expect(mail.subject == sent.subject)
        #expect(mail.raw_subject.hasPrefix("=?UTF-8?B?"))
        #expect(mail.body.contains(sent.body))
        #expect(mail.body.contains("http://luoshi.example/report?month=2019-10"))
        #expect(mail.id == "<\(sent.key)@luoshi>")
    }

    @Test func aMailServerThatRequiresTLSItDoesNotOfferIsRefusedNotSentInClear() async throws {
        let receivers = try Receivers()
        var transports = transports(receivers)
        transports.smtp?.settings.security = .requireStartTLS
        let channel = MessageChannel(id: 1, owner: .unit("养老服务处"), kind: .email, address: "yanglao@example.gov.cn")

        let outcome = await transports.send(message(.email), through: channel)

        guard case .refused(let reason) = outcome else { Issue.record("expected refused, got \(outcome)"); return }
        #expect(reason.contains("STARTTLS"))
        #expect(try await receivers.state().mail.isEmpty)
    }

    @Test func mailGoesOverSTARTTLSToAServerThatRequiresItAndAnUntrustedCertificateIsNotTrusted() async throws {
        let tls = try selfSignedCertificate()
        let receivers = try Receivers(tls: tls)
        let channel = MessageChannel(id: 1, owner: .unit("养老服务处"), kind: .email, address: "yanglao@example.gov.cn")
        func transports(trusting certificate: String?) -> Transports {
            let smtp = SMTPSettings(host: "localhost", port: receivers.smtpPort, from: "guihua@example.gov.cn",
                                    security: .requireStartTLS, trustedCertificates: certificate)
            return Transports(smtp: SMTPClient(settings: smtp, timeout: .seconds(30)), webhooks: WebhookClient(http: HTTPClient.shared),
                              publicURL: "http://x")
        }

        let trusted = await transports(trusting: tls.certificate).send(message(.email), through: channel)
        let untrusted = await transports(trusting: nil).send(message(.email), through: channel)

        #expect(trusted == .delivered)
        guard case .retry = untrusted else { Issue.record("an unverifiable certificate is not sent to: \(untrusted)"); return }
        #expect(try await receivers.state().mail.count == 1)
    }

    @Test func aPasswordIsNeverSentInClearUnlessTheSettingsSaySo() async throws {
        let receivers = try Receivers()
        var transports = transports(receivers)
        transports.smtp?.settings.username = "guihua@example.gov.cn"
        transports.smtp?.settings.password = "授权码"
        let channel = MessageChannel(id: 1, owner: .unit("养老服务处"), kind: .email, address: "yanglao@example.gov.cn")

        let outcome = await transports.send(message(.email), through: channel)

        guard case .refused(let reason) = outcome else { Issue.record("expected refused, got \(outcome)"); return }
        #expect(reason.contains("不能明文发送密码"))
        #expect(try await receivers.state().mail.isEmpty)
    }

    @Test func aWebhookOffTheRobotsHostsIsNeverPosted() async throws {
        let receivers = try Receivers()
        var transports = transports(receivers)
        transports.webhookHosts = []
        let inside = MessageChannel(id: 1, owner: .unit("养老服务处"), kind: .wecom, address: receivers.url("/ok/send?key=k"))

        let outcome = await transports.send(message(.wecom), through: inside)

        guard case .refused(let reason) = outcome else { Issue.record("expected refused, got \(outcome)"); return }
        #expect(reason.contains("不在允许之列"))
        #expect(try await receivers.state().webhooks.isEmpty)
    }

    @Test func aMailServerThatNeverGreetsIsCutOffAtTheDeadlineAndSaysSo() async throws {
        // A listener that accepts and never says a word: the conversation waits for a 220 that never comes.
        let silent = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .bind(host: "127.0.0.1", port: 0).get()
        defer { silent.close(promise: nil) }
        let port = try #require(silent.localAddress?.port)
        let smtp = SMTPSettings(host: "127.0.0.1", port: port, from: "guihua@example.gov.cn", security: .none)
        let client = SMTPClient(settings: smtp, timeout: .seconds(1))

        let outcome = await client.send(MailMessage(from: "guihua@example.gov.cn", to: "a@example.gov.cn", subject: "s", body: "b", messageID: "k", date: Date()))

        #expect(outcome == .retry("邮件服务器 127.0.0.1:\(port) 在 1 秒内未完成会话（超时）"))
    }

    @Test func aMailServerThatIsNotThereIsTriedAgain() async throws {
        let smtp = SMTPSettings(host: "127.0.0.1", port: 9, from: "guihua@example.gov.cn", security: .none)
        let transports = Transports(smtp: SMTPClient(settings: smtp, timeout: .seconds(3)),
                                    webhooks: WebhookClient(http: HTTPClient.shared), publicURL: "http://x")
        let channel = MessageChannel(id: 1, owner: .unit("养老服务处"), kind: .email, address: "a@example.gov.cn")

        let outcome = await transports.send(message(.email), through: channel)

        guard case .retry = outcome else { Issue.record("expected retry, got \(outcome)"); return }
    }

    @Test func aSignedDingTalkCallIsAcceptedAndAWrongSecretRefused() async throws {
        let receivers = try Receivers()
        let good = MessageChannel(id: 1, owner: .unit("养老服务处"), kind: .dingtalk,
                                  address: receivers.url("/dingtalk/SECright/robot/send?access_token=t"), secret: "SECright")
        var wrong = good
        wrong.secret = "SECwrong"

        let accepted = await transports(receivers).send(message(.dingtalk), through: good)
        let refused = await transports(receivers).send(message(.dingtalk), through: wrong)

        #expect(accepted == .delivered)
        guard case .refused(let reason) = refused else { Issue.record("expected refused, got \(refused)"); return }
        #expect(reason.contains("310000"))
        let hooks = try await receivers.state().webhooks
        #expect(hooks.count == 1)
        #expect(hooks.first?.signed == true)
        #expect(hooks.first?.text.contains(#""msgtype":"markdown""#) == true)
        #expect(hooks.first?.text.contains("http://luoshi.example/report?month=2019-10") == true)
    }

    @Test func aWeComRobotGetsMarkdownAndARetryIsPostedOnceByAReceiverThatDedupes() async throws {
        let receivers = try Receivers()
        let channel = MessageChannel(id: 1, owner: .unit("养老服务处"), kind: .wecom,
                                     address: receivers.url("/ok/cgi-bin/webhook/send?key=k"))
        let sent = message(.wecom)

        #expect(await transports(receivers).send(sent, through: channel) == .delivered)
        #expect(await transports(receivers).send(sent, through: channel) == .delivered)

        let state = try await receivers.state()
        #expect(state.webhooks.count == 1)
        #expect(state.duplicates == 1)
        #expect(state.webhooks.first?.key == sent.key)
    }

    @Test func aHangingRobotTimesOutAndA500IsTriedAgain() async throws {
        let receivers = try Receivers()
        let hanging = MessageChannel(id: 1, owner: .unit("养老服务处"), kind: .wecom, address: receivers.url("/hang/send?key=k"))
        let failing = MessageChannel(id: 2, owner: .unit("养老服务处"), kind: .wecom, address: receivers.url("/fail500/send?key=k"))

        let timedOut = await transports(receivers, timeout: .seconds(1)).send(message(.wecom), through: hanging)
        let failed = await transports(receivers).send(message(.wecom), through: failing)

        #expect(timedOut == .retry("企业微信：等待回答超时"))
        guard case .retry(let reason) = failed else { Issue.record("expected retry, got \(failed)"); return }
        #expect(reason.contains("HTTP 500"))
    }

    @Test func aRemovedOrDisabledChannelIsRefused() async throws {
        let transports = Transports(smtp: nil, webhooks: WebhookClient(http: HTTPClient.shared), publicURL: "http://x")
        var disabled = MessageChannel(id: 1, owner: .unit("养老服务处"), kind: .email, address: "a@b.cn")
        disabled.enabled = false

        #expect(await transports.send(message(.email), through: nil) == .refused("消息通道已被删除"))
        #expect(await transports.send(message(.email), through: disabled) == .refused("消息通道已停用"))
    }
}
