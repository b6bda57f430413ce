import Foundation
import PlanStore
import ReformPlan

/// The bulletins and the half-year summary for the command line (`luoshi
/// bulletin …`, `luoshi summary …`), for scheduled runs: the same desk the
/// pages use, so a bulletin drafted at the terminal is the one on the page.
public enum DocumentCommands {
    public struct Listed: Sendable {
        public let id: Int64
        public let period: String
        public let state: String
        public let number: String?
        public let title: String
        public let issuedOn: Day?
    }

    public enum Format: String, Sendable, CaseIterable {
        case docx, xlsx, json
    }

    /// What a refused command says, in Chinese then English.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    static func desk(_ store: PlanStore, today: Day) async throws -> DocumentDesk {
        let plans = PlanCache(store: store)
        guard let current = try await plans.current() else {
            throw Failure(description: "库中还没有实施方案，请先 luoshi load。 (No plan is loaded.)")
        }
        return try await DocumentDesk(store: store, plans: plans, current: current, base: StatusThresholds(), today: today)
    }

    public static func list(store: PlanStore, halfYear: Bool) async throws -> [Listed] {
        let desk = try await desk(store, today: Day(year: 1970, month: 1, day: 1))
        return try await store.supervisionDocuments(planID: desk.current.id, kind: halfYear ? .halfYear : .bulletin).map {
            Listed(id: $0.id ?? 0, period: $0.period, state: $0.state.chineseName, number: $0.number, title: $0.title,
                   issuedOn: $0.issuedOn)
        }
    }

    /// Drafts the bulletin of `month` (or the half-year summary when nil);
    /// an existing draft of the period is compiled afresh, keeping its words.
    /// Returns the draft and the units it names as late or missing.
    public static func draft(store: PlanStore, month: ReportMonth?, today: Day, by actor: String)
        async throws -> (id: Int64, title: String, named: [String]) {
        let desk = try await desk(store, today: today)
        let drafts = DocumentDrafts(desk: desk)
        let fresh: SupervisionDocument
        if let month { fresh = try await drafts.bulletin(month: month) } else { fresh = try await drafts.halfYear() }
        do {
            try DocumentDrafts.refuseUnended(fresh.kind, period: fresh.period, today: today)
            try await drafts.refuseIfIssued(fresh.kind, period: fresh.period)
        } catch let refusal as Refusal {
            throw Failure(description: "\(refusal.zh) (\(refusal.en))")
        }
        let existing = try await store.supervisionDocuments(planID: desk.current.id, kind: fresh.kind)
            .first { $0.period == fresh.period && $0.state == .draft }
        var saved: SupervisionDocument
        if var existing {
            existing.facts = fresh.facts
            saved = try await store.saveDocumentDraft(existing, expectedVersion: existing.version, by: actor, at: Date())
        } else {
            saved = try await store.saveDocumentDraft(fresh, expectedVersion: 0, by: actor, at: Date())
        }
        var named: [String] = []
        if fresh.kind == .bulletin {
            let facts = try DocumentJSON.decode(BulletinFacts.self, saved.facts)
            named = facts.reporting.late.map { "逾期报送：\($0.unit)（\($0.submittedOn.month)月\($0.submittedOn.day)日）" }
                + facts.reporting.returned.map { "被退回未重报：\($0)" } + facts.reporting.missing.map { "未报送：\($0)" }
        }
        saved.title = fresh.title
        return (saved.id ?? 0, saved.title, named)
    }

    /// Issues draft `id` dated `on`: its number.
    public static func issue(store: PlanStore, id: Int64, on day: Day, by actor: String, halfYear: Bool) async throws -> String {
        let desk = try await desk(store, today: day)
        let kind: SupervisionDocument.Kind = halfYear ? .halfYear : .bulletin
        guard let document = try await store.supervisionDocument(id: id), document.planID == desk.current.id,
              document.kind == kind else {
            throw Failure(description: "没有编号为 \(id) 的\(kind.chineseName)草稿；请用 list 查看。 (No such \(kind) \(id).)")
        }
        guard document.state == .draft else {
            throw Failure(description: "“\(document.title)”已于\(document.issuedOn?.chineseName ?? "")印发（\(document.number ?? "")），不能再次印发。 (Already issued.)")
        }
        do {
            try DocumentDrafts.refuseIssueDate(day, kind: kind, period: document.period)
        } catch let refusal as Refusal {
            throw Failure(description: "\(refusal.zh) (\(refusal.en))")
        }
        return try await desk.issue(document, on: day, by: actor, at: Date()).number ?? ""
    }

    /// The document's file: the issued bytes, or a draft written now.
    /// A draft is dated `today`.
    public static func export(store: PlanStore, id: Int64, format: Format, today: Day) async throws -> Data {
        let desk = try await desk(store, today: today)
        guard let document = try await store.supervisionDocument(id: id), document.planID == desk.current.id else {
            throw Failure(description: "没有编号为 \(id) 的文件。 (No document \(id).)")
        }
        switch format {
        case .docx, .xlsx: return try await desk.file(of: document, docx: format == .docx)
        case .json: return Data(try DocumentJSON.encode(desk.text(of: document)).utf8)
        }
    }
}
