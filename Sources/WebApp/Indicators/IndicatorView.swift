import OfficialDocuments
import ReformPlan

/// The indicator page's data for its template: the responsibility for the
/// indicator, the figure of the division in view against its target, its
/// parts (each with a link to drill down), a bar chart and a trend line.
struct IndicatorView {
    let figures: IndicatorFigures
    let plan: Plan

    static func figure(_ value: Double?, _ method: RollupRule.Method, _ measure: String) -> String {
        guard let value else { return "—" }
        return method == .share ? ProjectAssessment.percent(value) + "%" : ChineseNumber.plain(value) + measure
    }

    /// Whether a figure is behind the target it is held to, as the indicator compares.
    static func behind(_ value: Double?, target: Double?, _ indicator: Indicator) -> Bool {
        guard let target, let value else { return false }
        switch indicator.comparator {
        case .atMost, .lessThan: return value > target
        default: return value < target
        }
    }

    var data: [String: Any] {
        let f = figures, indicator = f.indicator, method = f.rule.method
        let measure = method == .share ? "%" : indicator.measure
        var data: [String: Any] = [
            "number": f.number, "name": indicator.name, "sentence": indicator.sentence,
            "scope": indicator.scope ?? "", "rule": f.rule.explanation(measure: indicator.measure),
            "ruleMethod": method.chineseName, "ruleIsSet": f.ruleIsSet,
            "focusName": f.focus.name, "focusCode": f.focus.code,
            "month": f.month?.description ?? "", "monthName": f.month?.chineseName ?? "",
            "value": Self.figure(f.value, method, indicator.measure),
            "target": f.focusTarget.map { Self.figure($0, method == .share && f.focus.level == .city ? .share : method, indicator.measure) } ?? "—",
            "behind": Self.behind(f.value, target: f.focusTarget, indicator),
            "hasValue": f.value != nil,
            "breakdownProblem": f.breakdownProblem ?? "",
        ]
        if let project = indicator.project.flatMap(plan.project) {
            data["project"] = ["number": project.number, "title": project.title,
                               "units": project.responsibility.answeringUnits.joined(separator: "、"),
                               "leader": project.responsibility.leaderInCharge ?? ""]
        }
        if let t = f.focusTally {
            data["tally"] = ["reported": t.reported, "eligible": t.eligible, "meeting": t.meeting,
                             "short": t.fallingShort, "missing": t.missing, "share": method == .share]
        }
        data["path"] = f.path.map { d -> [String: Any] in
            ["name": d.name, "href": "/indicators/\(f.number)?division=\(d.code)&month=\(f.month?.description ?? "")",
             "current": d.code == f.focus.code]
        }
        data["months"] = f.months.map { m -> [String: Any] in
            ["label": "\(m.month)月", "href": "/indicators/\(f.number)?division=\(f.focus.code)&month=\(m)", "current": m == f.month]
        }
        data["rows"] = f.rows.map(row)
        data["hasRows"] = !f.rows.isEmpty
        data["hasMonths"] = !f.months.isEmpty
        data["leaves"] = f.rows.first?.isLeaf ?? false
        let barMethod: RollupRule.Method = f.rows.first?.isLeaf == true ? .sum : method
        let bars = f.rows.prefix(40).map { r in
            SVGCharts.Bar(label: r.division.name, value: r.tally?.value(barMethod), target: r.target,
                          short: Self.behind(r.tally?.value(barMethod), target: r.target, indicator))
        }
        if !bars.isEmpty {
            let format: @Sendable (Double) -> String = barMethod == .share ? ProjectAssessment.percent : ChineseNumber.plain
            data["bars"] = SVGCharts.bars(Array(bars), unit: barMethod == .share ? "%" : indicator.measure, format: format, title: "\(indicator.name)：各\(f.rows[0].division.kind.chineseName)")
        }
        if f.trend.contains(where: { $0.value != nil }) {
            data["trend"] = SVGCharts.months(f.trend.map { ($0.month.month, $0.value) }, target: f.focusTarget,
                                             unit: measure, format: method == .share ? ProjectAssessment.percent : ChineseNumber.plain, title: "\(f.focus.name)逐月")
        }
        return data
    }

    private func row(_ r: IndicatorFigures.Row) -> [String: Any] {
        let f = figures, method = f.rule.method, indicator = f.indicator
        // A unit's own value; above the units, the figure the method makes.
        let shown: RollupRule.Method = r.isLeaf ? .sum : method
        let value = r.tally?.value(shown)
        let unit = shown == .share ? "%" : indicator.measure
        var row: [String: Any] = [
            "name": r.division.name, "code": r.division.code, "kind": r.division.kind.chineseName,
            "demo": r.division.isDemo,
            "href": r.isLeaf ? "" : "/indicators/\(f.number)?division=\(r.division.code)&month=\(f.month?.description ?? "")",
            "target": r.target.map { ChineseNumber.plain($0) + unit } ?? "",
            "value": Self.figure(value, shown, indicator.measure),
            "behind": Self.behind(value, target: r.target, indicator),
        ]
        if let t = r.tally {
            row["reported"] = t.reported
            row["eligible"] = t.eligible
            row["meeting"] = t.meeting
            row["short"] = t.fallingShort
            row["missing"] = t.missing
        }
        if r.isLeaf {
            let reported = (r.tally?.reported ?? 0) > 0
            row["status"] = !reported ? "未报送" : method == .share ? ((r.tally?.meeting ?? 0) > 0 ? "达标" : "未达标") : ""
            row["statusClass"] = !reported ? "status-notStarted" : (r.tally?.meeting ?? 0) > 0 ? "status-done" : "status-lagging"
        }
        return row
    }
}
