import ArgumentParser
import Foundation
import NoticeImport
import PlanStore
import ReformPlan

struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "migrate", abstract: "建立或升级数据库结构。 Create or upgrade the database schema.")
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let version = try await database.withStore { try await $0.schemaVersion() }
        print("数据库结构版本 \(version) (schema version \(version)): \(try database.location())")
    }
}

/// `luoshi load plan.yaml`: one transaction; the same plan twice changes nothing.
struct LoadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "load", abstract: "载入计划文件（YAML或JSON）。 Load a plan file into the database.")
    @Argument(help: "The plan file (YAML or JSON), as written by `luoshi import`.") var file: String
    @Option(help: "Who is loading it, for the change record (default: $USER).") var by: String?
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let plan: Plan
        do {
            plan = try PlanFile.decode(try Input.read(file))
        } catch let error as PlanFileError {
            throw CommandFailure("\(file):\n" + error.problems.map { p in
                "\(file):\(p.line.map(String.init) ?? "?"): \(p.path.isEmpty ? "" : p.path + ": ")\(p.message)"
            }.joined(separator: "\n"))
        }
        let who = by ?? ProcessInfo.processInfo.environment["USER"] ?? "cli"
        let outcome = try await database.withStore { try await $0.load(plan, by: who, at: Date()) }
        switch outcome.status {
        case .created: print("已新建计划 \(outcome.planID)“\(plan.notice.title)”，\(plan.projects.count)个项目。 (created plan \(outcome.planID))")
        case .unchanged: print("计划 \(outcome.planID) 没有变化，未写入。 (plan \(outcome.planID) unchanged)")
        case .updated:
            print("已更新计划 \(outcome.planID)，第\(outcome.revision)版，\(outcome.changes.count)处变化： (updated to revision \(outcome.revision))")
            for change in outcome.changes { print("  \(change.path): \(change.before ?? "—") → \(change.after ?? "—")") }
        }
    }
}

struct PlansCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "plans", abstract: "列出数据库中的计划。 List the stored plans.")
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let plans = try await database.withStore { try await $0.plans() }
        if plans.isEmpty { print("（没有计划 no plans）"); return }
        for p in plans {
            print("\(p.id)\t\(p.year.map(String.init) ?? "—")\t\(p.issuer ?? "—")\t\(p.title)\t\(p.projectCount)个项目\t第\(p.revision)版")
        }
    }
}

/// `luoshi export`: the stored plan as a plan file, byte for byte what was loaded.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "把库中的计划导出为计划文件。 Write a stored plan as a plan file.")
    @OptionGroup var choice: PlanChoice
    @Option(help: "yaml or json.") var format: PlanFile.Format = .yaml
    @Option(name: .shortAndLong, help: "Output file (default: standard output).") var output: String?
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let plan = try await database.withStore { try await choice.plan(in: $0) }
        try Output.write(try PlanFile.encode(plan, as: format), to: output)
    }
}
