import Foundation
import Hummingbird
import PlanStore
import ReformPlan

/// 报送: a unit's monthly report — the form, saving a draft, submitting,
/// attachments — and reading a report.
struct ReportRoutes {
    let services: Services

    func add(to router: Router<AppContext>) {
        router.get("/report") { request, context in try await form(request, context) }
        router.post("/report") { request, context in try await save(request, context) }
        router.get("/reports/{id}") { _, context in try await show(context) }
        router.get("/attachments/{id}") { _, context in try await download(context) }
    }

    private var desk: ReportDesk { ReportDesk(services: services) }

    private func attachmentsOf(_ report: ProgressReport?) async throws -> [ReportAttachment] {
        guard let id = report?.id else { return [] }
        return try await services.store.attachments(reportID: id)
    }

    /// Last month's report of the unit, if it was submitted or accepted (readable by everyone then).
    private func previousReport(_ current: PlanCache.Current, unit: String, month: ReportMonth) async throws -> ProgressReport? {
        try await services.store.report(planID: current.id, unit: unit, month: month.previous).flatMap { $0.counts ? $0 : nil }
    }

    private func form(_ request: Request, _ context: AppContext) async throws -> Response {
        let account = try context.account()
        let query = request.uri.queryParameters
        guard let unit = query["unit"].map(String.init) ?? account.unit else {
            throw Refusal(.badRequest, zh: "请选择要查看的单位。", en: "Choose a unit.", field: "unit")
        }
        let current = try await services.currentPlan(), month = try desk.month(query["month"].map(String.init))
        let report = try await services.store.report(planID: current.id, unit: unit, month: month)
        try context.require(report?.readOperation ?? .readDraftReport, units: [unit])
        let editable = Access.allows(account, .editReport, units: [unit]) && (report?.state.isEditable ?? true)
        let attachments = try await attachmentsOf(report)
        var view = ReportFormView(plan: current.plan, unit: unit, month: month, report: report, attachments: attachments,
                                  editable: editable, language: context.language)
        view.previous = try await previousReport(current, unit: unit, month: month)
        var data = Frame.data(context, services, title: "\(unit) · \(month)", active: "report")
        data.merge(view.data) { $1 }
        data["dueDate"] = month.dueDate(dayOfMonth: try await services.thresholds().reportDueDay).description
        if query["saved"] != nil { data["notice"] = context.language == .zh ? "已保存。" : "Saved." }
        if query["submitted"] != nil { data["notice"] = context.language == .zh ? "已提交，等待审核。" : "Submitted for review." }
        return services.pages.page("report", data)
    }

    private func save(_ request: Request, _ context: AppContext) async throws -> Response {
        let account = try context.account()
        let form = try await FormInput.read(request, context: context)
        guard let unit = account.unit else { throw Refusal.forbidden("填写报送", "edit reports") }
        try context.require(.editReport, units: [unit])
        let current = try await services.currentPlan(), month = try desk.month(form["month"])
        let projects = current.plan.projects(answeredBy: unit)
        let reader = ReportForm(projects: projects, phases: current.plan.phases, indicators: current.plan.indicators)
        let foreign = reader.foreignProjects(in: form)
        guard foreign.isEmpty else { throw ReportDesk.foreignProjects(foreign, unit: unit, field: "p\(foreign[0])") }
        let stored = try await services.store.report(planID: current.id, unit: unit, month: month)
        try ReportDesk.requireEditable(stored)
        let submitting = form["action"] == "submit"
        var (sections, problems) = reader.read(form)
        if submitting { problems += ReportDesk.submissionProblems(sections, projects: projects) { "p\($0)_progress" } }
        let uploads = AttachmentCheck.check(form.uploads, projects: Set(projects.map(\.number)))
        problems += uploads.problems
        let expectedVersion = Int(form["version"] ?? "") ?? 0
        func again(_ problems: [ReportForm.Problem], version: Int, status: HTTPResponse.Status) async throws -> Response {
            let attachments = try await attachmentsOf(stored)
            var view = ReportFormView(plan: current.plan, unit: unit, month: month, report: stored, typed: sections,
                                      problems: problems, attachments: attachments, editable: true, language: context.language)
            view.problems = problems
            view.previous = try await previousReport(current, unit: unit, month: month)
            var data = Frame.data(context, services, title: "\(unit) · \(month)", active: "report")
            data.merge(view.data) { $1 }
            data["version"] = version
            data["dueDate"] = month.dueDate(dayOfMonth: try await services.thresholds().reportDueDay).description
            return services.pages.page("report", data, status: status)
        }
        if !problems.isEmpty { return try await again(problems, version: expectedVersion, status: .unprocessableContent) }

        var report = stored ?? ProgressReport(unit: unit, month: month)
        report.sections = sections
        do {
            report = try await desk.save(report, planID: current.id, expectedVersion: expectedVersion, submit: submitting, by: account)
        } catch StoreError.versionConflict(let version, let updatedBy) {
            let who = updatedBy ?? "?"
            let problem = ReportForm.Problem(field: "version",
                zh: "保存前，\(who)已修改了这份报送（现为第\(version)版）。您填写的内容尚未保存，仍在下方；请核对后再次保存，将以您的内容为准。",
                en: "\(who) changed this report before you saved (now version \(version)). Your text is below, not yet saved; check it and save again to keep it.")
            return try await again([problem], version: version, status: .conflict)
        }
        if let reportID = report.id {
            let now = services.now()
            for upload in uploads.accepted {
                let file = try services.attachments.save(upload.upload.bytes)
                _ = try await services.store.addAttachment(
                    NewAttachment(reportID: reportID, project: upload.project, fileName: upload.upload.fileName,
                                  mediaType: upload.kind.mediaType, size: upload.upload.bytes.readableBytes,
                                  sha256: file.sha256, storageName: file.storageName),
                    by: account.login, at: now)
            }
        }
        return Response.redirect(to: "/report?month=\(month)&\(submitting ? "submitted" : "saved")=1")
    }

    private func show(_ context: AppContext) async throws -> Response {
        let account = try context.account()
        let (_, report) = try await desk.report(id: context.parameters.get("id", as: Int64.self))
        try context.require(report.readOperation, units: [report.unit])
        let current = try await services.currentPlan()
        let id = report.id ?? 0
        let attachments = try await services.store.attachments(reportID: id)
        let view = ReportFormView(plan: current.plan, unit: report.unit, month: report.month, report: report,
                                  attachments: attachments, editable: false, language: context.language)
        var data = Frame.data(context, services, title: "\(report.unit) · \(report.month)", active: "review")
        data.merge(view.data) { $1 }
        data["canReview"] = report.state == .submitted && Access.allows(account, .reviewReport, units: [report.unit])
        return services.pages.page("report", data)
    }

    private func download(_ context: AppContext) async throws -> Response {
        guard let id = context.parameters.get("id", as: Int64.self),
              let attachment = try await services.store.attachment(id: id),
              let (_, report) = try await services.store.report(id: attachment.reportID) else {
            throw Refusal.notFound("该附件", "attachment")
        }
        try context.require(report.readOperation, units: [report.unit])
        return Download.response(try services.attachments.read(attachment.storageName), mediaType: attachment.mediaType,
                                 fileName: attachment.fileName)
    }
}

/// Uploaded files checked by size and by content, each tied to its project.
enum AttachmentCheck {
    struct Accepted {
        var upload: FormInput.Upload
        var project: Int
        var kind: AttachmentKind
    }

    static func check(_ uploads: [FormInput.Upload], projects: Set<Int>) -> (accepted: [Accepted], problems: [ReportForm.Problem]) {
        var accepted: [Accepted] = [], problems: [ReportForm.Problem] = []
        for upload in uploads where !(upload.fileName.isEmpty && upload.bytes.readableBytes == 0) {
            let digits = upload.field.dropFirst().prefix { $0.isNumber }
            guard upload.field.hasPrefix("p"), let project = Int(digits), projects.contains(project) else { continue }
            switch judge(upload) {
            case .success(let kind): accepted.append(Accepted(upload: upload, project: project, kind: kind))
            case .failure(let problem): problems.append(problem)
            }
        }
        return (accepted, problems)
    }

    /// What the uploaded file is, by its bytes, or the problem with it: empty,
    /// over the size limit, or not a kind that may be attached. Vouchers of
    /// budget spending are judged the same way.
    static func judge(_ upload: FormInput.Upload) -> Result<AttachmentKind, ReportForm.Problem> {
        let size = upload.bytes.readableBytes
        if size == 0 {
            return .failure(.init(field: upload.field, zh: "附件“\(upload.fileName)”是空文件。", en: "The file “\(upload.fileName)” is empty."))
        } else if size > Limits.attachment {
            return .failure(.init(field: upload.field, zh: "附件“\(upload.fileName)”有\(ByteCount.text(size))，超过10MB上限。",
                                  en: "“\(upload.fileName)” is \(ByteCount.text(size)), over the 10 MB limit."))
        } else if let kind = AttachmentKind.of(Data(buffer: upload.bytes)) {
            return .success(kind)
        }
        return .failure(.init(field: upload.field, zh: "附件“\(upload.fileName)”不是PDF、Word（DOCX）、Excel（XLSX）或图片文件（按文件内容判断，而非扩展名）。",
                              en: "“\(upload.fileName)” is not a PDF, DOCX, XLSX or image (judged by its content, not its name)."))
    }
}

extension ReportForm.Problem: Error {}
