import ArgumentParser
import Foundation
import PlanStore
import WebApp
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `luoshi bench http`: starts a demo server of this same binary on a free
/// loopback port, signs in, and drives it with wrk: the dashboard, a project
/// page, and report saving by four reporters of four units at once (each
/// save is a form load and a POST, as in a browser). Prints p50/p99 latency,
/// requests per second and the server's peak resident memory.
struct HTTPBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "http", abstract: "Drive a demo server with wrk: dashboard, project page, report saving.")
    @Option(help: "Seconds per scenario.") var duration = 10
    @Option(help: "Connections for the read scenarios.") var connections = 8
    @Option(help: "wrk threads for the read scenarios.") var threads = 2
    @Option(help: "Serve from PostgreSQL (a postgres:// URL; the bench works in a schema of its own, dropped afterwards) instead of a temporary SQLite file.")
    var postgres: String?

    static let password = "bench-password-2019"
    static let reporters = ["yanglao", "jiuzhu", "shezu", "quhua"]

    func run() async throws {
        #if DEBUG
        Output.error("注意：这是调试构建，数字偏慢；请用 swift run -c release luoshi bench http。 (Debug build: numbers are not representative.)")
        #endif
        guard let wrk = Self.which("wrk") else { throw CommandFailure("需要 wrk：apt-get install wrk。 (wrk is not installed.)") }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("luoshi-bench-http-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let port = try Self.freePort()
        var databaseURL: String?
        if let postgres {
            let schema = "luoshi_bench_\(getpid())"
            try await PlanStore.administer("CREATE SCHEMA \(schema)", on: .postgres(url: postgres))
            guard var url = URLComponents(string: postgres) else { throw CommandFailure("--postgres 不是 URL。") }
            let items = url.queryItems ?? []
            url.queryItems = items + [URLQueryItem(name: "schema", value: schema)]
            databaseURL = url.string
        }
        defer {
            if let postgres {
                let schema = "luoshi_bench_\(getpid())"
                let done = DispatchSemaphore(value: 0)
                Task { try? await PlanStore.administer("DROP SCHEMA \(schema) CASCADE", on: .postgres(url: postgres)); done.signal() }
                done.wait()
            }
        }
        let server = try Self.startServer(port: port, folder: folder, databaseURL: databaseURL)
        defer { if server.isRunning { kill(server.processIdentifier, SIGTERM); server.waitUntilExit() } }
        let base = "http://127.0.0.1:\(port)"
        try await Self.waitUntilUp(base)
        let supervisor = try await Self.signIn(base, "guihua")
        var scenarios: [(String, [String])] = [
            ("dashboard /", ["-t\(threads)", "-c\(connections)", "-d\(duration)s", "--latency", "-H", "Cookie: \(supervisor)", base + "/"]),
            ("project page /projects/1", ["-t\(threads)", "-c\(connections)", "-d\(duration)s", "--latency", "-H", "Cookie: \(supervisor)", base + "/projects/1"]),
            // Gathered on every request, not cached: every unit's ladder, and the supervisor's to-do list with it.
            ("escalation ladder /ladder", ["-t\(threads)", "-c\(connections)", "-d\(duration)s", "--latency", "-H", "Cookie: \(supervisor)", base + "/ladder"]),
            ("supervisor's to-do list /todo", ["-t\(threads)", "-c\(connections)", "-d\(duration)s", "--latency", "-H", "Cookie: \(supervisor)", base + "/todo"]),
        ]
        var saveArguments: [String] = []
        for login in Self.reporters {
            saveArguments.append(try await Self.signIn(base, login))
            saveArguments.append(try Self.fields(for: login))
        }
        let script = folder.appendingPathComponent("save.lua")
        try Self.saveScript.write(to: script, atomically: true, encoding: .utf8)
        scenarios.append(("report saving, 4 reporters (form load + POST)",
                          ["-t4", "-c4", "-d\(duration)s", "--latency", "-s", script.path, base + "/report", "--"] + saveArguments))
        print("luoshi bench http: demo server pid \(server.processIdentifier) on \(base), \(databaseURL == nil ? "SQLite (temporary file, WAL)" : "PostgreSQL"), \(duration) s per scenario")
        for (name, arguments) in scenarios {
            let output = try Self.run(wrk, arguments)
            let result = WrkResult(output)
            print(name.padding(toLength: 46, withPad: " ", startingAt: 0) + String(format: " %9.0f req/s   p50 %7.2f ms   p99 %7.2f ms   non-2xx/3xx %d   RSS now %.1f MiB",
                         result.requestsPerSecond, result.p50 * 1000, result.p99 * 1000, result.errors,
                         Self.memory(server.processIdentifier, "VmRSS")))
            if result.requestsPerSecond == 0 { print(output) }
        }
        print(String(format: "server peak resident memory (VmHWM): %.1f MiB", Self.memory(server.processIdentifier, "VmHWM")))
    }

    static func startServer(port: Int, folder: URL, databaseURL: String?) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
        if !FileManager.default.isExecutableFile(atPath: process.executableURL!.path) {
            process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        }
        // As of 10 September nobody has reported for the month yet, so every reporter's form is open.
        process.arguments = ["serve", "--demo", "--as-of", "2019-09-10", "--port", String(port),
                             "--attachments", folder.appendingPathComponent("attachments").path, "--demo-password", password]
            + (databaseURL == nil ? ["--database", folder.appendingPathComponent("bench.sqlite").path] : [])
        process.standardOutput = FileHandle.nullDevice
        var environment = ProcessInfo.processInfo.environment
        environment["LOG_LEVEL"] = "warning"
        environment["LUOSHI_DATABASE_URL"] = databaseURL
        process.environment = environment
        try process.run()
        return process
    }

    static func waitUntilUp(_ base: String) async throws {
        for _ in 0..<300 {
            if let (_, response) = try? await URLSession.shared.data(from: URL(string: base + "/health")!),
               (response as? HTTPURLResponse)?.statusCode == 200 { return }
            try await Task.sleep(for: .milliseconds(200))
        }
        throw CommandFailure("演示服务没有启动。 (The demo server did not come up.)")
    }

    /// Signs in through the page and returns the session cookie ("luoshi_session=…").
    static func signIn(_ base: String, _ login: String) async throws -> String {
        var request = URLRequest(url: URL(string: base + "/signin")!)
        request.httpMethod = "POST"
        request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        request.httpBody = Data("login=\(login)&password=\(password)".utf8)
        let session = URLSession(configuration: .ephemeral, delegate: NoRedirects(), delegateQueue: nil)
        let (_, response) = try await session.data(for: request)
        guard let header = (response as? HTTPURLResponse)?.value(forHTTPHeaderField: "Set-Cookie"),
              let cookie = header.split(separator: ";").first(where: { $0.hasPrefix("luoshi_session=") }) else {
            throw CommandFailure("\(login) 登录失败。 (Sign-in of \(login) failed.)")
        }
        return String(cookie)
    }

    /// The report form's fields for the projects the demo reporter's unit answers for.
    static func fields(for login: String) throws -> String {
        let plan = try DemoPlan.load()
        let projects = DemoAccounts.unit(ofLogin: login).map { plan.projects(answeredBy: $0) } ?? []
        return projects.map { "p\($0.number)_completion=60&p\($0.number)_progress=%E6%9C%AC%E6%9C%88%E8%BF%9B%E5%B1%95" }
            .joined(separator: "&")
    }

    /// Each wrk thread is one reporter: load the form (for its version and
    /// CSRF token), then save it, and again.
    static let saveScript = """
        local counter = 0
        function setup(thread) thread:set("id", counter); counter = counter + 1 end
        function init(args)
          cookie = args[id * 2 + 1]; fields = args[id * 2 + 2]; version = nil; csrf = nil
        end
        function request()
          if version == nil then return wrk.format("GET", "/report", { Cookie = cookie }) end
          local body = "_csrf=" .. csrf .. "&month=2019-09&action=save&version=" .. version .. "&" .. fields
          return wrk.format("POST", "/report", { Cookie = cookie, ["Content-Type"] = "application/x-www-form-urlencoded" }, body)
        end
        function response(status, headers, body)
          if version == nil then
            version = body:match('name="version" value="(%d+)"'); csrf = body:match('name="_csrf" value="([^"]+)"')
          else
            version = nil
          end
        end
        """

    static func memory(_ pid: Int32, _ field: String) -> Double {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix(field + ":") }),
              let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "") else { return 0 }
        return kilobytes / 1024
    }

    static func which(_ tool: String) -> String? {
        ["/usr/bin/", "/usr/local/bin/", "/bin/"].map { $0 + tool }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static func freePort() throws -> Int {
        for _ in 0..<50 {
            let port = Int.random(in: 20000..<60000)
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            defer { close(fd) }
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            if bound == 0 { return port }
        }
        throw CommandFailure("找不到空闲端口。 (No free port.)")
    }

    static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}

/// Keeps a 303 after sign-in as it is, so its cookie can be read.
final class NoRedirects: NSObject, URLSessionTaskDelegate, Sendable {
    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
        completionHandler(nil)
    }
}

/// What wrk printed: requests per second, the 50th and 99th percentile latency (seconds), errors.
struct WrkResult {
    var requestsPerSecond = 0.0
    var p50 = 0.0
    var p99 = 0.0
    var errors = 0

    init(_ output: String) {
        for line in output.split(separator: "\n") {
            let words = line.split(separator: " ", omittingEmptySubsequences: true)
            if line.contains("Requests/sec:"), let value = words.last.flatMap({ Double($0) }) { requestsPerSecond = value }
            if words.count == 2, words[0] == "50%" { p50 = Self.seconds(String(words[1])) }
            if words.count == 2, words[0] == "99%" { p99 = Self.seconds(String(words[1])) }
            if line.contains("Non-2xx or 3xx responses:"), let value = words.last.flatMap({ Int($0) }) { errors = value }
        }
    }

    static func seconds(_ text: String) -> Double {
        for (unit, scale) in [("us", 1e-6), ("ms", 1e-3), ("s", 1.0), ("m", 60.0)] where text.hasSuffix(unit) {
            return (Double(text.dropLast(unit.count)) ?? 0) * scale
        }
        return 0
    }
}
