import Foundation
import ReformPlan

/// The mail server Luoshi submits through, from one URL:
/// `smtp://user:password@host:587?from=ban@mzj.wuhan.gov.cn&name=市民政局规划发展处&tls=starttls`.
/// `tls` is `starttls` (the default: upgrade where the server offers it),
/// `require-starttls`, `implicit` (port 465: TLS from the first byte) or `none`;
/// `ca` names a PEM file of certificates to trust instead of the system's.
public struct SMTPSettings: Hashable, Sendable {
    public enum Security: String, Hashable, Sendable {
        case startTLS = "starttls", requireStartTLS = "require-starttls", implicitTLS = "implicit", none
    }

    public var host: String
    public var port: Int
    public var username: String?
    public var password: String?
    public var from: String
    public var fromName: String?
    public var security: Security
    public var trustedCertificates: String?
    /// The name this client gives in EHLO.
    public var heloName: String

    public init(host: String, port: Int, username: String? = nil, password: String? = nil, from: String,
                fromName: String? = nil, security: Security = .startTLS, trustedCertificates: String? = nil,
                heloName: String = "luoshi.localdomain") {
        self.host = host
        self.port = port
        self.username = username
        self.password = password
        self.from = from
        self.fromName = fromName
        self.security = security
        self.trustedCertificates = trustedCertificates
        self.heloName = heloName
    }

    /// Reads the URL, or says in Chinese and English what is wrong with it (never echoing the password).
    public static func parse(_ text: String) throws(MessagingSettingsError) -> SMTPSettings {
        let variable = "LUOSHI_SMTP_URL"
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
              scheme == "smtp" || scheme == "smtps" else {
            throw .init(variable: variable, problem: "应形如 smtp://用户名:密码@主机:587?from=发件地址（须以 smtp:// 或 smtps:// 开头）")
        }
        guard let host = components.host, !host.isEmpty else { throw .init(variable: variable, problem: "没有主机名") }
        let query = Dictionary((components.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { $1 })
        let security: Security
        if let tls = query["tls"] {
            guard let chosen = Security(rawValue: tls) else {
                throw .init(variable: variable, problem: "tls=\(tls) 不认识；可用 starttls、require-starttls、implicit、none")
            }
            security = chosen
        } else {
            security = scheme == "smtps" ? .implicitTLS : .startTLS
        }
        guard let from = query["from"], MessageChannel.looksLikeEmail(from) else {
            throw .init(variable: variable, problem: "缺少或不认识发件地址：加上 ?from=name@example.gov.cn")
        }
        let port = components.port ?? (security == .implicitTLS ? 465 : 587)
        guard (1...65535).contains(port) else { throw .init(variable: variable, problem: "端口 \(port) 不在 1–65535 之间") }
        if let ca = query["ca"], !FileManager.default.isReadableFile(atPath: ca) {
            throw .init(variable: variable, problem: "ca=\(ca) 不是可读的证书文件")
        }
        return SMTPSettings(host: host, port: port, username: components.user?.removingPercentEncoding,
                            password: components.password?.removingPercentEncoding, from: from,
                            fromName: query["name"].flatMap { $0.isEmpty ? nil : $0 }, security: security,
                            trustedCertificates: query["ca"])
    }
}

/// A setting of the delivery that cannot be used, named by its variable.
public struct MessagingSettingsError: Error, Hashable, Sendable, CustomStringConvertible {
    public var variable: String
    public var problem: String

    public init(variable: String, problem: String) {
        self.variable = variable
        self.problem = problem
    }

    public var description: String { "\(variable)：\(problem)" }
}
