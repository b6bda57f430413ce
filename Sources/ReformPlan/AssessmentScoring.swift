/// The year-end assessment (年底考核) as a pure function of a unit's evidence,
/// the scheme and the day of assessment: the same inputs give the same score
/// whenever it is computed, so a published score can be recomputed and checked.
public enum AssessmentScoring {
    /// One unit's itemised score. `adjustments` may hold every unit's: only
    /// those naming this unit are applied, after the items and their caps, so
    /// a supervisor's adjustment is never swallowed by a cap.
    /// `thresholds` supplies the tolerance of "about" targets (左右, 约).
    public static func score(unit evidence: AssessmentEvidence, scheme: AssessmentScheme, asOf: Day,
                             adjustments: [AssessmentAdjustment] = [],
                             thresholds: StatusThresholds = StatusThresholds()) -> UnitScore {
        let items = scheme.items.map { itemScore($0, evidence: evidence, asOf: asOf, thresholds: thresholds) }
        let base = items.filter { $0.group == .base }.reduce(0) { $0 + $1.points }
        let bonus = subtotal(.bonus, of: items, cap: scheme.bonusCap)
        let deduction = subtotal(.deduction, of: items, cap: scheme.deductionCap)
        let own = adjustments.filter { $0.unit == evidence.unit }
        let total = base + bonus.points + deduction.points + own.reduce(0) { $0 + $1.points }
        return UnitScore(unit: evidence.unit, kind: evidence.kind, schemeVersion: scheme.version, items: items,
                         base: base, bonus: bonus, deduction: deduction, adjustments: own, total: total)
    }

    /// Every unit's score, ranked (see `AssessmentResult`).
    public static func scores(evidence: [AssessmentEvidence], scheme: AssessmentScheme, asOf: Day,
                              adjustments: [AssessmentAdjustment] = [],
                              thresholds: StatusThresholds = StatusThresholds()) -> AssessmentResult {
        let scores = evidence.map { score(unit: $0, scheme: scheme, asOf: asOf, adjustments: adjustments, thresholds: thresholds) }
        return AssessmentResult(scheme: scheme, asOf: asOf, scores: scores)
    }

    static func itemScore(_ item: AssessmentItem, evidence e: AssessmentEvidence, asOf: Day,
                          thresholds: StatusThresholds) -> ItemScore {
        switch item.rule {
        case .reportsOnTime:
            return timeliness(item, e.reports.map { .init(.report($0), due: $0.dueOn, done: $0.submittedOn) },
                              asOf: asOf, words: .reports)
        case .phasesOnTime:
            return timeliness(item, e.phases.map { .init(.phase($0), due: $0.dueMonth?.last, done: $0.doneMonth?.first) },
                              asOf: asOf, words: .phases)
        case .noticesAnsweredOnTime:
            return timeliness(item, e.notices.map { .init(.notice($0), due: $0.replyDue, done: $0.repliedOn) },
                              asOf: asOf, words: .notices)
        case .targetAttainment(let mode):
            return attainment(item, e.indicators, mode: mode, thresholds: thresholds)
        case .publicityAdopted(let each):
            let uses = e.publicity.map { p -> AssessmentEvidenceUse in
                let early = p.submittedOn.map { $0 <= asOf } ?? true
                return p.adopted && early ? .init(record: .publicity(p), standing: .counted, credit: each, note: "已采用")
                    : .init(record: .publicity(p), standing: .notCounted, credit: 0, note: early ? "未采用" : "晚于考核基准日")
            }
            return perEvent(item, uses: uses, each: each, noun: "采用宣传稿件", measure: "篇")
        case .bonus(let kind, let each), .deduction(let kind, let each):
            let sign: Double = item.rule.group == .deduction ? -1 : 1
            let uses = e.events.filter { $0.kind == kind }.map { event -> AssessmentEvidenceUse in
                event.date <= asOf
                    ? .init(record: .event(event), standing: sign > 0 ? .counted : .against, credit: sign * each, note: event.date.chineseName)
                    : .init(record: .event(event), standing: .notCounted, credit: 0, note: "晚于考核基准日")
            }
            return perEvent(item, uses: uses, each: sign * each, noun: kind.chineseName, measure: "次")
        }
    }

    /// Points per counted record, bounded by the item's maximum (its weight
    /// for publicity, its cap for a bonus or deduction).
    static func perEvent(_ item: AssessmentItem, uses: [AssessmentEvidenceUse], each: Double,
                         noun: String, measure: String) -> ItemScore {
        let n = uses.filter { $0.standing != .notCounted }.count
        let uncapped = Double(n) * each
        let bound = item.maximum
        let points = max(-bound, min(bound, uncapped))
        let per = "每\(measure)\(AssessmentPoints.text(abs(each)))分"
        let verb = each < 0 ? "扣" : "得"
        let explanation = n == 0 ? "无\(noun)记录，" + (each < 0 ? "不扣分" : "得0.0分")
            : abs(uncapped) > bound
            ? "\(noun)\(n)\(measure)，\(per)计\(AssessmentPoints.text(abs(uncapped)))分，按上限\(AssessmentPoints.text(bound))分计"
            : "\(noun)\(n)\(measure)，\(per)，\(verb)\(AssessmentPoints.text(abs(points)))分"
        return ItemScore(key: item.key, name: item.name, group: item.rule.group, points: points, uncapped: uncapped,
                         maximum: bound, nothingDue: false, explanation: explanation, evidence: uses)
    }

    /// The bonus or deduction items added up and bounded by the group's cap.
    static func subtotal(_ group: AssessmentRule.Group, of items: [ItemScore], cap: Double?) -> AssessmentSubtotal {
        let sum = items.filter { $0.group == group }.reduce(0) { $0 + $1.points }
        let bound = cap.map { max(0, $0) } ?? .infinity
        let points = max(-bound, min(bound, sum))
        var explanation = "\(group.chineseName)\(AssessmentPoints.text(abs(sum)))分"
        if abs(sum) > bound { explanation += "，按上限\(AssessmentPoints.text(bound))分计" }
        return AssessmentSubtotal(group: group, sum: sum, cap: cap, points: points, explanation: explanation)
    }
}
