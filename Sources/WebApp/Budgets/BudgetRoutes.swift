import Foundation
import Hummingbird
import OfficialDocuments
import PlanStore
import ReformPlan

/// 项目经费: a project's budget lines and spending, their forms, vouchers and
/// the XLSX export. Everyone who reads the plan reads budgets; only the
/// finance office and the supervisor change them (`Access`, editBudget).
struct BudgetRoutes {
    let services: Services

    static let lineFields = ["id", "version", "source", "amount", "unit", "note"]
    static let spendingFields = ["id", "version", "line", "date", "amount", "unit", "description"]

    func add(to router: Router<AppContext>) {
        router.get("/projects/{number}/budget") { request, context in try await page(request, context) }
        router.get("/projects/{number}/budget.xlsx") { _, context in try await export(context) }
        router.post("/projects/{number}/budget/lines") { request, context in try await saveLine(request, context) }
        router.post("/projects/{number}/budget/lines/{id}/delete") { request, context in
            try await delete(request, context) { id, version, account, planID in
                try await services.store.deleteBudgetLine(id: id, planID: planID, expectedVersion: version, by: account.login, at: services.now())
            }
        }
        router.post("/projects/{number}/budget/spending") { request, context in try await saveSpending(request, context) }
        router.post("/projects/{number}/budget/spending/{id}/delete") { request, context in
            try await delete(request, context) { id, version, account, planID in
                try await services.store.deleteSpending(id: id, planID: planID, expectedVersion: version, by: account.login, at: services.now())
            }
        }
        router.get("/vouchers/{id}") { _, context in try await voucher(context) }
    }

    private func find(_ context: AppContext) async throws -> (PlanCache.Current, Project) {
        let current = try await services.currentPlan()
        guard let number = context.parameters.get("number", as: Int.self), let project = current.plan.project(number) else {
            throw Refusal.notFound("该项目", "project")
        }
        return (current, project)
    }

    private func page(_ request: Request, _ context: AppContext) async throws -> Response {
        let account = try context.require(.readBudget)
        let (current, project) = try await find(context)
        let budget = try await services.store.budget(planID: current.id, project: project.number)
        var view = BudgetPage(project: project, budget: budget, account: account, language: context.language)
        let query = request.uri.queryParameters
        if let id = query["editLine"].flatMap({ Int64(String($0)) }) { view.editLine(id) }
        if let id = query["editSpending"].flatMap({ Int64(String($0)) }) { view.editSpending(id) }
        if query["saved"] != nil { view.notice = context.language == .zh ? "已保存。" : "Saved." }
        return render(view, context)
    }

    private func render(_ view: BudgetPage, _ context: AppContext, status: HTTPResponse.Status = .ok) -> Response {
        var data = Frame.data(context, services, title: "\(view.project.number). \(view.project.title) · "
                              + (context.language == .zh ? "项目经费" : "Budget"), active: "projects")
        data.merge(view.data) { $1 }
        return services.pages.page("budget", data, status: status)
    }

    /// Who is editing which project's budget, for showing a form again.
    struct Editing {
        let project: Project
        let planID: Int
        let account: Account
        let context: AppContext
    }

    /// Shows the form again with what was typed and why it was refused.
    private func again(_ form: BudgetForm, kind: BudgetPage.FormKind, _ editing: Editing,
                       status: HTTPResponse.Status = .unprocessableContent) async throws -> Response {
        let budget = try await services.store.budget(planID: editing.planID, project: editing.project.number)
        var view = BudgetPage(project: editing.project, budget: budget, account: editing.account, language: editing.context.language)
        view.refused(form, kind: kind)
        return render(view, editing.context, status: status)
    }

    /// Saves, then back to the page; a version conflict shows the form again
    /// with the typed values and the stored version, so saving again overrides.
    private func save(_ form: BudgetForm, kind: BudgetPage.FormKind, _ editing: Editing,
                      _ store: () async throws -> Void) async throws -> Response {
        do {
            try await store()
        } catch StoreError.versionConflict(let version, _) {
            var form = form
            form.problems = [Self.conflict(version, what: kind == .line ? ("预算项", "budget line") : ("支出记录", "spending entry"))]
            form.typed["version"] = String(version)
            return try await again(form, kind: kind, editing, status: .conflict)
        }
        return Response.redirect(to: "/projects/\(editing.project.number)/budget?saved=1#\(kind == .line ? "lines" : "spending")")
    }

    private func saveLine(_ request: Request, _ context: AppContext) async throws -> Response {
        let account = try context.require(.editBudget)
        let (current, project) = try await find(context)
        let input = try await FormInput.read(request, context: context)
        var form = BudgetForm(input, fields: Self.lineFields)
        let source = form.source(), amount = form.amount(allowZero: true)
        let note = form.text("note", label: ("说明", "Note"), required: false, max: 500)
        let editing = Editing(project: project, planID: current.id, account: account, context: context)
        guard form.problems.isEmpty, let source, let amount else { return try await again(form, kind: .line, editing) }
        let line = BudgetLine(id: form.id, project: project.number, source: source, amount: amount, note: note)
        return try await save(form, kind: .line, editing) {
            _ = try await services.store.saveBudgetLine(line, planID: current.id, expectedVersion: form.version,
                                                        by: account.login, at: services.now())
        }
    }

    private func saveSpending(_ request: Request, _ context: AppContext) async throws -> Response {
        let account = try context.require(.editBudget)
        let (current, project) = try await find(context)
        let input = try await FormInput.read(request, context: context)
        var form = BudgetForm(input, fields: Self.spendingFields)
        let budget = try await services.store.budget(planID: current.id, project: project.number)
        let line = form.line(in: budget.lines), date = form.date(notAfter: services.today())
        let amount = form.amount(allowZero: false)
        let description = form.text("description", label: ("摘要", "Description"), required: true, max: 500)
        var upload: (FormInput.Upload, AttachmentKind)?
        if let file = input.uploads.first(where: { $0.field == "voucher" && !($0.fileName.isEmpty && $0.bytes.readableBytes == 0) }) {
            switch AttachmentCheck.judge(file) {
            case .success(let kind): upload = (file, kind)
            case .failure(let problem): form.problems.append(problem)
            }
        }
        let editing = Editing(project: project, planID: current.id, account: account, context: context)
        guard form.problems.isEmpty, let line, let date, let amount else { return try await again(form, kind: .spending, editing) }
        var spending = Spending(id: form.id, line: line, date: date, amount: amount, description: description)
        if let (file, kind) = upload {
            let stored = try services.attachments.save(file.bytes)
            spending.voucher = Voucher(fileName: file.fileName, mediaType: kind.mediaType, size: file.bytes.readableBytes,
                                       sha256: stored.sha256, storageName: stored.storageName)
        }
        // A voucher replaced or a spending removed keeps its file: it is evidence the
        // audit log points at. Only bytes that no record came to name are discarded.
        return try await save(form, kind: .spending, editing) { [spending] in
            do {
                _ = try await services.store.saveSpending(spending, planID: current.id, expectedVersion: form.version,
                                                          by: account.login, at: services.now())
            } catch {
                if let name = spending.voucher?.storageName { services.attachments.discard(name) }
                throw error
            }
        }
    }

    static func conflict(_ version: Int, what: (zh: String, en: String)) -> BudgetForm.Problem {
        BudgetForm.Problem(field: "version",
                           zh: "保存前，该\(what.zh)已被他人修改或删除（现为第\(version)版）。您填写的内容尚未保存，仍在表单中；请核对后再次保存，将以您的内容为准。",
                           en: "The \(what.en) was changed or removed by someone else first (now version \(version)). Your entry is in the form, not yet saved; check it and save again to keep it.")
    }

    private func delete(_ request: Request, _ context: AppContext,
                        _ remove: @Sendable (Int64, Int, Account, Int) async throws -> Void) async throws -> Response {
        let account = try context.require(.editBudget)
        let (current, project) = try await find(context)
        let form = try await FormInput.read(request, context: context)
        guard let id = context.parameters.get("id", as: Int64.self) else { throw Refusal.notFound("该记录", "record") }
        do {
            try await remove(id, Int(form["version"] ?? "") ?? 0, account, current.id)
        } catch StoreError.versionConflict {
            throw Refusal(.conflict, zh: "删除前，该记录已被他人修改，未删除；请刷新页面核对后再操作。",
                          en: "Someone changed the record first; it was not removed. Reload the page and check it.", field: "version")
        }
        return Response.redirect(to: "/projects/\(project.number)/budget?saved=1")
    }

    private func export(_ context: AppContext) async throws -> Response {
        try context.require(.readBudget)
        let (current, project) = try await find(context)
        let budget = try await services.store.budget(planID: current.id, project: project.number)
        let data = try BudgetWorkbook.xlsx(projectNumber: project.number, projectTitle: project.title,
                                           planTitle: current.plan.notice.title, budget: budget, asOf: services.today())
        return Download.response(data, mediaType: TableFormat.xlsx.mediaType, fileName: "第\(project.number)项项目经费预算执行表.xlsx")
    }

    private func voucher(_ context: AppContext) async throws -> Response {
        try context.require(.readBudget)
        guard let id = context.parameters.get("id", as: Int64.self), let found = try await services.store.spending(id: id),
              let voucher = found.spending.voucher else {
            throw Refusal.notFound("该凭证", "voucher")
        }
        return Download.response(try services.attachments.read(voucher.storageName), mediaType: voucher.mediaType,
                                 fileName: voucher.fileName)
    }
}
