import AsyncHTTPClient
import Foundation
import NIOCore
import PlanStore
import ReformPlan

/// Sends one outbox message through its channel: e-mail through the
/// configured server, robots by their webhooks. The channel's secret is read
/// here, at delivery, from the channel itself.
public struct Transports: Sendable {
    public var smtp: SMTPClient?
    public var webhooks: WebhookClient
    /// The server's address as people reach it, put in front of each message's link.
    public var publicURL: String
    /// The clock DingTalk's signature is stamped with.
    public var now: @Sendable () -> Date
    /// Hosts besides the robots' own that a webhook may be posted to (LUOSHI_WEBHOOK_HOSTS).
    public var webhookHosts: Set<String>

    public init(smtp: SMTPClient?, webhooks: WebhookClient, publicURL: String, webhookHosts: Set<String> = [],
                now: @escaping @Sendable () -> Date = { Date() }) {
        self.smtp = smtp
        self.webhookHosts = webhookHosts
        self.webhooks = webhooks
        self.publicURL = publicURL.hasSuffix("/") ? String(publicURL.dropLast()) : publicURL
        self.now = now
    }

    public func send(_ message: OutboxMessage, through channel: MessageChannel?) async -> DeliveryOutcome {
        guard let channel, channel.enabled else {
            return .refused(channel == nil ? "消息通道已被删除" : "消息通道已停用")
        }
        let url = publicURL + message.link
        // Checked again here, not only when the channel was kept: the allowed hosts may have changed since.
        if channel.kind != .email, !MessageChannel.mayPost(to: channel.address, kind: channel.kind, extraHosts: webhookHosts) {
            return .refused("地址的主机不在允许之列：\(channel.shownAddress)")
        }
        switch channel.kind {
        case .email:
            // The worker claims no e-mail without a mail server; this is for a direct caller.
            guard let smtp else { return .retry("未设置邮件服务器（LUOSHI_SMTP_URL）") }
            let body = message.body + "\n\n请登录落实查看：\(url)\n\n（本邮件由落实系统自动发送，请勿直接回复。）"
            return await smtp.send(MailMessage(from: smtp.settings.from, fromName: smtp.settings.fromName, to: channel.address,
                                               subject: message.subject, body: body, messageID: message.key, date: now()))
        case .dingtalk:
            var webhook = channel.address
            if let secret = channel.secret, !secret.isEmpty {
                webhook = DingTalkSigning.signedURL(webhook, secret: secret, timestamp: Int64(now().timeIntervalSince1970 * 1000))
            }
            return await webhooks.post(RobotMessage.dingTalk(subject: message.subject, body: message.body, url: url),
                                       to: webhook, key: message.key, service: "钉钉")
        case .wecom:
            return await webhooks.post(RobotMessage.weCom(subject: message.subject, body: message.body, url: url),
                                       to: channel.address, key: message.key, service: "企业微信")
        }
    }
}
