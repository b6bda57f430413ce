import ArgumentParser
import Foundation
import PlanStore
import ReformPlan
import WebApp

/// `luoshi assess`: the year-end assessment from the command line — the
/// ranking, one unit's itemised score, the scheme file, and a what-if.
struct AssessCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assess", abstract: "年底考核：得分排名、方案文件、模拟。 The year-end assessment.",
        subcommands: [Score.self, Scheme.self, Adopt.self, WhatIf.self])

    struct Score: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "按现行方案计算各单位得分和名次（制表符分隔）；--unit 列出一个单位的逐项得分和依据。 Scores and ranking.")
        @Option(help: "The day scores are computed as of, yyyy-mm-dd (default: today).") var asOf: String?
        @Option(help: "One unit's itemised score with its evidence.") var unit: String?
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let day = try CommandDay.parse(asOf)
            let lines = try await database.withStore { store in
                try await failing { try await AssessmentCommands.score(store: store, asOf: day, unit: unit) }
            }
            lines.forEach { print($0) }
        }
    }

    struct Scheme: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "输出现行考核方案文件（YAML）。 Print the scheme file.")
        @Option(name: .shortAndLong, help: "Output file (default: standard output).") var output: String?
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let yaml = try await database.withStore { store in
                try await failing { try await AssessmentCommands.schemeFile(store: store) }
            }
            try Output.write(Data(yaml.utf8), to: output)
        }
    }

    struct Adopt: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "采用方案文件为新版本（先逐项检查，有错时指出行号，不采用）。 Adopt a scheme file as the next version.")
        @Argument(help: "The scheme file (YAML).") var file: String
        @Option(help: "What changed and why (required).") var note: String
        @Option(help: "Who adopts it (default: $USER).") var by: String?
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let yaml = try String(decoding: Input.read(file), as: UTF8.self)
            let who = by ?? ProcessInfo.processInfo.environment["USER"] ?? "cli"
            let version = try await database.withStore { store in
                try await failing { try await AssessmentCommands.adopt(store: store, yaml: yaml, note: note, by: who) }
            }
            print("已采用为第\(version)版。 (Adopted as version \(version).)")
        }
    }

    struct WhatIf: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "whatif", abstract: "模拟：改动权重后谁的名次变化（不保存）。 Who moves if weights change.")
        @Option(name: .customLong("set"), help: "key=number, e.g. --set reports=30 (repeatable).") var settings: [String] = []
        @Option(help: "As of yyyy-mm-dd (default: today).") var asOf: String?
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            guard !settings.isEmpty else { throw CommandFailure("请用 --set 项目键=数字 给出要改的权重。 (Give at least one --set.)") }
            let day = try CommandDay.parse(asOf)
            let lines = try await database.withStore { store in
                try await failing { try await AssessmentCommands.whatIf(store: store, asOf: day, settings: settings) }
            }
            lines.forEach { print($0) }
        }
    }
}
