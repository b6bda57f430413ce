import ArgumentParser
import Messaging
import Foundation
import PlanStore
import ReformPlan
import WebApp

/// `luoshi serve`: the web application. Settings come from the options or,
/// when an option is not given, from the environment (LUOSHI_HOST,
/// LUOSHI_PORT, LUOSHI_DATABASE_URL, LUOSHI_AS_OF, LUOSHI_ATTACHMENTS,
/// LUOSHI_SECURE_COOKIES, LUOSHI_REPORT_DUE_DAY; for messages LUOSHI_SMTP_URL,
/// LUOSHI_PUBLIC_URL and LUOSHI_DELIVERY_*, see `MessagingSettings`).
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "启动网页服务。 Start the web application.")

    @Option(help: "Address to listen on (default 127.0.0.1, or LUOSHI_HOST).") var host: String?
    @Option(help: "Port (default 8080, or LUOSHI_PORT).") var port: Int?
    @OptionGroup var database: DatabaseOptions
    @Flag(help: "Load the demo plan, demo accounts and a simulated year of reports (database luoshi-demo.sqlite unless --database is given).")
    var demo = false
    @Option(name: .customLong("as-of"), help: "Judge status as of this day (yyyy-mm-dd); the demo defaults to 2019-09-30.")
    var asOf: String?
    @Option(help: "Folder for report attachments (default luoshi-attachments, or LUOSHI_ATTACHMENTS).") var attachments: String?
    @Option(name: .customLong("demo-password"), help: "With --demo: one password for every demo account, for scripted runs.")
    var demoPassword: String?
    @Flag(name: .customLong("prepare-only"), help: "Migrate the database, make the first administrator or the demo, and exit without serving.")
    var prepareOnly = false

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        var settings = ServerSettings()
        settings.host = host ?? environment["LUOSHI_HOST"] ?? settings.host
        if let port = port ?? environment["LUOSHI_PORT"].flatMap(Int.init) {
            guard (1...65535).contains(port) else { throw CommandFailure("端口\(port)无效，应在1到65535之间。 (Port \(port) is out of range.)") }
            settings.port = port
        }
        if demo, database.database == nil, environment[DatabaseLocation.environmentVariable] == nil {
            settings.database = .sqlite(path: "luoshi-demo.sqlite")
        } else {
            settings.database = try database.location()
        }
        settings.demo = demo
        if let text = asOf ?? environment["LUOSHI_AS_OF"] {
            guard let day = Day(iso: text) else { throw CommandFailure("--as-of “\(text)” 应为 yyyy-mm-dd 格式的日期。 (Not a date yyyy-mm-dd.)") }
            settings.asOf = day
        } else if demo {
            settings.asOf = DemoPlan.defaultAsOf
        }
        settings.attachmentsDirectory = attachments ?? environment["LUOSHI_ATTACHMENTS"] ?? (demo ? "luoshi-demo-attachments" : settings.attachmentsDirectory)
        settings.secureCookies = environment["LUOSHI_SECURE_COOKIES"] == "1"
        if let due = environment["LUOSHI_REPORT_DUE_DAY"] {
            guard let day = Int(due), (1...31).contains(day) else { throw CommandFailure("LUOSHI_REPORT_DUE_DAY “\(due)” 应为1到31。") }
            settings.thresholds.reportDueDay = day
        }
        do {
            settings.messaging = try MessagingSettings.from(environment: environment,
                                                            defaultPublicURL: "http://\(settings.host):\(settings.port)")
        } catch {
            throw CommandFailure("消息设置有误 (messaging settings):\n" + error.description)
        }
        if let demoPassword, let problem = Passwords.problem(with: demoPassword) { throw CommandFailure(problem) }
        do {
            try await LuoshiServer.run(settings: settings, demoPassword: demoPassword, serve: !prepareOnly)
        } catch let error as StoreError {
            throw CommandFailure(error.description)
        } catch let error as DemoError {
            throw CommandFailure(error.description)
        }
    }
}
