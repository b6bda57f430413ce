import ArgumentParser
import Foundation
import NoticeImport
import PlanStore
import ReformPlan

struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench", abstract: "性能测量。 Benchmarks (run a release build: swift run -c release luoshi bench …).",
        subcommands: [ImportBench.self, HTTPBench.self, RollupBench.self])
}

/// `luoshi bench import`: how long importing the reference notice takes
/// (median of many runs), and loading the plan into SQLite and PostgreSQL.
struct ImportBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "Time importing a notice and loading it into each database.")
    @Option(help: "The notice to import.") var notice = "../shared/plans/wuhan-2019-civil-affairs-reform.txt"
    @Option(help: "Timed import runs (after 20 warm-up runs).") var runs = 500
    @Option(help: "Timed loads per database.") var loads = 30
    @Option(help: "A postgres:// URL to time loads on PostgreSQL too (default: LUOSHI_DATABASE_URL if it is one).")
    var postgres: String?

    func validate() throws {
        guard runs >= 1, loads >= 1 else { throw ValidationError("--runs and --loads must be at least 1.") }
    }

    func run() async throws {
        #if DEBUG
        Output.error("注意：这是调试构建，数字偏慢；请用 swift run -c release luoshi bench import。 (Debug build: numbers are not representative.)")
        #endif
        let data = try Input.read(notice)
        var plan: Plan?
        for _ in 0..<20 { plan = try? NoticeImporter.importNotice(data: data) }
        guard let plan else { throw CommandFailure("\(notice) 不能导入。 (The notice does not import.)") }
        let importTimes = try (0..<runs).map { _ in try Timing.measure { _ = try NoticeImporter.importNotice(data: data) } }
        print("import \(notice) (\(data.count) bytes, \(plan.projects.count) projects): \(Timing.summary(importTimes)) over \(runs) runs")

        let sqlitePath = FileManager.default.temporaryDirectory.appendingPathComponent("luoshi-bench-\(getpid()).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: sqlitePath + suffix) } }
        try await benchLoads(plan, on: .sqlite(path: sqlitePath), name: "SQLite (temporary file, WAL)")
        let configured = try? DatabaseLocation.fromEnvironment()
        if let url = postgres {
            try await benchLoads(plan, on: .postgres(url: url), name: "PostgreSQL")
        } else if case .postgres = configured, let location = configured {
            try await benchLoads(plan, on: location, name: "PostgreSQL")
        } else {
            print("PostgreSQL: skipped (give --postgres URL or set LUOSHI_DATABASE_URL)")
        }
    }

    /// A first load (a new plan each time: its title carries the run number) and
    /// a second, identical load that must change nothing.
    private func benchLoads(_ plan: Plan, on location: DatabaseLocation, name: String) async throws {
        let store = try await PlanStore.open(location)
        try await store.migrate()
        let stamp = Int(Date().timeIntervalSince1970)
        var created: [Double] = [], unchanged: [Double] = []
        for i in 0..<loads {
            var copy = plan
            copy.notice.title += "（测量\(stamp)-\(i)）"
            created.append(try await Timing.measureAsync { _ = try await store.load(copy, by: "bench", at: Date()) })
            unchanged.append(try await Timing.measureAsync { _ = try await store.load(copy, by: "bench", at: Date()) })
        }
        try await store.close()
        print("load into \(name): first load \(Timing.summary(created)); identical reload \(Timing.summary(unchanged)) over \(loads) loads")
    }
}

enum Timing {
    static func measure(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
    }

    static func measureAsync(_ body: () async throws -> Void) async rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try await body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
    }

    /// Median, 90th percentile and range in milliseconds.
    static func summary(_ times: [Double]) -> String {
        let sorted = times.sorted()
        func at(_ q: Double) -> Double { sorted[min(sorted.count - 1, Int(Double(sorted.count - 1) * q))] }
        return String(format: "median %.3f ms, p90 %.3f ms, min %.3f ms, max %.3f ms", at(0.5), at(0.9), sorted.first ?? 0, sorted.last ?? 0)
    }
}
