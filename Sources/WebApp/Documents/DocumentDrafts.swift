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

    /// A period is reported on once it has ended: a bulletin on its month's
    /// last day at the earliest, the half-year summary on 30 June.
    static func refuseUnended(_ kind: SupervisionDocument.Kind, period: String, today: Day) throws {
        guard let end = periodEnd(kind, period), today < end else { return }
        throw Refusal(.unprocessableContent, zh: "\(end.chineseName)之后才能起草该期\(kind.chineseName)（今天是\(today.chineseName)）：数据截至期末。",
                      en: "The period ends on \(end); draft it then.", field: kind == .bulletin ? "month" : nil)
    }

    /// The last day a document reports on: the month's, 30 June, 31 December.
    static func periodEnd(_ kind: SupervisionDocument.Kind, _ period: String) -> Day? {
        switch kind {
        case .bulletin: ReportMonth(iso: period)?.last
        case .halfYear: Int(period.prefix(4)).map { Day(year: $0, month: 6, day: 30) }
        case .assessment: Int(period.prefix(4)).map { Day(year: $0, month: 12, day: 31) }
        }
    }

    /// The date a document is issued under: not before the end of what it
    /// reports on, and within a year of it (a typo such as 2091 would freeze a
    /// wrong number for ever).
    static func refuseIssueDate(_ date: Day, kind: SupervisionDocument.Kind, period: String) throws {
        guard let end = periodEnd(kind, period), kind != .assessment else { return }
        if date < end || date > end.adding(days: 366) {
            throw Refusal(.unprocessableContent, zh: "成文日期\(date.chineseName)不在\(end.chineseName)至\(end.adding(days: 366).chineseName)之间：文件须在所报告的期间结束后印发。",
                          en: "The date must fall within a year after \(end).", field: "date")
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
        draft.title = original.title.hasSuffix("（更正）") ? original.title : original.title + "（更正）"
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
