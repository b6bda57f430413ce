import Foundation

/// How messages leave the server, from the environment; every bad setting is
/// named at once, at start-up, before anything is served.
public struct MessagingSettings: Sendable {
    public var smtp: SMTPSettings?
    /// Put in front of each message's link: the address people reach the server by.
    public var publicURL: String
    /// Whether this instance runs a delivery worker (LUOSHI_DELIVERY=off leaves it to others).
    public var deliver: Bool
    public var worker: DeliveryWorker.Settings
    /// The limit of one try at a webhook or a mail server.
    public var timeout: Double
    /// How often the reminder rules are looked at.
    public var reminderInterval: Double
    /// Hosts besides DingTalk's and WeCom's that robots' webhooks may be on (a relay, a test receiver).
    public var webhookHosts: Set<String> = []

    public init(smtp: SMTPSettings? = nil, publicURL: String = "http://127.0.0.1:8080", deliver: Bool = true,
                worker: DeliveryWorker.Settings = .init(), timeout: Double = 15, reminderInterval: Double = 600) {
        self.smtp = smtp
        self.publicURL = publicURL
        self.deliver = deliver
        self.worker = worker
        self.timeout = timeout
        self.reminderInterval = reminderInterval
    }

    /// LUOSHI_SMTP_URL, LUOSHI_PUBLIC_URL, LUOSHI_DELIVERY (on/off), LUOSHI_DELIVERY_ATTEMPTS,
    /// LUOSHI_DELIVERY_BACKOFF (seconds before the second try, doubling, at most an hour),
    /// LUOSHI_DELIVERY_TIMEOUT (seconds), LUOSHI_DELIVERY_IDLE (seconds between looks when idle),
    /// LUOSHI_REMINDER_INTERVAL (seconds), LUOSHI_WEBHOOK_HOSTS (hosts robots may be on besides theirs).
    public static func from(environment: [String: String], defaultPublicURL: String) throws(MessagingSettingsProblems) -> MessagingSettings {
        var settings = MessagingSettings(publicURL: defaultPublicURL)
        var problems: [MessagingSettingsError] = []
        if let text = environment["LUOSHI_SMTP_URL"], !text.isEmpty {
            do { settings.smtp = try SMTPSettings.parse(text) } catch { problems.append(error) }
        }
        if let url = environment["LUOSHI_PUBLIC_URL"], !url.isEmpty {
            if let parsed = URL(string: url), ["http", "https"].contains(parsed.scheme ?? ""), parsed.host != nil {
                settings.publicURL = url
            } else {
                problems.append(.init(variable: "LUOSHI_PUBLIC_URL", problem: "“\(url)”不是 http:// 或 https:// 开头的网址"))
            }
        }
        switch environment["LUOSHI_DELIVERY"] ?? "on" {
        case "on", "1", "": settings.deliver = true
        case "off", "0": settings.deliver = false
        case let other: problems.append(.init(variable: "LUOSHI_DELIVERY", problem: "“\(other)”应为 on 或 off"))
        }
        func number(_ variable: String, _ range: ClosedRange<Double>, _ set: (Double) -> Void) {
            guard let text = environment[variable], !text.isEmpty else { return }
            guard let value = Double(text), range.contains(value) else {
                problems.append(.init(variable: variable, problem: "“\(text)”应为 \(range.lowerBound.formatted()) 到 \(range.upperBound.formatted()) 之间的数"))
                return
            }
            set(value)
        }
        settings.webhookHosts = webhookHosts(environment)
        number("LUOSHI_DELIVERY_ATTEMPTS", 1...100) { settings.worker.backoff.attempts = Int($0) }
        number("LUOSHI_DELIVERY_BACKOFF", 0.01...3600) { settings.worker.backoff.base = $0 }
        number("LUOSHI_DELIVERY_TIMEOUT", 0.1...300) { settings.timeout = $0 }
        number("LUOSHI_DELIVERY_IDLE", 0.01...3600) { settings.worker.idle = .milliseconds(Int64($0 * 1000)) }
        number("LUOSHI_REMINDER_INTERVAL", 1...86400) { settings.reminderInterval = $0 }
        // A claim must outlast the longest try, or a slow send would be claimed again mid-way.
        // (An SMTP send may also spend up to the timeout connecting: see SMTPClient.)
        settings.worker.lease = settings.timeout * 4 + 15
        if !problems.isEmpty { throw MessagingSettingsProblems(problems: problems) }
        return settings
    }
}

extension MessagingSettings {
    /// LUOSHI_WEBHOOK_HOSTS: host names, comma-separated, lower-cased.
    public static func webhookHosts(_ environment: [String: String]) -> Set<String> {
        Set((environment["LUOSHI_WEBHOOK_HOSTS"] ?? "").split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty })
    }
}

/// Every bad messaging setting, one a line.
public struct MessagingSettingsProblems: Error, Sendable, CustomStringConvertible {
    public var problems: [MessagingSettingsError]
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
