import ArgumentParser
import Foundation
import OfficialDocuments
import PlanStore
import ReformPlan

/// `luoshi table`: the responsibility breakdown table (责任分解表) of a stored plan.
struct TableCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "table", abstract: "生成责任分解表（DOCX、XLSX、CSV、Markdown）。 Write the responsibility breakdown table.")
    @OptionGroup var choice: PlanChoice
    @Option(help: "docx, xlsx, csv or md.") var format: TableFormat
    @Option(name: .shortAndLong, help: "Output file (default: standard output for csv and md; 责任分解表.<ext> otherwise).")
    var output: String?
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let plan = try await database.withStore { try await choice.plan(in: $0) }
        let table = ResponsibilityTable(plan: plan)
        let data = try table.render(format: format)
        let binary = format == .docx || format == .xlsx
        let path = output ?? (binary ? "责任分解表.\(format.fileExtension)" : nil)
        try Output.write(data, to: path)
        if let path { Output.error("已写出 \(path)（\(table.rows.count)行，\(data.count)字节） (wrote \(path))") }
    }
}

extension TableFormat: ExpressibleByArgument {}
