import Foundation
@testable import ReformPlan

/// Small builders for the assessment tests: evidence in the reference plan's units.
enum AssessmentFixtures {
    static func day(_ text: String) -> Day { StatusFixtures.day(text) }
    static func month(_ text: String) -> ReportMonth { StatusFixtures.month(text) }
    static let scheme = AssessmentScheme.standard(year: 2019)
    static let yearEnd = day("2019-12-31")

    /// A month's report due on the 25th, submitted on `submitted` ("2019-06-20") or not at all.
    static func report(_ month: String, _ submitted: String? = nil, id: Int64? = nil) -> AssessmentEvidence.Report {
        let m = Self.month(month)
        return .init(month: m, dueOn: m.dueDate(dayOfMonth: 25), submittedOn: submitted.map(day), reportID: id)
    }

    static func phase(_ order: Int, due: String?, done: String? = nil) -> AssessmentEvidence.PhaseRecord {
        .init(project: 1, phase: PhaseKey(stream: 1, order: order), title: "步骤\(order)",
              dueMonth: due.map(month), doneMonth: done.map(month))
    }

    static func notice(_ serial: Int, due: String, replied: String? = nil) -> AssessmentEvidence.NoticeRecord {
        .init(id: Int64(serial), number: "督办〔2019〕\(serial)号", replyDue: day(due), repliedOn: replied.map(day))
    }

    static func indicator(_ name: String, _ comparator: Indicator.Comparator = .atLeast, target: Double,
                          upper: Double? = nil, value: Double?) -> AssessmentEvidence.IndicatorRecord {
        .init(name: name, project: 1, comparator: comparator, target: target, targetUpper: upper, value: value)
    }

    static func event(_ kind: AssessmentEvent.Kind, _ date: String = "2019-06-01", _ ref: String? = nil) -> AssessmentEvent {
        .init(kind: kind, date: day(date), description: kind.chineseName, reference: ref)
    }

    static func events(_ kind: AssessmentEvent.Kind, _ count: Int) -> [AssessmentEvent] {
        (0..<count).map { _ in event(kind) }
    }

    static func office(_ name: String = "养老服务处", reports: [AssessmentEvidence.Report] = [],
                       phases: [AssessmentEvidence.PhaseRecord] = [], indicators: [AssessmentEvidence.IndicatorRecord] = [],
                       notices: [AssessmentEvidence.NoticeRecord] = [], publicity: [AssessmentEvidence.PublicityRecord] = [],
                       events: [AssessmentEvent] = []) -> AssessmentEvidence {
        .init(unit: name, kind: .office, reports: reports, phases: phases, indicators: indicators,
              notices: notices, publicity: publicity, events: events)
    }

    /// A unit with nothing due anywhere: the base items all at full marks.
    static func quiet(_ name: String, _ kind: AssessmentEvidence.UnitKind, events: [AssessmentEvent] = []) -> AssessmentEvidence {
        .init(unit: name, kind: kind, events: events)
    }

    /// One item scored for one unit under the standard scheme.
    static func item(_ key: String, _ evidence: AssessmentEvidence, scheme: AssessmentScheme = scheme,
                     asOf: Day = yearEnd) -> ItemScore {
        let score = AssessmentScoring.score(unit: evidence, scheme: scheme, asOf: asOf)
        guard let item = score.item(key) else { fatalError("no item \(key)") }
        return item
    }

    static func adjustment(_ unit: String, _ points: Double, _ reason: String = "材料补交后复核") -> AssessmentAdjustment {
        .init(unit: unit, points: points, reason: reason, by: "规划发展处 张三", at: Date(timeIntervalSince1970: 1_577_000_000))
    }

    /// The standard scheme with one item's rule or weight changed.
    static func scheme(changing key: String, _ change: (inout AssessmentItem) -> Void) -> AssessmentScheme {
        var s = scheme
        for i in s.items.indices where s.items[i].key == key { change(&s.items[i]) }
        return s
    }
}
