import Foundation
import NIOCore
import NIOPosix
import NIOSSL

/// Submits one message to the configured mail server over SwiftNIO: greeting,
/// EHLO, STARTTLS where offered (or TLS from the first byte), AUTH PLAIN or
/// LOGIN, MAIL FROM, RCPT TO, DATA, QUIT. No SMTP library is available here,
/// and submission needs only this much of the protocol.
public struct SMTPClient: Sendable {
    public var settings: SMTPSettings
    /// The whole conversation's limit; a server that hangs is cut off at it.
    public var timeout: TimeAmount

    public init(settings: SMTPSettings, timeout: TimeAmount = .seconds(30)) {
        self.settings = settings
        self.timeout = timeout
    }

    /// 4xx replies and broken connections may pass (retry); 5xx replies will not (refused).
    public func send(_ message: MailMessage) async -> DeliveryOutcome {
        do {
            try await converse(message)
            return .delivered
        } catch let error as SMTPReplyError {
            return error.code >= 500 ? .refused(error.description) : .retry(error.description)
        } catch {
            return .retry("邮件服务器 \(settings.host):\(settings.port)：\(error)")
        }
    }

    func converse(_ message: MailMessage) async throws {
        let tls = try settings.security == .none ? nil : makeTLSContext()
        let settings = settings
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connectTimeout(.seconds(10))
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
        let deadline = channel.channel.eventLoop.scheduleTask(in: timeout) { channel.channel.close(promise: nil) }
        defer { deadline.cancel() }
        try await channel.executeThenClose { inbound, outbound in
            var session = SMTPSession(inbound: inbound.makeAsyncIterator(), outbound: outbound)
            try await session.expect(220, after: nil)
            var capabilities = try await session.hello(settings.heloName)
            let offersTLS = SMTPSession.offers("STARTTLS", in: capabilities)
            if settings.security == .requireStartTLS && !offersTLS {
                throw SMTPReplyError(code: 530, step: "STARTTLS", text: "服务器不支持 STARTTLS，而设置要求加密")
            }
            if (settings.security == .startTLS || settings.security == .requireStartTLS) && offersTLS, let tls {
                try await session.expect(220, after: "STARTTLS")
                try await channel.channel.pipeline.addHandler(
                    try NIOSSLClientHandler(context: tls, serverHostname: Self.sniName(settings.host)), position: .first)
                capabilities = try await session.hello(settings.heloName)
            }
            if let username = settings.username {
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

    func makeTLSContext() throws -> NIOSSLContext {
        var configuration = TLSConfiguration.makeClientConfiguration()
        if let path = settings.trustedCertificates {
            configuration.trustRoots = .certificates(try NIOSSLCertificate.fromPEMFile(path))
        }
        return try NIOSSLContext(configuration: configuration)
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
