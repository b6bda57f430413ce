import Foundation
import NoticeImport
import PlanStore
import ReformPlan

/// The year-end assessment of the current plan: the scheme in force, every
/// unit's evidence gathered from the store, and the scores the pure scoring
/// makes of them. Pages, the command line and the result document read it.
struct AssessmentDesk {
    let store: PlanStore
    let plans: PlanCache
    let current: PlanCache.Current
    let thresholds: StatusThresholds

    init(services: Services, current: PlanCache.Current) async throws {
        self.init(store: services.store, plans: services.plans, current: current, thresholds: try await services.thresholds())
    }

    init(store: PlanStore, plans: PlanCache, current: PlanCache.Current, thresholds: StatusThresholds) {
        self.store = store
        self.plans = plans
        self.current = current
        self.thresholds = thresholds
    }

    var plan: Plan { current.plan }
    /// The plan's year; a plan that names none is assessed in the year of the day asked about.
    var year: Int { plan.year ?? Shanghai.day(of: Date()).year }

    /// The day scores are counted to: today, or the year's last day once the year is over
    /// (a result published in January counts the plan year only).
    func countedTo(_ today: Day) -> Day { min(today, Day(year: year, month: 12, day: 31)) }

    /// The newest adopted scheme, or the standard one while none has been adopted (`stored` nil).
    func scheme() async throws -> (scheme: AssessmentScheme, stored: StoredScheme?) {
        guard let stored = try await store.assessmentSchemes(planID: current.id).first else {
            return (AssessmentScheme.standard(year: year), nil)
        }
        var scheme = try AssessmentSchemeFile.read(stored.yaml)
        scheme.version = stored.version
        return (scheme, stored)
    }

    func result(scheme: AssessmentScheme, asOf: Day) async throws -> AssessmentResult {
        let adjustments = try await store.assessmentAdjustments(planID: current.id)
        return AssessmentScoring.scores(evidence: try await evidence(asOf: asOf), scheme: scheme, asOf: asOf,
                                        adjustments: adjustments, thresholds: thresholds)
    }

    /// Offices from the plan and the reports; district bureaus from their
    /// sub-plans and their districts' figures.
    func evidence(asOf: Day) async throws -> [AssessmentEvidence] {
        let gathering = try await gathering(asOf: asOf)
        let pieces = try await store.publicitySubmissions(planID: current.id)
        return (gathering.offices(asOf: asOf) + (try await districts(gathering, asOf: asOf))).map { evidence in
            var evidence = evidence
            evidence.publicity = Self.publicity(pieces.filter { $0.unit == evidence.unit }, asOf: asOf)
            return evidence
        }
    }

    /// A unit's pieces sent by `asOf`, adopted when the decision came by then too.
    static func publicity(_ pieces: [PublicitySubmission], asOf: Day) -> [AssessmentEvidence.PublicityRecord] {
        pieces.compactMap { piece in
            let sent = Shanghai.day(of: piece.submittedAt)
            guard sent <= asOf else { return nil }
            let adopted = piece.state == .adopted && (piece.decidedAt.map { Shanghai.day(of: $0) <= asOf } ?? false)
            return .init(id: piece.id, title: piece.title, submittedOn: sent, adopted: adopted)
        }.sorted { ($0.submittedOn ?? asOf, $0.id ?? 0) < ($1.submittedOn ?? asOf, $1.id ?? 0) }
    }

    /// The bulletins issued by `asOf`, oldest first; a corrected bulletin counts
    /// once, as the latest issued for its month. The ladder reads them too.
    static func issuedBulletins(_ store: PlanStore, planID: Int, asOf: Day) async throws -> [(number: String, issuedOn: Day, facts: BulletinFacts)] {
        let issued = try await store.supervisionDocuments(planID: planID, kind: .bulletin).filter { $0.state == .issued }
        let effective = Dictionary(grouping: issued, by: \.period).compactMap { $0.value.max { ($0.id ?? 0) < ($1.id ?? 0) } }
        return try effective.compactMap { d -> (number: String, issuedOn: Day, facts: BulletinFacts)? in
            guard let number = d.number, let day = d.issuedOn, day <= asOf else { return nil }
            return (number, day, try DocumentJSON.decode(BulletinFacts.self, d.facts))
        }.sorted { $0.issuedOn < $1.issuedOn }
    }

    /// The events the supervisor recorded, and each 问责 the office held (the ladder's last rung) by `asOf`.
    func events(asOf: Day) async throws -> [String: [AssessmentEvent]] {
        var events = try await store.assessmentEvents(planID: current.id)
        for record in try await store.escalationRecords(planID: current.id) where record.day <= asOf {
            if let event = record.assessmentEvent { events[record.unit, default: []].append(event) }
        }
        return events
    }

    func gathering(asOf: Day) async throws -> AssessmentGathering {
        let bulletins = try await Self.issuedBulletins(store, planID: current.id, asOf: asOf)
        var values: [String: Double] = [:]
        for standing in try await documentDesk(asOf: asOf).indicatorStandings(month: ReportMonth(asOf)) {
            if let value = standing.value { values[standing.name] = value }
        }
        return AssessmentGathering(plan: plan, year: year, reports: try await store.reports(planID: current.id),
                                   notices: try await store.notices(planID: current.id), bulletins: bulletins,
                                   events: try await events(asOf: asOf), values: values,
                                   thresholds: thresholds) { Shanghai.day(of: $0) }
    }

    func documentDesk(asOf: Day) async throws -> DocumentDesk {
        try await DocumentDesk(store: store, plans: plans, current: current, base: thresholds, today: asOf)
    }

    /// Every district bureau: the units linked to a district, and "××区民政局"
    /// for each district none is linked to (the notice addresses 各区民政局).
    func districts(_ gathering: AssessmentGathering, asOf: Day) async throws -> [AssessmentEvidence] {
        let tree = try await plans.cached("divisions.upper") { try await store.divisionTree(downTo: .county) }
        let linked = try await store.unitDivisions()
        let districts = tree.byCode.values.filter { $0.kind == .district }.sorted { $0.code < $1.code }
        // Every linked unit, in code then name order; a district nobody is linked to by its bureau's name.
        let links = linked.sorted { ($0.value, $0.key) < ($1.value, $1.key) }
        var units: [(unit: String, code: String)] = []
        for district in districts {
            let bureaus = links.filter { $0.value == district.code }.map(\.key)
            units += (bureaus.isEmpty ? [district.name + "民政局"] : bureaus).map { ($0, district.code) }
        }
        for (unit, code) in links where tree[code]?.kind == .functionalZone {
            units.append((unit, code))
        }
        let times = try await store.subPlanReportTimes(planID: current.id)
        let figures = try await districtFigures(asOf: asOf)
        return units.map { entry in
            let reports = gathering.monthsDue(asOf: asOf).compactMap { month -> AssessmentEvidence.Report? in
                let due = month.dueDate(dayOfMonth: thresholds.reportDueDay)
                let sent = times[entry.unit]?[month].map { Shanghai.day(of: $0) }
                if month == ReportMonth(asOf), asOf < due, sent == nil { return nil }
                return .init(month: month, dueOn: due, submittedOn: sent)
            }
            return AssessmentEvidence(unit: entry.unit, kind: .district, reports: reports,
                                      indicators: figures[entry.code] ?? [], notices: gathering.noticeRecords(of: entry.unit),
                                      events: gathering.recordedAndNamed(entry.unit))
        }
    }

    /// Each district's figure of every indicator handed down to it (or held
    /// to the city's rate), as of the latest month with values.
    func districtFigures(asOf: Day) async throws -> [String: [AssessmentEvidence.IndicatorRecord]] {
        let desk = IndicatorDesk(store: store, plans: plans, current: current)
        var records: [String: [AssessmentEvidence.IndicatorRecord]] = [:]
        for (index, indicator) in plan.indicators.enumerated() {
            guard let figures = try? await desk.figures(number: index + 1, divisionCode: nil, month: ReportMonth(asOf), asOf: asOf)
            else { continue }
            for row in figures.rows {
                guard let target = row.target else { continue }
                records[row.division.code, default: []].append(.init(
                    name: indicator.name, project: indicator.project,
                    comparator: figures.rule.method == .share ? .atLeast : indicator.comparator, target: target,
                    value: row.tally?.value(figures.rule.method)))
            }
        }
        return records
    }
}
