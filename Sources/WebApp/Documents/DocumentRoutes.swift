import Foundation
import Hummingbird
import PlanStore
import ReformPlan

/// 每月通报 at /bulletins and 半年小结 at /summaries: the list, drafting from
/// the data, editing the narrative, issuing (numbered and frozen), the files,
/// read receipts, comparison with the month before, and corrections.
struct DocumentRoutes {
    let services: Services

    func add(to router: Router<AppContext>) {
        for kind in SupervisionDocument.Kind.allCases {
            let base = Self.path(kind)
            router.get(RouterPath(base + "/{id}")) { _, context in try await page(kind, context) }
            router.get(RouterPath(base + "/{id}/docx")) { _, context in try await file(kind, docx: true, context) }
            router.get(RouterPath(base + "/{id}/xlsx")) { _, context in try await file(kind, docx: false, context) }
        }
        // Drafting and editing are for bulletins and summaries; an assessment result is published on /assessment.
        for kind in [SupervisionDocument.Kind.bulletin, .halfYear] {
            let base = Self.path(kind)
            router.get(RouterPath(base)) { _, context in try await list(kind, context) }
            router.post(RouterPath(base)) { request, context in try await create(kind, request, context) }
            router.post(RouterPath(base + "/{id}")) { request, context in try await save(kind, request, context) }
            router.post(RouterPath(base + "/{id}/refresh")) { request, context in try await refresh(kind, request, context) }
            router.post(RouterPath(base + "/{id}/issue")) { request, context in try await issue(kind, request, context) }
            router.post(RouterPath(base + "/{id}/delete")) { request, context in try await discard(kind, request, context) }
        }
        router.post("/bulletins/{id}/correct") { request, context in try await correct(request, context) }
        router.get("/bulletins/{id}/compare") { _, context in try await compare(context) }
    }

    static func path(_ kind: SupervisionDocument.Kind) -> String { kind.path }

    func desk() async throws -> DocumentDesk {
        try await DocumentDesk(services: services, current: try await services.currentPlan())
    }

    /// The document at {id}, of this kind and plan, that the account may see: drafts only for those who write or lead.
    func document(_ kind: SupervisionDocument.Kind, _ context: AppContext, desk: DocumentDesk) async throws -> SupervisionDocument {
        let account = try context.require(.readDocuments)
        let id = try context.parameters.require("id", as: Int64.self)
        guard let document = try await services.store.supervisionDocument(id: id), document.kind == kind,
              document.planID == desk.current.id else {
            throw Refusal.notFound("该文件", "document")
        }
        if document.state == .draft { try context.require(.readDraftDocuments) }
        _ = account
        return document
    }

    /// What every change of a document starts with: the right to write, the form (its CSRF token checked), the document.
    func editing(_ kind: SupervisionDocument.Kind, _ request: Request, _ context: AppContext) async throws
        -> (Account, FormInput, DocumentDesk, SupervisionDocument) {
        let account = try context.require(.draftDocuments)
        let form = try await FormInput.read(request, context: context)
        let desk = try await desk()
        return (account, form, desk, try await document(kind, context, desk: desk))
    }

    private func list(_ kind: SupervisionDocument.Kind, _ context: AppContext) async throws -> Response {
        let account = try context.require(.readDocuments)
        let desk = try await desk()
        let documents = try await services.store.supervisionDocuments(planID: desk.current.id, kind: kind)
            .filter { $0.state == .issued || Access.allows(account, .readDraftDocuments) }
        var data = Frame.data(context, services, title: kind.chineseName, active: "documents")
        data["kindName"] = kind.chineseName
        data["base"] = Self.path(kind)
        data["isBulletin"] = kind == .bulletin
        data[kind == .bulletin ? "tab_bulletins" : "tab_summaries"] = true
        data["documents"] = documents.map { d -> [String: Any] in
            ["id": d.id ?? 0, "title": d.title, "period": d.period, "number": d.number ?? "", "issued": d.state == .issued,
             "state": d.state.chineseName, "issuedOn": d.issuedOn?.chineseName ?? "", "isCorrection": d.corrects != nil]
        }
        data["canDraft"] = Access.allows(account, .draftDocuments)
        let year = desk.plan.year ?? desk.today.year
        let lastMonth = ReportMonth(desk.today) == ReportMonth(desk.today.adding(days: 1)) ? ReportMonth(desk.today).previous
            : ReportMonth(desk.today)
        data["months"] = (1...12).map { ReportMonth(year: year, month: $0) }.filter { $0 <= ReportMonth(desk.today) }.map {
            ["value": $0.description, "name": $0.chineseName, "selected": $0 == lastMonth]
        }
        data["halfYear"] = "\(year)-H1"
        return services.pages.page("documents", data)
    }

    private func create(_ kind: SupervisionDocument.Kind, _ request: Request, _ context: AppContext) async throws -> Response {
        let account = try context.require(.draftDocuments)
        let form = try await FormInput.read(request, context: context)
        let desk = try await desk()
        let draft: SupervisionDocument
        switch kind {
        case .bulletin:
            guard let month = form["month"].flatMap(ReportMonth.init(iso:)), month <= ReportMonth(desk.today) else {
                throw Refusal(.unprocessableContent, zh: "请选择已经到来的月份（如 2019-09）。", en: "Choose a month that has begun.", field: "month")
            }
            try DocumentDrafts.refuseUnended(kind, period: month.description, today: desk.today)
            try await DocumentDrafts(desk: desk).refuseIfIssued(kind, period: month.description)
            draft = try await DocumentDrafts(desk: desk).bulletin(month: month)
        case .halfYear, .assessment:
            try DocumentDrafts.refuseUnended(kind, period: "\(desk.year)-H1", today: desk.today)
            draft = try await DocumentDrafts(desk: desk).halfYear()
            try await DocumentDrafts(desk: desk).refuseIfIssued(kind, period: draft.period)
        }
        do {
            let saved = try await services.store.saveDocumentDraft(draft, expectedVersion: 0, by: account.login, at: services.now())
            return .redirect(to: "\(Self.path(kind))/\(saved.id ?? 0)")
        } catch StoreError.stateConflict(_, let id, _) {
            // A draft of that period exists already: open it rather than make a second.
            return .redirect(to: "\(Self.path(kind))/\(id)")
        }
    }

    private func page(_ kind: SupervisionDocument.Kind, _ context: AppContext, problem: String? = nil,
                      typed: FormInput? = nil, status: HTTPResponse.Status = .ok) async throws -> Response {
        let account = try context.require(.readDocuments)
        let desk = try await desk()
        let document = try await document(kind, context, desk: desk)
        if document.state == .issued {
            try await services.store.markRead(documentID: document.id ?? 0, login: account.login, unit: account.unit,
                                              at: services.eventTime())
        }
        var data = Frame.data(context, services, title: document.title, active: "documents")
        data.merge(try await DocumentPage(desk: desk, document: document, account: account, store: services.store).data(typed: typed)) { $1 }
        data["problem"] = problem ?? ""
        return services.pages.page("document", data, status: status)
    }

    private func save(_ kind: SupervisionDocument.Kind, _ request: Request, _ context: AppContext) async throws -> Response {
        var (account, form, desk, document) = try await editing(kind, request, context)
        let version = try form.version()
        document.narrative = try DocumentDrafts(desk: desk).narrative(of: document, from: form)
        do {
            try await services.store.saveDocumentDraft(document, expectedVersion: version, by: account.login, at: services.now())
        } catch StoreError.versionConflict(_, let by) {
            return try await page(kind, context, problem: "\(by ?? "其他人")已在您之后保存了这份草稿。您的文字仍在下面，请核对后再保存。",
                                  typed: form, status: .conflict)
        }
        return .redirect(to: "\(Self.path(kind))/\(document.id ?? 0)")
    }

    /// Compiles the facts afresh from today's data, keeping the supervisor's words.
    private func refresh(_ kind: SupervisionDocument.Kind, _ request: Request, _ context: AppContext) async throws -> Response {
        var (account, form, desk, document) = try await editing(kind, request, context)
        let fresh = kind == .bulletin
            ? try await DocumentDrafts(desk: desk).bulletin(month: ReportMonth(iso: document.period) ?? ReportMonth(desk.today))
            : try await DocumentDrafts(desk: desk).halfYear()
        document.facts = fresh.facts
        try await services.store.saveDocumentDraft(document, expectedVersion: form["version"].flatMap(Int.init) ?? -1,
                                                   by: account.login, at: services.now())
        return .redirect(to: "\(Self.path(kind))/\(document.id ?? 0)")
    }

    private func issue(_ kind: SupervisionDocument.Kind, _ request: Request, _ context: AppContext) async throws -> Response {
        var (account, form, desk, document) = try await editing(kind, request, context)
        document.version = form["version"].flatMap(Int.init) ?? -1
        let day = try form.text("date").map { text in
            guard let day = Day(iso: text) else {
                throw Refusal(.unprocessableContent, zh: "成文日期“\(text)”不是日期，请写成 2019-10-08。", en: "Not a date: \(text).", field: "date")
            }
            return day
        } ?? desk.today
        try DocumentDrafts.refuseIssueDate(day, kind: kind, period: document.period)
        // Issued from the edit form: what is typed there is saved first, so nothing typed is lost or left out.
        let edited = try DocumentDrafts(desk: desk).narrative(of: document, from: form)
        if edited != document.narrative {
            document.narrative = edited
            document = try await services.store.saveDocumentDraft(document, expectedVersion: document.version,
                                                                  by: account.login, at: services.now())
        }
        _ = try await desk.issue(document, on: day, by: account.login, at: services.now())
        return .redirect(to: "\(Self.path(kind))/\(document.id ?? 0)")
    }

    private func discard(_ kind: SupervisionDocument.Kind, _ request: Request, _ context: AppContext) async throws -> Response {
        let (account, _, desk, document) = try await editing(kind, request, context)
        try await services.store.deleteDocumentDraft(id: document.id ?? 0, by: account.login, at: services.now())
        return .redirect(to: Self.path(kind))
    }

    /// The issued file byte for byte; a draft's written now and marked 草稿 in its number line.
    private func file(_ kind: SupervisionDocument.Kind, docx: Bool, _ context: AppContext) async throws -> Response {
        let desk = try await desk()
        let document = try await document(kind, context, desk: desk)
        let bytes = try await desk.file(of: document, docx: docx)
        let name = (document.number ?? "草稿-\(document.title)") + (docx ? ".docx" : "-附表.xlsx")
        return Download.response(bytes, mediaType: docx ? DocumentFiles.docxType : DocumentFiles.xlsxType, fileName: name)
    }

    private func correct(_ request: Request, _ context: AppContext) async throws -> Response {
        let account = try context.require(.draftDocuments)
        _ = try await FormInput.read(request, context: context)
        let desk = try await desk()
        let original = try await document(.bulletin, context, desk: desk)
        guard original.state == .issued, let number = original.number else {
            throw Refusal(.conflict, zh: "只有已印发的通报才需要更正；草稿可直接修改。", en: "Only an issued bulletin is corrected.")
        }
        let draft = try await DocumentDrafts(desk: desk).correction(of: original, number: number)
        do {
            let saved = try await services.store.saveDocumentDraft(draft, expectedVersion: 0, by: account.login, at: services.now())
            return .redirect(to: "/bulletins/\(saved.id ?? 0)")
        } catch StoreError.stateConflict(_, let id, _) {
            return .redirect(to: "/bulletins/\(id)")
        }
    }

    private func compare(_ context: AppContext) async throws -> Response {
        let desk = try await desk()
        let document = try await document(.bulletin, context, desk: desk)
        var data = Frame.data(context, services, title: "通报对比：\(document.title)", active: "documents")
        data.merge(try await DocumentComparisonPage(desk: desk, document: document, store: services.store).data()) { $1 }
        return services.pages.page("document-compare", data)
    }
}
