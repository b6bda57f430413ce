import ArgumentParser
import Foundation
import NoticeImport
import PlanStore
import ReformPlan

/// `luoshi bench rollup`: a synthetic national tree (SyntheticNation), a
/// 600,000-row values file loaded as a district's upload is, and one
/// indicator-month rolled up from communities to the nation, on SQLite and,
/// when given, PostgreSQL.
struct RollupBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rollup", abstract: "Time loading a national division tree and values, and rolling one indicator-month up.")
    @Option(help: "Timed roll-ups per database (after one cold run).") var runs = 20
    @Option(help: "A postgres:// URL to measure PostgreSQL too (default: LUOSHI_DATABASE_URL if it is one).")
    var postgres: String?

    func run() async throws {
        #if DEBUG
        Output.error("注意：这是调试构建，数字偏慢；请用 swift run -c release luoshi bench rollup。 (Debug build: numbers are not representative.)")
        #endif
        let divisions = SyntheticNation.divisions()
        let counts = Dictionary(grouping: divisions, by: \.kind).mapValues(\.count)
        print("synthetic tree: " + Division.Kind.allCases.compactMap { k in counts[k].map { "\($0) \(k.rawValue)" } }
            .joined(separator: ", "))
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("luoshi-values-\(getpid()).csv")
        defer { try? FileManager.default.removeItem(at: file) }
        try Self.valuesFile(divisions).write(to: file)
        print("values file: \(file.path), \(try Data(contentsOf: file).count / 1024) KiB")

        let sqlitePath = FileManager.default.temporaryDirectory.appendingPathComponent("luoshi-rollup-\(getpid()).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: sqlitePath + suffix) } }
        try await measure(on: .sqlite(path: sqlitePath), name: "SQLite", divisions: divisions, file: file)
        let configured = try? DatabaseLocation.fromEnvironment()
        if let url = postgres {
            try await measure(on: .postgres(url: url), name: "PostgreSQL", divisions: divisions, file: file)
        } else if case .postgres = configured, let location = configured {
            try await measure(on: location, name: "PostgreSQL", divisions: divisions, file: file)
        } else {
            print("PostgreSQL: skipped (give --postgres URL or set LUOSHI_DATABASE_URL)")
        }
    }

    /// Every community's count of social organisations, 0–19, the same on every run.
    static func valuesFile(_ divisions: [Division]) -> Data {
        var text = "代码,名称,数值\n"
        for d in divisions where d.kind.level == .village {
            text += "\(d.code),\(d.name),\((d.key ?? 0) / 1000 % 7 + (d.key ?? 0) % 13)\n"
        }
        return Data(text.utf8)
    }

    static let indicator = Indicator(name: "每个社区拥有社会组织", measure: "个", comparator: .atLeast, target: 10,
                                     scope: "每个社区", sentence: "【测量】每个社区拥有10个社会组织")

    private func measure(on location: DatabaseLocation, name: String, divisions: [Division], file: URL) async throws {
        let store = try await PlanStore.open(location)
        do {
            try await measure(store, name: name, divisions: divisions, file: file)
            try await store.close()
        } catch {
            try? await store.close()
            throw error
        }
    }

    private func measure(_ store: PlanStore, name: String, divisions: [Division], file: URL) async throws {
        try await store.migrate()
        let treeTime = try await Timing.measureAsync { try await store.saveDivisions(divisions, by: "bench", at: Date()) }
        print("\(name): stored \(divisions.count) divisions in \(String(format: "%.0f", treeTime)) ms")

        let plan = Plan(notice: Notice(title: "测量用方案\(Int(Date().timeIntervalSince1970))"), indicators: [Self.indicator])
        let planID = try await store.load(plan, by: "bench", at: Date()).planID
        guard let indicatorID = try await store.itemIDs(planID: planID).indicators.first else {
            throw CommandFailure("测量用方案未能保存 (the bench plan was not stored)")
        }
        let rule = RollupRule.inferred(for: Self.indicator)
        let month = ReportMonth(year: 2019, month: 9)

        var rows: [ValueRow] = [], known: [Int64: Division.Kind] = [:]
        var checked = IndicatorValueCheck.Checked()
        let parse = try Timing.measure { rows = try ValuesFile.rows(try Data(contentsOf: file)) }
        let lookup = try await Timing.measureAsync { known = try await store.divisionKinds(of: rule.kinds) }
        let check = Timing.measure { checked = IndicatorValueCheck.check(rows, known: known, rule: rule) }
        guard checked.problems.isEmpty else { throw CommandFailure("values file refused: \(checked.problems[0])") }
        let values = checked.values.map { DivisionValue(key: $0.key, kind: $0.kind, value: $0.value) }
        let save = try await Timing.measureAsync {
            try await store.saveIndicatorValues(values, indicatorID: indicatorID, planID: planID, month: month,
                                                source: "bench", rule: rule, comparator: Self.indicator.comparator,
                                                by: "bench", at: Date())
        }
        print(String(format: "\(name): loaded %d values: parse %.0f ms, division lookup %.0f ms, check %.0f ms, store %.0f ms; total %.2f s",
                     values.count, parse, lookup, check, save, (parse + lookup + check + save) / 1000))

        // Cold: the upper tree and the share's denominators read as well; warm: they are kept, as the server keeps them.
        var tree = DivisionTree(), eligible: [String: Int] = [:], nation: RollupTally?
        func rollUp() async throws {
            var tallies = try await store.indicatorTallies(indicatorID: indicatorID, month: month, rule: rule,
                                                           comparator: Self.indicator.comparator, groupLevel: .county)
            for (code, n) in eligible { tallies[code, default: RollupTally()].eligible = n }
            let figures = Rollup.carryUp(tallies, in: tree, rule: rule)
            var total = RollupTally()
            for root in tree.roots { if let t = figures[root.code] { total.add(t) } }
            nation = total
        }
        let cold = try await Timing.measureAsync {
            tree = try await store.divisionTree(downTo: .county)
            eligible = try await store.eligibleCounts(rule: rule, groupLevel: .county)
            try await rollUp()
        }
        var warm: [Double] = []
        for _ in 0..<runs { warm.append(try await Timing.measureAsync { try await rollUp() }) }
        let share = nation?.value(.share) ?? 0
        print(String(format: "\(name): roll-up of one indicator-month, %d communities to the nation: cold %.0f ms; warm %@",
                     nation?.reported ?? 0, cold, Timing.summary(warm)))
        // The same roll-up with the districts' kept tallies set aside: every community grouped again.
        var live: [Double] = []
        let other = RollupRule(method: rule.method, level: rule.level, kinds: rule.kinds, threshold: (rule.threshold ?? 0) + 0.5)
        for _ in 0..<max(3, runs / 4) {
            live.append(try await Timing.measureAsync {
                _ = try await store.indicatorTallies(indicatorID: indicatorID, month: month, rule: other,
                                                     comparator: Self.indicator.comparator, groupLevel: .county)
            })
        }
        print("\(name): the same roll-up grouping all 600,000 communities again (no kept district tallies): \(Timing.summary(live))")
        print(String(format: "\(name): nation: %d of %d communities meet %@ (%.1f%%)", nation?.meeting ?? 0,
                     nation?.eligible ?? 0, ChineseNumber.plain(rule.threshold ?? 0), share))
        if let county = tree.byCode.values.first(where: { $0.kind == .district }) {
            var drill: [Double] = []
            for _ in 0..<runs {
                drill.append(try await Timing.measureAsync {
                    _ = try await store.indicatorTallies(indicatorID: indicatorID, month: month, rule: rule,
                                                         comparator: Self.indicator.comparator, groupLevel: .township,
                                                         within: county)
                })
            }
            print("\(name): drill-down to the streets of one county: \(Timing.summary(drill))")
        }
    }
}
