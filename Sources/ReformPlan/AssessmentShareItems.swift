/// The base items scored as a share: weight × (what was done right) / (what
/// was assessed). An item under which nothing fell due for the unit scores
/// its full weight ("无应考核事项，按满分计"), as target-responsibility
/// assessments commonly do: the unit was not found wanting, and a unit with
/// no notices must not rank below one that answered all of its notices.
/// `ItemScore.nothingDue` says so, so the page can show it.
extension AssessmentScoring {
    /// A record with its deadline and the day it was met (nil: not yet).
    /// Without a deadline (a phase paced by a condition) it is never judged by date.
    struct Timed {
        var record: AssessmentEvidenceUse.Record
        var due: Day?
        var done: Day?

        init(_ record: AssessmentEvidenceUse.Record, due: Day?, done: Day?) {
            self.record = record
            self.due = due
            self.done = done
        }
    }

    struct TimelinessWords: Sendable {
        var onTime: String, measure: String, count: String, late: String, missing: String
        /// Phases are done by month, reports and notices by day.
        var byMonth = false

        static let reports = TimelinessWords(onTime: "按时报送", measure: "次", count: "次", late: "迟报", missing: "未报送")
        static let phases = TimelinessWords(onTime: "按期完成", measure: "个到期步骤", count: "个", late: "逾期完成",
                                            missing: "逾期未完成", byMonth: true)
        static let notices = TimelinessWords(onTime: "按时回复", measure: "件督办", count: "件", late: "逾期回复", missing: "逾期未回复")

        func date(_ day: Day) -> String { byMonth ? ReportMonth(day).chineseName : day.chineseName }
    }

    /// On time: done by the deadline. Late: done after it. Missing: not done
    /// and the deadline has passed (on the deadline day itself the unit still
    /// has the day). Not yet due and not done: not counted. Anything done
    /// after `asOf` counts as not yet done, so that a past day's score stays put.
    static func timeliness(_ item: AssessmentItem, _ records: [Timed], asOf: Day, words w: TimelinessWords) -> ItemScore {
        var onTime = 0, late = 0, missing = 0, waiting = 0
        let uses = records.map { r -> AssessmentEvidenceUse in
            guard let due = r.due else {
                return .init(record: r.record, standing: .notCounted, credit: 0, note: "视条件推进，不按时限考核")
            }
            if let done = r.done, done <= asOf {
                if done <= due {
                    onTime += 1
                    return .init(record: r.record, standing: .counted, credit: 1, note: "\(w.onTime)（\(w.date(done))）")
                }
                late += 1
                return .init(record: r.record, standing: .against, credit: 0, note: "\(w.late)（\(w.date(done))，期限\(w.date(due))）")
            }
            if asOf > due {
                missing += 1
                return .init(record: r.record, standing: .against, credit: 0, note: "\(w.missing)（期限\(w.date(due))）")
            }
            waiting += 1
            return .init(record: r.record, standing: .notCounted, credit: 0, note: "未到期限（\(w.date(due))）")
        }
        let assessed = onTime + late + missing
        guard assessed > 0 else { return fullMarks(item, evidence: uses) }
        let points = item.weight * Double(onTime) / Double(assessed)
        let misses = [(w.late, late), (w.missing, missing)].filter { $0.1 > 0 }.map { "\($0.0)\($0.1)\(w.count)" }
        var explanation = "\(w.onTime)\(onTime)/\(assessed)\(w.measure)"
        if !misses.isEmpty { explanation += "（\(misses.joined(separator: "，"))）" }
        if waiting > 0 { explanation += "，另\(waiting)\(w.count)未到期限不计" }
        explanation += "，得\(AssessmentPoints.text(points))分"
        return share(item, points: points, explanation: explanation, evidence: uses)
    }

    /// Mean attainment (ratio) or the share of indicators met (met); an
    /// indicator without a value counts 0.
    static func attainment(_ item: AssessmentItem, _ indicators: [AssessmentEvidence.IndicatorRecord],
                           mode: AssessmentRule.AttainmentMode, thresholds: StatusThresholds) -> ItemScore {
        let uses = indicators.map { i -> AssessmentEvidenceUse in
            let met = i.isMet(thresholds: thresholds)
            let credit = mode == .met ? (met ? 1 : 0) : i.attainment(thresholds: thresholds)
            let figures = "实际\(i.value.map(ChineseNumber.plain) ?? "—")，目标\(ChineseNumber.plain(i.target))"
            let note = i.value == nil ? "未报数值，按0计"
                : met ? "已达标（\(figures)）" : "完成率\(ProjectAssessment.percent(AssessmentPoints.rounded(credit * 100)))%（\(figures)）"
            return .init(record: .indicator(i), standing: met ? .counted : .against, credit: credit, note: note)
        }
        guard !uses.isEmpty else { return fullMarks(item, evidence: uses) }
        let mean = uses.reduce(0) { $0 + $1.credit } / Double(uses.count)
        let points = item.weight * mean
        let explanation = mode == .met
            ? "达标\(uses.filter { $0.standing == .counted }.count)/\(uses.count)项指标，得\(AssessmentPoints.text(points))分"
            : "\(uses.count)项指标平均完成率\(ProjectAssessment.percent(AssessmentPoints.rounded(mean * 100)))%，得\(AssessmentPoints.text(points))分"
        return share(item, points: points, explanation: explanation, evidence: uses)
    }

    static func fullMarks(_ item: AssessmentItem, evidence: [AssessmentEvidenceUse]) -> ItemScore {
        ItemScore(key: item.key, name: item.name, group: .base, points: item.weight, uncapped: item.weight,
                  maximum: item.weight, nothingDue: true,
                  explanation: "无应考核事项，按满分计\(AssessmentPoints.text(item.weight))分", evidence: evidence)
    }

    static func share(_ item: AssessmentItem, points: Double, explanation: String, evidence: [AssessmentEvidenceUse]) -> ItemScore {
        ItemScore(key: item.key, name: item.name, group: .base, points: points, uncapped: points,
                  maximum: item.weight, nothingDue: false, explanation: explanation, evidence: evidence)
    }
}

extension AssessmentEvidence.IndicatorRecord {
    var indicator: Indicator {
        Indicator(name: name, measure: "", comparator: comparator, target: target, targetUpper: targetUpper, sentence: "", project: project)
    }

    public func isMet(thresholds: StatusThresholds = StatusThresholds()) -> Bool {
        value.map { indicator.isMet(by: $0, thresholds: thresholds) } ?? false
    }

    /// How far the value goes toward the target, 0–1: met is 1; short of an
    /// "at least" target, value/target; over an "at most" target, target/value;
    /// "about" and "between" by the side missed. A value exactly at a strict
    /// target (超过100 with 100) gets full credit without being met.
    public func attainment(thresholds: StatusThresholds = StatusThresholds()) -> Double {
        guard let value, value.isFinite else { return 0 }
        if isMet(thresholds: thresholds) { return 1 }
        let upper = targetUpper ?? target
        let ratio = switch comparator {
        case .atLeast, .greaterThan: value / target
        case .atMost, .lessThan: target / value
        case .about, .between: value < target ? value / target : upper / value
        }
        return ratio.isFinite ? min(1, max(0, ratio)) : 0
    }
}
