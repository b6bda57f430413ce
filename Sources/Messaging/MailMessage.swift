import Foundation

/// A plain-text e-mail in Chinese as mail readers expect it: the subject in
/// RFC 2047 encoded-words (Base64, at most 75 characters each, never splitting a
/// character), the body Base64 in lines of 76, a Message-ID made of the
/// message's idempotency key so a receiver can tell a retry from a new message.
public struct MailMessage: Sendable {
    public var from: String
    public var fromName: String?
    public var to: String
    public var subject: String
    public var body: String
    public var messageID: String
    public var date: Date

    public init(from: String, fromName: String? = nil, to: String, subject: String, body: String, messageID: String, date: Date) {
        self.from = from
        self.fromName = fromName
        self.to = to
        self.subject = subject
        self.body = body
        self.messageID = messageID
        self.date = date
    }

    /// The message as sent after DATA: CRLF line ends, dot-stuffing left to the client.
    public var rendered: String {
        var lines = [
            "From: " + (fromName.map { Self.encodedWords($0) + " <\(from)>" } ?? from),
            "To: <\(to)>",
            "Subject: " + Self.encodedWords(subject),
            "Date: " + Self.rfc5322Date(date),
            "Message-ID: <\(messageID)@luoshi>",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=UTF-8",
            "Content-Transfer-Encoding: base64",
            "",
        ]
        let encoded = Data(body.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "\r\n").utf8)
            .base64EncodedString()
        var index = encoded.startIndex
        while index < encoded.endIndex {
            let end = encoded.index(index, offsetBy: 76, limitedBy: encoded.endIndex) ?? encoded.endIndex
            lines.append(String(encoded[index..<end]))
            index = end
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// ASCII text as it is; anything else as `=?UTF-8?B?…?=` words of at most 75
    /// characters, folded onto continuation lines so no line passes 78.
    static func encodedWords(_ text: String) -> String {
        if text.unicodeScalars.allSatisfy({ $0.isASCII && $0.value >= 0x20 }) { return text }
        // 75 minus "=?UTF-8?B?" and "?=" leaves 63 Base64 characters: at most 45 bytes whole.
        var words: [String] = [], chunk = Data()
        for character in text {
            let bytes = Data(String(character).utf8)
            if chunk.count + bytes.count > 45, !chunk.isEmpty {
                words.append("=?UTF-8?B?" + chunk.base64EncodedString() + "?=")
                chunk = Data()
            }
            chunk.append(bytes)
        }
        if !chunk.isEmpty { words.append("=?UTF-8?B?" + chunk.base64EncodedString() + "?=") }
        return words.joined(separator: "\r\n ")
    }

    static func rfc5322Date(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Asia/Shanghai")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return formatter.string(from: date)
    }
}
