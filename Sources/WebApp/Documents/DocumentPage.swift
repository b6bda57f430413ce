import Foundation
import PlanStore
import ReformPlan

/// A bulletin's or summary's page: the document as it reads (as issued, or
/// as the draft would be issued today), the supervisor's edit form for a
/// draft, and for an issued one the read receipts of every unit, the
/// correction that replaced it, and the files.
struct DocumentPage {
    let desk: DocumentDesk
    let document: SupervisionDocument
    let account: Account
    let store: PlanStore

    func data(typed: FormInput?) async throws -> [String: Any] {
        let kind = document.kind
        let isDraft = document.state == .draft
        var data: [String: Any] = [
            "id": document.id ?? 0, "base": DocumentRoutes.path(kind), "kindName": kind.chineseName,
            "title": document.title, "period": document.period, "state": document.state.chineseName, "isDraft": isDraft,
            "number": document.number ?? "", "issuedOn": document.issuedOn?.chineseName ?? "",
            "issuedBy": document.issuedBy ?? "", "version": document.version, "today": desk.today.description,
            "isBulletin": kind == .bulletin,
            "preview": OfficialTextView(text: try desk.text(of: document)).html,
            "canEdit": isDraft && Access.allows(account, .draftDocuments),
            "canCorrect": !isDraft && kind == .bulletin && Access.allows(account, .draftDocuments),
        ]
        if isDraft {
            data["fields"] = try fields().map { field -> [String: Any] in
                ["key": field.key, "label": field.label, "text": typed?[field.key] ?? field.text,
                 "rows": max(3, min(14, field.text.count / 40 + 2))]
            }
        }
        let all = try await store.supervisionDocuments(planID: document.planID, kind: kind)
        if let corrected = document.corrects, let original = all.first(where: { $0.id == corrected }) {
            data["corrects"] = ["id": corrected, "number": original.number ?? "", "title": original.title]
        }
        if let replacement = all.first(where: { $0.corrects == document.id && $0.state == .issued }) {
            data["correctedBy"] = ["id": replacement.id ?? 0, "number": replacement.number ?? ""]
            data["canCorrect"] = false
        }
        if !isDraft {
            data.merge(try await receipts()) { $1 }
            data["hasPrevious"] = kind == .bulletin && all.contains {
                $0.state == .issued && $0.period == ReportMonth(iso: document.period)?.previous.description
            }
        }
        return data
    }

    /// The parts the supervisor writes, with their current words.
    func fields() throws -> [(key: String, label: String, text: String)] {
        switch document.kind {
        case .bulletin:
            let narrative = try DocumentJSON.decode(BulletinNarrative.self, document.narrative)
            return BulletinNarrative.fields.map { ($0.key, $0.label, narrative[$0.key] ?? "") }
        case .halfYear:
            let narrative = try DocumentJSON.decode(HalfYearNarrative.self, document.narrative)
            let facts = try DocumentJSON.decode(HalfYearFacts.self, document.facts)
            return [("opening", "开头", narrative.opening), ("overall", "总体情况", narrative.overall)]
                + facts.projects.map { ("project_\($0.number)", "\($0.number). \($0.title)", narrative.text(of: $0.number)) }
                + [("problems", "存在的问题", narrative.problems), ("nextHalf", "下半年工作安排", narrative.nextHalf)]
        case .assessment:
            return []
        }
    }

    /// Every unit the document is published to — those that answer for a
    /// project and those with an account — with when it was first read there.
    func receipts() async throws -> [String: Any] {
        let receipts = try await store.receipts(documentID: document.id ?? 0)
        var units: [String] = []
        var seen = Set<String>()
        let answering = desk.plan.reportingUnits
        let accounts = try await store.accounts()
        let names = Dictionary(accounts.map { ($0.login, $0.displayName) }, uniquingKeysWith: { a, _ in a })
        let withAccounts = accounts.filter { !$0.disabled }.compactMap(\.unit).sorted()
        for unit in answering + withAccounts where seen.insert(unit).inserted { units.append(unit) }
        let rows = units.map { unit -> [String: Any] in
            let first = receipts.filter { $0.unit == unit }.min { $0.readAt < $1.readAt }
            return ["unit": unit, "read": first != nil, "readAt": first.map { Shanghai.minute($0.readAt) } ?? "",
                    "reader": first.map { "\(names[$0.login] ?? $0.login)（\($0.login)）" } ?? ""]
        }
        return ["receipts": rows, "readCount": rows.filter { $0["read"] as? Bool == true }.count, "unitCount": rows.count]
    }
}
