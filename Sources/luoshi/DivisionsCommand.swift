import ArgumentParser
import Foundation
import NoticeImport
import PlanStore
import ReformPlan

/// `luoshi divisions`: the bureau's administrative divisions.
struct DivisionsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "divisions", abstract: "行政区划：导入街道、社区，查看。 Administrative divisions.",
        subcommands: [DivisionsImport.self, DivisionsList.self, DivisionsLink.self])
}

/// Loads streets and communities from a CSV. Wuhan's city and districts are
/// stored first when the database has no divisions. Nothing is stored unless
/// every row is good; every bad row is named.
struct DivisionsImport: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "从CSV或XLSX导入区划（\(DivisionsCSV.columns)）。 Load divisions from a CSV.")
    @Argument(help: "The CSV file, or an XLSX workbook (its first sheet).") var file: String
    @Flag(help: "Mark the rows as demo data.") var demo = false
    @Option(help: "Who is loading it, for the audit log (default: $USER).") var by: String?
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let (rows, unread) = try Self.read(file, demo: demo)
        let who = by ?? ProcessInfo.processInfo.environment["USER"] ?? "cli"
        let stored = try await database.withStore { store -> Int in
            try await store.seedDivisionsIfEmpty(WuhanDivisions.all, by: who, at: Date())
            let problems = (unread + (try await store.divisionTree(downTo: .village)).problems(adding: rows))
                .sorted { Int($0.place.filter(\.isNumber)) ?? 0 < Int($1.place.filter(\.isNumber)) ?? 0 }
            guard problems.isEmpty else {
                throw CommandFailure("\(file)：\(problems.count)处错误，未导入任何一行 (nothing was stored):\n"
                                     + problems.map { "  \($0)" }.joined(separator: "\n"))
            }
            try await store.saveDivisions(rows.map(\.division), by: who, at: Date())
            return rows.count
        }
        let kinds = Dictionary(grouping: rows, by: \.division.kind).map { "\($0.key.chineseName)\($0.value.count)个" }.sorted()
        print("已导入\(stored)个区划：\(kinds.joined(separator: "，"))。 (stored \(stored) divisions)")
    }

    static func read(_ file: String, demo: Bool) throws -> ([DivisionRow], [RowProblem]) {
        do {
            return try DivisionsCSV.rows(try Input.read(file), demo: demo)
        } catch let problem as ImportProblem {
            throw CommandFailure("\(file)：\(problem)")
        } catch let problem as CSVTable.Problem {
            throw CommandFailure("\(file)：\(problem)")
        }
    }
}

struct DivisionsList: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "列出某区划的下级（默认武汉市）。 List a division's children.")
    @Argument(help: "The division's code (default 420100).") var code = WuhanDivisions.cityCode
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let children = try await database.withStore { store in
            try await store.seedDivisionsIfEmpty(WuhanDivisions.all, by: "cli", at: Date())
            return try await store.childDivisions(of: code)
        }
        if children.isEmpty { print("（\(code)没有下级区划 no divisions under \(code)）") }
        for d in children {
            print([d.code, d.name, d.kind.chineseName, d.tags.joined(separator: "、"), d.managedBy ?? "", d.isDemo ? "演示" : ""]
                .joined(separator: "\t"))
        }
    }
}

/// Links a unit (a district bureau) to the division it answers for, so that
/// its reporters enter values and keep a sub-plan for that district.
struct DivisionsLink: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "link", abstract: "把单位（如区民政局）关联到它负责的区划。 Link a unit to its division.")
    @Argument(help: "The unit as the plans name it, e.g. 江岸区民政局.") var unit: String
    @Argument(help: "The division's code, e.g. 420102.") var code: String
    @Option(help: "Who links it, for the audit log (default: $USER).") var by: String?
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let who = by ?? ProcessInfo.processInfo.environment["USER"] ?? "cli"
        let name = try await database.withStore { store -> String in
            try await store.seedDivisionsIfEmpty(WuhanDivisions.all, by: who, at: Date())
            guard let division = try await store.division(code) else {
                throw CommandFailure("没有代码为\(code)的区划；先用 luoshi divisions list 查看。 (no division \(code))")
            }
            try await store.linkUnit(unit, to: code, by: who, at: Date())
            return division.name
        }
        print("已将“\(unit)”关联到\(name)（\(code)）。 (linked)")
    }
}
