import Foundation
import OfficialDocuments
import PlanStore
import ReformPlan

/// The supervision documents of the current plan: compiling a bulletin's or
/// the half-year summary's facts from the store, writing a draft's text, and
/// issuing it with its files. Pages, the API and the command line all go
/// through here, so a bulletin made at the terminal is the one on the page.
struct DocumentDesk {
    let store: PlanStore
    let current: PlanCache.Current
    let thresholds: StatusThresholds
    let settings: [String: String]
    /// The day indicator figures are read as of (the demo's or today).
    let today: Day

    init(services: Services, current: PlanCache.Current) async throws {
        try await self.init(store: services.store, plans: services.plans, current: current,
                            base: services.settings.thresholds, today: services.today())
    }

    /// Outside the server (the command line): the stored settings over the default thresholds.
    init(store: PlanStore, plans: PlanCache, current: PlanCache.Current, base: StatusThresholds, today: Day) async throws {
        self.store = store
        self.current = current
        settings = try await plans.settings()
        thresholds = Services.thresholds(base, stored: settings)
        self.today = today
        indicatorDesk = IndicatorDesk(store: store, plans: plans, current: current)
    }

    private let indicatorDesk: IndicatorDesk

    var plan: Plan { current.plan }
    /// The plan's year; a plan that names none is read in the year of `today`.
    var year: Int { plan.year ?? today.year }

    /// The letterhead as set in the settings (`documents.letterhead`, JSON), else read from the plan.
    var letterhead: Letterhead { LetterheadSettings.current(settings, plan: plan) }

    func compiler() async throws -> BulletinCompiler {
        let reports = try await store.reports(planID: current.id)
        let notices = try await store.notices(planID: current.id)
        return BulletinCompiler(plan: plan, reports: reports, notices: notices, thresholds: thresholds) { Shanghai.day(of: $0) }
    }

    /// Each indicator against its target as of `month`, with the three
    /// districts furthest below their own targets. Without divisions (a plan
    /// counted only from reports) the latest reported value stands alone.
    func indicatorStandings(month: ReportMonth) async throws -> [IndicatorStanding] {
        let reports = try await store.reports(planID: current.id).filter { $0.month <= month }
        var standings: [IndicatorStanding] = []
        for (index, indicator) in plan.indicators.enumerated() {
            let target = IndicatorRows.target(indicator)
            let figures = try? await indicatorDesk.figures(number: index + 1, divisionCode: nil, month: month, asOf: month.last)
            if let figures, let value = figures.value {
                let method = figures.rule.method
                let behind = figures.rows.compactMap { row -> IndicatorStanding.DistrictGap? in
                    guard let part = row.target, part > 0 else { return nil }
                    let value = row.tally?.value(method)
                    return .init(district: row.division.name, value: value, target: part,
                                 attainment: min(100, 100 * (value ?? 0) / part))
                }.sorted { ($0.attainment, $0.district) < ($1.attainment, $1.district) }.prefix(3)
                standings.append(IndicatorStanding(
                    name: indicator.name, project: indicator.project, targetText: target, value: value,
                    valueText: IndicatorView.figure(value, method, indicator.measure),
                    met: figures.focusTarget.map { !IndicatorView.behind(value, target: $0, indicator) },
                    behind: behind.filter { $0.attainment < 100 }))
            } else if let latest = latestValue(of: indicator, reports: reports) {
                standings.append(IndicatorStanding(
                    name: indicator.name, project: indicator.project, targetText: target, value: latest.value,
                    valueText: ChineseNumber.plain(latest.value) + indicator.measure,
                    met: indicator.isMet(by: latest.value, thresholds: thresholds), behind: []))
            } else {
                standings.append(IndicatorStanding(name: indicator.name, project: indicator.project, targetText: target,
                                                   value: nil, valueText: "暂无数据", met: nil, behind: []))
            }
        }
        return standings
    }

    func bulletinFacts(month: ReportMonth) async throws -> BulletinFacts {
        try await compiler().compile(month: month, indicators: try await indicatorStandings(month: month))
    }

    func halfYearFacts() async throws -> HalfYearFacts {
        let reports = try await store.reports(planID: current.id)
        return HalfYearFacts.compile(plan: plan, year: year, reports: reports,
                                     indicators: try await indicatorStandings(month: ReportMonth(year: year, month: 6)),
                                     thresholds: thresholds)
    }

    /// The document's text: as issued when it was issued, else written now from its draft.
    func text(of document: SupervisionDocument, number: String? = nil, date: Day? = nil) throws -> OfficialText {
        if document.state == .issued, let issued = document.issuedText {
            return try DocumentJSON.decode(OfficialText.self, issued)
        }
        let date = date ?? today
        switch document.kind {
        case .bulletin:
            return BulletinWriting(facts: try DocumentJSON.decode(BulletinFacts.self, document.facts),
                                   narrative: try DocumentJSON.decode(BulletinNarrative.self, document.narrative),
                                   letterhead: letterhead, planTitle: plan.notice.title)
                .text(number: number, date: date)
        case .halfYear:
            return HalfYearWriting(facts: try DocumentJSON.decode(HalfYearFacts.self, document.facts),
                                   narrative: try DocumentJSON.decode(HalfYearNarrative.self, document.narrative),
                                   letterhead: letterhead, planTitle: plan.notice.title).text(number: number, date: date)
        case .assessment:
            return try DocumentJSON.decode(OfficialText.self, document.narrative)
        }
    }

    func pattern(for kind: SupervisionDocument.Kind) -> String {
        switch kind {
        case .bulletin: letterhead.bulletinNumber
        case .halfYear: letterhead.summaryNumber
        case .assessment: letterhead.assessmentNumber
        }
    }

    /// Issues the draft: numbered, written, laid out and frozen in one step.
    func issue(_ document: SupervisionDocument, on day: Day, by login: String, at date: Date) async throws -> SupervisionDocument {
        let desk = self
        return try await store.issueDocument(id: document.id ?? 0, expectedVersion: document.version,
                                             pattern: pattern(for: document.kind), issuedOn: day, by: login, at: date,
                                             notifying: plan.reportingUnits) { number in
            try Self.files(of: desk.text(of: document, number: number, date: day))
        }
    }

    /// What an issued document keeps: its text as JSON, its DOCX and its XLSX annex.
    static func files(of text: OfficialText) throws -> PlanStore.IssuedFiles {
        PlanStore.IssuedFiles(text: try DocumentJSON.encode(text), docx: try OfficialDocument.docx(text),
                              xlsx: try OfficialDocument.annexXLSX(text))
    }

    /// The DOCX (or XLSX annex) of a document: byte for byte as issued, or a draft's written now.
    func file(of document: SupervisionDocument, docx: Bool) async throws -> Data {
        if document.state == .issued, let stored = try await store.documentFile(id: document.id ?? 0, docx: docx) {
            return stored
        }
        let text = try text(of: document)
        return docx ? try OfficialDocument.docx(text) : try OfficialDocument.annexXLSX(text)
    }
}

/// JSON as documents are kept: sorted keys, so the same value is the same text.
enum DocumentJSON {
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }
}
