import Foundation
import Messaging
import PlanStore
import ReformPlan

/// How the server is run: from `luoshi serve`'s options and the environment.
public struct ServerSettings: Sendable {
    public var host: String
    public var port: Int
    public var database: DatabaseLocation
    /// The day status rules judge by; nil means today in Asia/Shanghai.
    public var asOf: Day?
    /// The demo plan and its simulated year are loaded; pages say so.
    public var demo: Bool
    /// Where uploaded attachments are kept: outside anything served.
    public var attachmentsDirectory: String
    /// Cookies get `Secure`: set when the server sits behind HTTPS.
    public var secureCookies: Bool
    public var sessionLifetime: TimeInterval
    public var thresholds: StatusThresholds
    /// The mail server, the public address in messages, the delivery worker and the reminder round.
    public var messaging: MessagingSettings

    public init(host: String = "127.0.0.1", port: Int = 8080, database: DatabaseLocation = .sqlite(path: DatabaseLocation.defaultSQLitePath),
                asOf: Day? = nil, demo: Bool = false, attachmentsDirectory: String = "luoshi-attachments",
                secureCookies: Bool = false, sessionLifetime: TimeInterval = 12 * 3600,
                thresholds: StatusThresholds = StatusThresholds(), messaging: MessagingSettings = MessagingSettings()) {
        self.host = host
        self.port = port
        self.database = database
        self.asOf = asOf
        self.demo = demo
        self.attachmentsDirectory = attachmentsDirectory
        self.secureCookies = secureCookies
        self.sessionLifetime = sessionLifetime
        self.thresholds = thresholds
        self.messaging = messaging
    }
}
