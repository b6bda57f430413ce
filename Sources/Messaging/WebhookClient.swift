import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// Posts a robot message and judges the answer. Both robots answer HTTP 200
/// with `errcode` in the body, so the body decides: 0 is delivered; a busy or
/// throttled robot is tried again; a refused signature, token or message is not.
public struct WebhookClient: Sendable {
    let http: HTTPClient
    public var timeout: TimeAmount

    public init(http: HTTPClient, timeout: TimeAmount = .seconds(15)) {
        self.http = http
        self.timeout = timeout
    }

    /// `key` goes out as `Idempotency-Key`: a receiver that honours it posts a retried message once.
    public func post(_ body: Data, to url: String, key: String, service: String) async -> DeliveryOutcome {
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json; charset=utf-8")
        request.headers.add(name: "Idempotency-Key", value: key)
        request.headers.add(name: "User-Agent", value: "Luoshi")
        request.body = .bytes(ByteBuffer(bytes: body))
        do {
            let response = try await http.execute(request, timeout: timeout)
            let answer = try await response.body.collect(upTo: 64 * 1024)
            return Self.judge(status: Int(response.status.code), body: Data(buffer: answer), service: service)
        } catch {
            return .retry("\(service)：\(Self.describe(error))")
        }
    }

    /// errcodes that mean "later": -1 system busy (WeCom), 45009 frequency limit
    /// (WeCom), 130101 and 660026 sending too fast (DingTalk).
    static let transientCodes: Set<Int> = [-1, 45009, 130101, 660026]

    static func judge(status: Int, body: Data, service: String) -> DeliveryOutcome {
        // Only the status and the robot's own errcode/errmsg are kept: a body can hold anything.
        switch status {
        case 200..<300:
            guard let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any],
                  let code = (object["errcode"] as? NSNumber)?.intValue else {
                // A receiver that answers 2xx without errcode took it (a proxy, a test receiver).
                return .delivered
            }
            if code == 0 { return .delivered }
            let message = String(((object["errmsg"] as? String) ?? "").prefix(200))
            let said = "\(service)返回 errcode \(code)：\(message)"
            return transientCodes.contains(code) ? .retry(said) : .refused(said)
        case 408, 429, 500..<600:
            return .retry("\(service)回答 HTTP \(status)")
        default:
            return .refused("\(service)回答 HTTP \(status)")
        }
    }

    static func describe(_ error: any Error) -> String {
        if let error = error as? HTTPClientError {
            switch error {
            case .deadlineExceeded, .readTimeout, .connectTimeout: return "等待回答超时"
            default: break
            }
        }
        return String(describing: error)
    }
}
