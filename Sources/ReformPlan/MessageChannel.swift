import Foundation

/// Where a unit or a person is told things: an e-mail address, a DingTalk
/// group's custom robot (with its 加签 secret) or a WeCom group robot. The bureau's
/// staff live in DingTalk or WeCom and e-mail, not in our pages.
public struct MessageChannel: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case email, dingtalk, wecom

        public var chineseName: String {
            switch self {
            case .email: "电子邮件"
            case .dingtalk: "钉钉机器人"
            case .wecom: "企业微信机器人"
            }
        }
    }

    public var id: Int64?
    public var owner: Message.Recipient
    public var kind: Kind
    /// The e-mail address, or the robot's webhook URL (a credential: shown shortened).
    public var address: String
    /// DingTalk's 加签 secret (SEC…); nil for a robot secured by keywords or IP, and for the others.
    public var secret: String?
    public var note: String
    public var enabled: Bool

    public init(id: Int64? = nil, owner: Message.Recipient, kind: Kind, address: String, secret: String? = nil,
                note: String = "", enabled: Bool = true) {
        self.id = id
        self.owner = owner
        self.kind = kind
        self.address = address
        self.secret = secret
        self.note = note
        self.enabled = enabled
    }

    /// The address as pages and logs show it: a webhook's token cut to its first
    /// six characters, since the URL is the credential.
    public var shownAddress: String {
        guard kind != .email, let query = address.firstIndex(of: "?") else { return address }
        let parameters = address[address.index(after: query)...]
        let name = parameters.firstIndex(of: "=").map { parameters[...$0] } ?? ""
        let value = parameters.dropFirst(name.count)
        return String(address[...query]) + name + value.prefix(6) + (value.count > 6 ? "…" : "")
    }

    /// What is wrong with the channel as typed, field by field ("address", "secret"), in Chinese; empty when nothing is.
    ///
    /// A robot's webhook must be on its service's own host over https, or on a host
    /// the operator allows (`extraHosts`, LUOSHI_WEBHOOK_HOSTS: a relay, a test
    /// receiver): the server posts to it, so any other address would let whoever keeps
    /// a channel make the server call inside its network.
    public func problems(extraHosts: Set<String> = []) -> [(field: String, message: String)] {
        var found: [(String, String)] = []
        let address = address.trimmingCharacters(in: .whitespaces)
        switch kind {
        case .email:
            if !Self.looksLikeEmail(address) {
                found.append(("address", "“\(address)”不是有效的电子邮件地址（应形如 name@example.gov.cn）"))
            }
            if secret?.isEmpty == false { found.append(("secret", "电子邮件通道不需要密钥")) }
        case .dingtalk, .wecom:
            if let problem = Self.webhookProblem(address, kind: kind, extraHosts: extraHosts) { found.append(("address", problem)) }
            if kind == .wecom, secret?.isEmpty == false {
                found.append(("secret", "企业微信群机器人没有加签密钥，地址本身就是凭证"))
            }
            if kind == .dingtalk, let secret, !secret.isEmpty, !secret.hasPrefix("SEC") {
                found.append(("secret", "钉钉加签密钥以 SEC 开头（在机器人“安全设置”中复制）"))
            }
        }
        if note.count > 200 { found.append(("note", "备注不超过200字")) }
        return found
    }

    /// An address a mail server could take: one @, a dotted domain, nothing that would break a header.
    public static func looksLikeEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
              text.count <= 254 else { return false }
        return !text.contains(where: { $0 == " " || $0 == "<" || $0 == ">" || $0 == "," || $0 == ";" || $0.isNewline })
    }

    /// The hosts the robots' webhooks live on.
    public static func serviceHost(_ kind: Kind) -> String? {
        switch kind {
        case .email: nil
        case .dingtalk: "oapi.dingtalk.com"
        case .wecom: "qyapi.weixin.qq.com"
        }
    }

    /// Whether the server may post to `address`: https on the robot's own host, or any scheme on an allowed extra host.
    public static func mayPost(to address: String, kind: Kind, extraHosts: Set<String>) -> Bool {
        guard let url = URL(string: address), let host = url.host?.lowercased(), let scheme = url.scheme?.lowercased() else { return false }
        if extraHosts.contains(host) { return scheme == "https" || scheme == "http" }
        return scheme == "https" && host == serviceHost(kind)
    }

    static func webhookProblem(_ text: String, kind: Kind, extraHosts: Set<String>) -> String? {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), let host = url.host, !host.isEmpty else {
            return "“\(text)”不是网址：请粘贴机器人的完整 Webhook 地址"
        }
        guard scheme == "https" || scheme == "http" else { return "Webhook 地址须以 https:// 开头" }
        guard mayPost(to: text, kind: kind, extraHosts: extraHosts) else {
            return "\(kind.chineseName)的地址应为 https://\(serviceHost(kind) ?? "")/…；其他主机须由管理员在 LUOSHI_WEBHOOK_HOSTS 中允许"
        }
        let needed = kind == .dingtalk ? "access_token=" : "key="
        guard url.query?.contains(needed) == true else {
            return kind == .dingtalk ? "钉钉机器人的地址应含 access_token=…（在群设置 → 机器人中复制）"
                : "企业微信群机器人的地址应含 key=…（在群机器人详情中复制）"
        }
        return nil
    }
}
