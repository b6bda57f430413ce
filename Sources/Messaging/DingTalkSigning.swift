import Crypto
import Foundation

/// DingTalk's 加签 for a custom robot: HMAC-SHA256 of "timestamp\nsecret" keyed
/// by the secret, Base64, percent-encoded, appended to the webhook as
/// `&timestamp=…&sign=…`. The timestamp is in milliseconds and must be within an
/// hour of DingTalk's clock.
public enum DingTalkSigning {
    public static func signature(secret: String, timestamp: Int64) -> String {
        let key = SymmetricKey(data: Data(secret.utf8))
        let mac = HMAC<SHA256>.authenticationCode(for: Data("\(timestamp)\n\(secret)".utf8), using: key)
        return Data(mac).base64EncodedString()
    }

    /// The webhook with the signature's two parameters. Base64's `+`, `/` and `=`
    /// are encoded by hand: `.urlQueryAllowed` leaves `+`, which servers read as a space.
    public static func signedURL(_ webhook: String, secret: String, timestamp: Int64) -> String {
        let encoded = signature(secret: secret, timestamp: timestamp)
            .addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
        let joiner = webhook.contains("?") ? "&" : "?"
        return webhook + joiner + "timestamp=\(timestamp)&sign=\(encoded)"
    }

    /// RFC 3986's unreserved characters: everything else is percent-encoded.
    static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
}
