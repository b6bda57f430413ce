import Foundation
import Hummingbird
import NoticeImport
import PlanStore
import ReformPlan

/// 导入: upload an issued notice or its responsibility table (DOCX or XLSX,
/// told by content), see what the importer read with every finding beside its
/// source line (for a table, its row), correct the plan file, and load it.
struct ImportRoutes {
    let services: Services

    func add(to router: Router<AppContext>) {
        router.get("/import") { _, context -> Response in
            try context.require(.importPlan)
            return services.pages.page("import", Frame.data(context, services, title: title(context), active: "import"))
        }
        router.post("/import") { request, context in try await preview(request, context) }
        router.post("/import/confirm") { request, context in try await confirm(request, context) }
    }

    private func title(_ context: AppContext) -> String { Catalogue.strings(context.language)["import_title"] ?? "" }

    private func preview(_ request: Request, _ context: AppContext) async throws -> Response {
        try context.require(.importPlan)
        let form = try await FormInput.read(request, context: context)
        var data = Frame.data(context, services, title: title(context), active: "import")
        guard let upload = form.uploads.first(where: { $0.field == "notice" }), upload.bytes.readableBytes > 0 else {
            data["error"] = context.language == .zh ? "请选择要导入的通知文件。" : "Choose the notice file to import."
            return services.pages.page("import", data, status: .unprocessableContent)
        }
        guard upload.bytes.readableBytes <= Limits.notice else {
            data["error"] = "文件超过4MB，不像是一份通知或责任分解表。 (Over 4 MB: not a notice or a responsibility table.)"
            return services.pages.page("import", data, status: .contentTooLarge)
        }
        let plan: Plan
        do {
            plan = try NoticeImporter.importFile(data: Data(buffer: upload.bytes))
        } catch {
            data["error"] = "“\(upload.fileName)”：\(error.message)"
            return services.pages.page("import", data, status: .unprocessableContent)
        }
        data.merge(ImportPreview(plan: plan).data) { $1 }
        data["fileName"] = upload.fileName
        data["planText"] = String(decoding: try PlanFile.encode(plan, as: .yaml), as: UTF8.self)
        return services.pages.page("import-preview", data)
    }

    private func confirm(_ request: Request, _ context: AppContext) async throws -> Response {
        let account = try context.require(.importPlan)
        let form = try await FormInput.read(request, context: context, fieldLimit: Limits.notice)
        let text = form["plan"] ?? ""
        var data = Frame.data(context, services, title: title(context), active: "import")
        data["planText"] = text
        let plan: Plan
        do {
            plan = try PlanFile.decode(Data(text.utf8))
        } catch {
            data["problems"] = error.problems.map { ["where": [$0.line.map { "第\($0)行" }, $0.path].compactMap { $0 }.joined(separator: " "), "message": $0.message] }
            return services.pages.page("import-preview", data, status: .unprocessableContent)
        }
        let problems = PlanValidation.problems(in: plan)
        guard problems.isEmpty else {
            data.merge(ImportPreview(plan: plan).data) { $1 }
            data["problems"] = problems.map { ["where": $0.path, "message": $0.message] }
            return services.pages.page("import-preview", data, status: .unprocessableContent)
        }
        let outcome = try await services.store.load(plan, by: account.login, at: services.now())
        var result = Frame.data(context, services, title: title(context), active: "import")
        result["outcome"] = outcome.status.rawValue
        result["revision"] = outcome.revision
        result["changes"] = outcome.changes.prefix(200).map { ["path": $0.path, "before": $0.before ?? "", "after": $0.after ?? ""] }
        result["changeCount"] = outcome.changes.count
        result["planTitle"] = plan.notice.title
        return services.pages.page("import-done", result)
    }
}

/// What the importer read, for a person to check: the projects with their
/// chains, counts, and every finding next to the source line it is about.
struct ImportPreview {
    let plan: Plan

    var data: [String: Any] {
        let findingLines = Dictionary(grouping: plan.findings, by: \.line)
        let source = plan.notice.sourceText?.split(separator: "\n", omittingEmptySubsequences: false) ?? []
        return [
            "planTitle": plan.notice.title,
            "issuer": plan.notice.issuer ?? "",
            "documentNumber": plan.notice.documentNumber ?? "",
            "counts": ["projects": plan.projects.count, "tasks": plan.tasks.count, "indicators": plan.indicators.count,
                       "phases": plan.phases.count, "units": plan.units.count, "people": plan.people.count],
            "findings": plan.findings.map { ["line": $0.line, "column": $0.column, "severity": $0.severity.rawValue, "message": $0.message] },
            "projects": plan.projects.map { project -> [String: Any] in
                let chain = project.responsibility
                return ["number": project.number, "title": project.title, "category": project.category?.chineseName ?? "",
                        "units": chain.answeringUnits.joined(separator: "、"), "leadAgency": chain.leadAgency ?? "",
                        "leader": chain.leaderInCharge ?? "", "first": chain.firstResponsible ?? "",
                        "missingChain": chain.answeringUnits.isEmpty]
            },
            "source": source.enumerated().map { index, line -> [String: Any] in
                let findings = findingLines[index + 1] ?? []
                return ["number": index + 1, "text": String(line), "flagged": !findings.isEmpty,
                        "warning": findings.contains { $0.severity == .warning },
                        "notes": findings.map(\.message)]
            },
        ]
    }
}
