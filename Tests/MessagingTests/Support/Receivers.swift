import AsyncHTTPClient
import Foundation
import NIOCore

/// `scripts/receivers.py` running for one test: a real SMTP server (aiosmtpd)
/// and webhook receivers on loopback ports, and what they received.
final class Receivers: @unchecked Sendable {
    struct State: Decodable {
        struct Hook: Decodable { var path: String; var key: String; var signed: Bool?; var text: String }
        struct Mail: Decodable {
            var id: String; var to: [String]; var subject: String; var body: String
            var raw_subject: String; var content_type: String; var encoding: String
        }
        var webhooks: [Hook]
        var mail: [Mail]
        var duplicates: Int
        var mail_duplicates: Int
        var failures: Int
    }

    let process: Process
    let input = Pipe()
    let smtpPort: Int
    let httpPort: Int

    /// `tls`: a certificate and key the SMTP server requires STARTTLS with.
    init(tls: (certificate: String, key: String)? = nil) throws {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("scripts/receivers.py")
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path] + (tls.map { ["--tls", $0.certificate, $0.key] } ?? [])
        let output = Pipe()
        process.standardOutput = output
        // Its stdin stays open while this process lives: the script ends when it closes.
        process.standardInput = input
        process.standardError = FileHandle.nullDevice
        try process.run()
        // The first line names the ports; a missing aiosmtpd ends the script and the line never comes.
        var line = Data()
        while let byte = try output.fileHandleForReading.read(upToCount: 1), !byte.isEmpty, byte != Data("\n".utf8) { line += byte }
        guard let ports = try? JSONDecoder().decode([String: Int].self, from: line), let smtp = ports["smtp"], let http = ports["http"] else {
            process.terminate()
            throw ReceiverError(message: "scripts/receivers.py did not start (is aiosmtpd installed? scripts/test installs it)")
        }
        smtpPort = smtp
        httpPort = http
    }

    deinit {
        process.terminate()
        try? input.fileHandleForWriting.close()
    }

    func url(_ path: String) -> String { "http://127.0.0.1:\(httpPort)\(path)" }

    func state() async throws -> State {
        let response = try await HTTPClient.shared.execute(HTTPClientRequest(url: url("/_state")), timeout: .seconds(5))
        let body = try await response.body.collect(upTo: 16 * 1024 * 1024)
        return try JSONDecoder().decode(State.self, from: Data(buffer: body))
    }
}

/// A self-signed certificate for localhost, made with openssl in a folder of its own.
func selfSignedCertificate() throws -> (certificate: String, key: String) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("luoshi-tls-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let certificate = folder.appendingPathComponent("cert.pem").path, key = folder.appendingPathComponent("key.pem").path
    let openssl = Process()
    openssl.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    openssl.arguments = ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
                         "-addext", "subjectAltName=DNS:localhost", "-keyout", key, "-out", certificate]
    openssl.standardOutput = FileHandle.nullDevice
    openssl.standardError = FileHandle.nullDevice
    try openssl.run()
    openssl.waitUntilExit()
    guard openssl.terminationStatus == 0 else { throw ReceiverError(message: "openssl could not make a certificate") }
    return (certificate, key)
}

struct ReceiverError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
