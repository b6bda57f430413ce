import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import NIOSSL

/// Submits one message to the configured mail server over SwiftNIO: greeting,
/// EHLO, STARTTLS where offered (or TLS from the first byte), AUTH PLAIN or
/// LOGIN, MAIL FROM, RCPT TO, DATA, QUIT. No SMTP library is available here,
/// and submission needs only this much of the protocol.
public struct SMTPClient: Sendable {
    public var settings: SMTPSettings {
        didSet { (tls, tlsProblem) = Self.makeTLSContext(settings) }
    }
    /// The whole conversation's limit (connecting takes at most as long again); a server that hangs is cut off at it.
    public var timeout: TimeAmount
    /// Made once: loading the trust store is file I/O, not for every message.
    var tls: NIOSSLContext?
    var tlsProblem: String?

    public init(settings: SMTPSettings, timeout: TimeAmount = .seconds(30)) {
        self.settings = settings
        self.timeout = timeout
        (tls, tlsProblem) = Self.makeTLSContext(settings)
    }

    /// 4xx replies and broken connections may pass (retry); 5xx replies will not (refused).
    public func send(_ message: MailMessage) async -> DeliveryOutcome {
        let timedOut = NIOLockedValueBox(false)
        do {
            try await converse(message, timedOut: timedOut)
            return .delivered
        } catch {
            // The deadline closes the channel, and what fails then is a closed channel or an
            // ended reply ("I/O on closed channel", "连接已被服务器关闭"): say what happened.
            if timedOut.withLockedValue({ $0 }) {
                return .retry("邮件服务器 \(settings.host):\(settings.port) 在 \(timeout.nanoseconds / 1_000_000_000) 秒内未完成会话（超时）")
            }
            if let error = error as? SMTPReplyError {
                return error.code >= 500 ? .refused(error.description) : .retry(error.description)
            }
            return .retry("邮件服务器 \(settings.host):\(settings.port)：\(error)")
        }
    }

    func converse(_ message: MailMessage, timedOut: NIOLockedValueBox<Bool>) async throws {
        if settings.security != .none, let tlsProblem { throw SMTPReplyError(code: 0, step: "TLS", text: tlsProblem) }
        let tls = settings.security == .none ? nil : self.tls
        let settings = settings
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connectTimeout(min(timeout, .seconds(10)))
            .connect(host: settings.host, port: settings.port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    if settings.security == .implicitTLS, let tls {
                        try channel.pipeline.syncOperations.addHandler(
                            try NIOSSLClientHandler(context: tls, serverHostname: Self.sniName(settings.host)))
                    }
                    return try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        // A server that stops answering: the channel is closed under the conversation, which then fails.
        let deadline = channel.channel.eventLoop.scheduleTask(in: timeout) {
            timedOut.withLockedValue { $0 = true }
            channel.channel.close(promise: nil)
        }
        defer { deadline.cancel() }
        try await channel.executeThenClose { inbound, outbound in
            var session = SMTPSession(inbound: inbound.makeAsyncIterator(), outbound: outbound)
            try await session.expect(220, after: nil)
            var capabilities = try await session.hello(settings.heloName)
            var encrypted = settings.security == .implicitTLS
            let offersTLS = SMTPSession.offers("STARTTLS", in: capabilities)
            if settings.security == .requireStartTLS && !offersTLS {
                throw SMTPReplyError(code: 530, step: "STARTTLS", text: "服务器不支持 STARTTLS，而设置要求加密")
            }
            if (settings.security == .startTLS || settings.security == .requireStartTLS) && offersTLS, let tls {
                try await session.expect(220, after: "STARTTLS")
                // Bytes that came after the 220 came in clear: taking them as if encrypted would let anyone on the way in.
                guard session.pending.readableBytes == 0 else {
                    throw SMTPReplyError(code: 0, step: "STARTTLS", text: "服务器在加密前多发了数据")
                }
                let host = Self.sniName(settings.host)
                try await channel.channel.eventLoop.submit {
                    try channel.channel.pipeline.syncOperations.addHandler(
                        try NIOSSLClientHandler(context: tls, serverHostname: host), position: .first)
                }.get()
                encrypted = true
                capabilities = try await session.hello(settings.heloName)
            }
            if let username = settings.username {
                // A password never goes in clear, unless the settings say tls=none on purpose.
                guard encrypted || settings.security == .none else {
                    throw SMTPReplyError(code: 530, step: "AUTH", text: "服务器不支持 STARTTLS，不能明文发送密码（如确需明文，设 tls=none）")
                }
                try await session.authenticate(username: username, password: settings.password ?? "", capabilities: capabilities)
            }
            try await session.expect(250, after: "MAIL FROM:<\(settings.from)>")
            try await session.expect([250, 251], after: "RCPT TO:<\(message.to)>")
            try await session.expect(354, after: "DATA")
            try await session.expect(250, raw: Self.dotStuffed(message.rendered) + ".\r\n", step: "DATA")
            // The message is accepted; a QUIT that fails changes nothing.
            try? await session.expect(221, after: "QUIT")
        }
    }

    static func makeTLSContext(_ settings: SMTPSettings) -> (NIOSSLContext?, String?) {
        do {
            var configuration = TLSConfiguration.makeClientConfiguration()
            if let path = settings.trustedCertificates {
                configuration.trustRoots = .certificates(try NIOSSLCertificate.fromPEMFile(path))
            }
            return (try NIOSSLContext(configuration: configuration), nil)
        } catch {
            return (nil, "无法建立 TLS：\(error)")
        }
    }

    /// SNI carries host names only, never an IP address.
    static func sniName(_ host: String) -> String? {
        host.allSatisfy { $0.isNumber || $0 == "." || $0 == ":" } ? nil : host
    }

    /// A line that starts with "." gets another, so the body cannot end the DATA early.
    static func dotStuffed(_ text: String) -> String {
        text.split(separator: "\r\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix(".") ? "." + $0 : String($0) }
            .joined(separator: "\r\n")
    }
}

/// A reply other than the one the step needed.
struct SMTPReplyError: Error, CustomStringConvertible {
    var code: Int
    var step: String
    var text: String

    var description: String { "邮件服务器在 \(step) 时回答 \(code) \(text)" }
}
