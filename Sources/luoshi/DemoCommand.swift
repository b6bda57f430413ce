import ArgumentParser
import Foundation
import NoticeImport
import OfficialDocuments
import PlanStore
import ReformPlan
import WebApp

/// `luoshi demo`: loads the demo plan without starting the server. Loads the
/// 2019 Wuhan plan (a plan file made by `luoshi import` from the published
/// notice and kept with the program) and writes its responsibility table.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo", abstract: "载入演示计划（2019年武汉市民政改革工作实施方案）并生成责任分解表。 Load the demo plan and write its table.")
    @Option(help: "Folder for the generated tables.") var out = "out"
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let plan: Plan
        do { plan = try DemoPlan.load() } catch { throw CommandFailure("\(error)") }
        let outcome = try await database.withStore { try await $0.load(plan, by: "demo", at: Date()) }
        print("【演示数据 DEMO DATA】\(plan.notice.title)（\(plan.notice.issuer ?? "")，\(plan.notice.issuedDate.map(String.init(describing:)) ?? "")印发）")
        print("数据库 \(try database.location())：计划 \(outcome.planID)，\(outcome.status == .created ? "新建" : outcome.status == .unchanged ? "已存在，无变化" : "已更新")")
        for project in plan.projects {
            let r = project.responsibility
            let units = r.answeringUnits.joined(separator: "、")
            let lead = r.leadAgency.map { "（牵头：\($0)）" } ?? ""
            print(String(format: "%2d ", project.number) + "\(project.title.prefix(24))\(lead) — \(units)；分管：\(r.leaderInCharge ?? "—")")
        }
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        for format in [TableFormat.docx, .xlsx, .csv, .markdown] {
            let path = "\(out)/责任分解表.\(format.fileExtension)"
            try Output.write(try ResponsibilityTable.render(plan, format: format), to: path)
            print("已写出 \(path)")
        }
    }
}
