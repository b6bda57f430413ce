import Foundation
import PlanStore
import ReformPlan

/// New drafts and their narratives: a bulletin or the half-year summary
/// compiled from the data with words drafted from the facts, a correction
/// of an issued bulletin, and the narrative read back from the edit form.
struct DocumentDrafts {
    let desk: DocumentDesk

    /// A period has one document: once it is issued, a change is a correction (更正), not a second draft.
    func refuseIfIssued(_ kind: SupervisionDocument.Kind, period: String) async throws {
        let issued = try await desk.store.supervisionDocuments(planID: desk.current.id, kind: kind)
            .first { $0.period == period && $0.state == .issued }
        if let issued {
            throw Refusal(.conflict, zh: "\(kind.chineseName)“\(issued.title)”已印发（\(issued.number ?? "")）。如需改正，请在该文件页面发更正通报。",
                          en: "That period's \(kind) was issued as \(issued.number ?? ""); issue a correction instead.")
        }
    }

    func bulletin(month: ReportMonth) async throws -> SupervisionDocument {
        let facts = try await desk.bulletinFacts(month: month)
        let narrative = BulletinNarrative.drafted(from: facts, planTitle: desk.plan.notice.title)
        let writing = BulletinWriting(facts: facts, narrative: narrative, letterhead: desk.letterhead,
                                      planTitle: desk.plan.notice.title)
        return SupervisionDocument(planID: desk.current.id, kind: .bulletin, period: month.description, title: writing.title,
                                   facts: try DocumentJSON.encode(facts), narrative: try DocumentJSON.encode(narrative))
    }

    func halfYear() async throws -> SupervisionDocument {
        let facts = try await desk.halfYearFacts()
        let narrative = HalfYearNarrative.drafted(from: facts, planTitle: desk.plan.notice.title)
        let writing = HalfYearWriting(facts: facts, narrative: narrative, letterhead: desk.letterhead,
                                      planTitle: desk.plan.notice.title)
        return SupervisionDocument(planID: desk.current.id, kind: .halfYear, period: "\(facts.year)-H1", title: writing.title,
                                   facts: try DocumentJSON.encode(facts), narrative: try DocumentJSON.encode(narrative))
    }

    /// A new bulletin for the same month from today's data, with the issued
    /// one's words and a note of what it corrects.
    func correction(of original: SupervisionDocument, number: String) async throws -> SupervisionDocument {
        let month = ReportMonth(iso: original.period) ?? ReportMonth(desk.today)
        var draft = try await bulletin(month: month)
        var narrative = try DocumentJSON.decode(BulletinNarrative.self, original.narrative)
        narrative.corrects = .init(number: number, title: original.title)
        draft.narrative = try DocumentJSON.encode(narrative)
        draft.title = original.title + "（更正）"
        draft.corrects = original.id
        return draft
    }

    /// The narrative as edited in the form: one field per part (per project for the summary).
    func narrative(of document: SupervisionDocument, from form: FormInput) throws -> String {
        func text(_ key: String) -> String { (form[key] ?? "").replacingOccurrences(of: "\r\n", with: "\n") }
        switch document.kind {
        case .bulletin:
            var narrative = try DocumentJSON.decode(BulletinNarrative.self, document.narrative)
            for field in BulletinNarrative.fields where form[field.key] != nil { narrative[field.key] = text(field.key) }
            return try DocumentJSON.encode(narrative)
        case .halfYear:
            var narrative = try DocumentJSON.decode(HalfYearNarrative.self, document.narrative)
            if form["opening"] != nil { narrative.opening = text("opening") }
            if form["overall"] != nil { narrative.overall = text("overall") }
            if form["problems"] != nil { narrative.problems = text("problems") }
            if form["nextHalf"] != nil { narrative.nextHalf = text("nextHalf") }
            narrative.projects = narrative.projects.map { entry in
                var entry = entry
                if form["project_\(entry.project)"] != nil { entry.text = text("project_\(entry.project)") }
                return entry
            }
            return try DocumentJSON.encode(narrative)
        case .assessment:
            return document.narrative
        }
    }
}

enum DocumentFiles {
    static let docxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    static let xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
}
