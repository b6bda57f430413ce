import ArgumentParser
import Foundation
import NoticeImport
import ReformPlan

/// `luoshi import NOTICE`: the plan as the importer reads it, findings on stderr.
/// A DOCX or XLSX responsibility table is told by its bytes and read as a table.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "导入通知或责任分解表：把印发的实施方案（TXT，UTF-8或GB18030）或DOCX/XLSX表格读成计划文件。 Import a notice or a responsibility table into a plan file.")

    @Argument(help: "The notice: a text file (UTF-8 or GB18030), or a responsibility table as DOCX or XLSX.")
    var notice: String

    @Option(help: "Output format: yaml or json.")
    var format: PlanFile.Format = .yaml

    @Option(name: .shortAndLong, help: "Write the plan to this file instead of standard output.")
    var output: String?

    func run() throws {
        let data = try Input.read(notice)
        let plan: Plan
        do {
            plan = try NoticeImporter.importFile(data: data)
        } catch {
            throw CommandFailure("\(notice): \(error.message)")
        }
        for finding in plan.findings {
            Output.error("\(notice):\(finding.line):\(finding.column): \(finding.severity == .warning ? "warning" : "note"): \(finding.message)")
        }
        try Output.write(try PlanFile.encode(plan, as: format), to: output)
        Output.error("\(notice): \(plan.projects.count)个项目, \(plan.tasks.count)项任务, \(plan.indicators.count)个指标, \(plan.phases.count)个阶段, \(plan.findings.count)条提示")
    }
}

extension PlanFile.Format: ExpressibleByArgument {}
