import Foundation
import NIOCore

/// One SMTP conversation's commands and replies: a reply is read whole
/// (continuation lines "250-…" up to the last "250 …") before the next command.
struct SMTPSession {
    var inbound: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator
    let outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>
    var pending = ByteBuffer()

    init(inbound: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator, outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>) {
        self.inbound = inbound
        self.outbound = outbound
    }

    /// EHLO, falling back to HELO for an old server; the extensions the server
    /// names, a line each with its parameters ("AUTH PLAIN LOGIN", "SIZE 10240000").
    mutating func hello(_ name: String) async throws -> [String] {
        try await write("EHLO \(name)\r\n")
        let reply = try await readReply()
        if reply.code == 250 { return Array(reply.lines.dropFirst()) }
        try await expect(250, after: "HELO \(name)")
        return []
    }

    /// AUTH PLAIN where offered (or where the server names no mechanism), else AUTH LOGIN.
    mutating func authenticate(username: String, password: String, capabilities: [String]) async throws {
        let mechanisms = Self.words(of: "AUTH", in: capabilities)
        if mechanisms.contains("LOGIN") && !mechanisms.contains("PLAIN") {
            try await expect(334, raw: "AUTH LOGIN\r\n", step: "AUTH LOGIN")
            try await expect(334, raw: Data(username.utf8).base64EncodedString() + "\r\n", step: "AUTH LOGIN")
            try await expect(235, raw: Data(password.utf8).base64EncodedString() + "\r\n", step: "AUTH LOGIN")
        } else {
            let token = Data("\u{0}\(username)\u{0}\(password)".utf8).base64EncodedString()
            try await expect(235, raw: "AUTH PLAIN \(token)\r\n", step: "AUTH PLAIN")
        }
    }

    /// Whether the server offers an extension, by its keyword.
    static func offers(_ keyword: String, in capabilities: [String]) -> Bool {
        capabilities.contains { $0.split(separator: " ").first?.uppercased() == keyword }
    }

    /// An extension's parameters, upper-cased ("AUTH PLAIN LOGIN" → PLAIN, LOGIN).
    static func words(of keyword: String, in capabilities: [String]) -> [String] {
        guard let line = capabilities.first(where: { $0.split(separator: " ").first?.uppercased() == keyword }) else { return [] }
        return line.split(separator: " ").dropFirst().map { $0.uppercased() }
    }

    mutating func expect(_ code: Int, after command: String?) async throws {
        try await expect([code], after: command)
    }

    mutating func expect(_ codes: [Int], after command: String?) async throws {
        if let command { try await write(command + "\r\n") }
        let reply = try await readReply()
        guard codes.contains(reply.code) else {
            throw SMTPReplyError(code: reply.code, step: command.map { String($0.prefix(40)) } ?? "连接", text: reply.lines.joined(separator: " "))
        }
    }

    /// Sends text that must not appear in an error (credentials, the message), naming the step instead.
    mutating func expect(_ code: Int, raw text: String, step: String) async throws {
        try await write(text)
        let reply = try await readReply()
        guard reply.code == code else { throw SMTPReplyError(code: reply.code, step: step, text: reply.lines.joined(separator: " ")) }
    }

    func write(_ text: String) async throws {
        try await outbound.write(ByteBuffer(string: text))
    }

    /// The next whole reply: its code and the text of each line.
    mutating func readReply() async throws -> (code: Int, lines: [String]) {
        var lines: [String] = []
        while true {
            let line = try await readLine()
            guard line.count >= 3, let code = Int(line.prefix(3)) else {
                throw SMTPReplyError(code: 0, step: "读取回答", text: "无法识别的回答：\(line.prefix(80))")
            }
            lines.append(String(line.dropFirst(4)))
            if line.count == 3 || line[line.index(line.startIndex, offsetBy: 3)] != "-" { return (code, lines) }
        }
    }

    mutating func readLine() async throws -> String {
        while true {
            let view = pending.readableBytesView
            if let newline = view.firstIndex(of: UInt8(ascii: "\n")) {
                var bytes = pending.readBytes(length: newline - view.startIndex + 1) ?? []
                while let last = bytes.last, last == 10 || last == 13 { bytes.removeLast() }
                return String(decoding: bytes, as: UTF8.self)
            }
            // A server that sends a line without end for ever is not an SMTP server.
            if pending.readableBytes > 64 * 1024 {
                throw SMTPReplyError(code: 0, step: "读取回答", text: "回答过长")
            }
            guard var chunk = try await inbound.next() else {
                throw SMTPReplyError(code: 0, step: "读取回答", text: "连接已被服务器关闭")
            }
            pending.writeBuffer(&chunk)
        }
    }
}
