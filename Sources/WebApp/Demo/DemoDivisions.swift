import Foundation
import PlanStore
import ReformPlan

/// Made-up streets and communities for each of Wuhan's districts (marked as
/// demo data, with names that say so), the plan's district targets handed
/// down, and monthly values for the indicators counted over districts,
/// streets and communities, up to the demo day. Deterministic like DemoYear.
struct DemoDivisions {
    let plan: Plan
    let planID: Int
    let asOf: Day
    let store: PlanStore

    func generate() async throws {
        try await store.seedDivisionsIfEmpty(WuhanDivisions.all, by: "demo", at: Shanghai.instant(Day(year: asOf.year, month: 1, day: 2), hour: 9))
        let divisions = Self.streetsAndCommunities()
        try await store.saveDivisions(divisions, by: "demo", at: Shanghai.instant(Day(year: asOf.year, month: 1, day: 2), hour: 9))
        for unit in plan.units.map(\.name) {
            if let division = WuhanDivisions.division(ofUnit: unit) {
                try await store.linkUnit(unit, to: division.code, by: "demo", at: Shanghai.instant(Day(year: asOf.year, month: 1, day: 2), hour: 9))
            }
        }
        let ids = try await store.itemIDs(planID: planID)
        for (position, indicator) in plan.indicators.enumerated() where position < ids.indicators.count {
            let rule = RollupRule.inferred(for: indicator)
            guard indicator.project != nil, rule.method != .latest else { continue }
            let id = ids.indicators[position]
            if rule.method == .sum, rule.level == .county {
                try await store.setIndicatorTargets(Self.handedDown(indicator.target, name: indicator.name), indicatorID: id,
                                                    planID: planID, by: "guihua",
                                                    at: Shanghai.instant(Day(year: asOf.year, month: 3, day: 20), hour: 10))
            }
            try await values(of: indicator, id: id, rule: rule, divisions: divisions)
        }
    }

    /// A target split over the 13 districts in proportion to made-up weights,
    /// rounded so that the parts add up to the whole, except for one
    /// indicator left one short to show what a mismatch looks like.
    static func handedDown(_ target: Double, name: String) -> [String: Double?] {
        let districts = WuhanDivisions.all.filter { $0.kind == .district }
        let weights = districts.map { d -> Double in Double(DemoRandomSource.int("\(name)|\(d.code)", 2...9)) }
        let total = weights.reduce(0, +)
        var parts = weights.map { ($0 / total * target).rounded(.down) }
        var left = Int(target - parts.reduce(0, +))
        var i = 0
        while left > 0 { parts[i % parts.count] += 1; left -= 1; i += 1 }
        if name.hasPrefix("新建社区老年人服务中心") { parts[parts.count - 1] -= 1 }
        return Dictionary(uniqueKeysWithValues: zip(districts.map(\.code), parts.map { Optional($0) }))
    }

    private func values(of indicator: Indicator, id: Int, rule: RollupRule, divisions: [Division]) async throws {
        let tree = DivisionTree(WuhanDivisions.all + divisions)
        let units = (rule.level == .county ? WuhanDivisions.all.filter { $0.kind == .district } : divisions.filter {
            $0.kind.level == rule.level && (rule.kinds.isEmpty || rule.kinds.contains($0.kind))
        }).filter { rule.tag == nil || tree.hasTag(rule.tag!, $0.code) }
        for month in 1...asOf.month where month % 3 == 0 || month == asOf.month {
            let values = units.compactMap { d -> DivisionValue? in
                // In the demo month one unit in twenty has not sent its figure yet.
                guard let key = d.key, month < asOf.month || DemoRandomSource.int("\(indicator.name)|\(d.code)|late", 0...19) > 0
                else { return nil }
                return DivisionValue(key: key, kind: d.kind, value: Self.value(indicator, rule: rule, unit: d.code,
                                                                                month: month, units: units.count))
            }
            let day = ReportMonth(year: asOf.year, month: month).dueDate(dayOfMonth: 20)
            try await store.saveIndicatorValues(values, indicatorID: id, planID: planID,
                                                month: ReportMonth(year: asOf.year, month: month),
                                                source: "【演示】各区报送", rule: rule, comparator: indicator.comparator, by: "demo", at: Shanghai.instant(min(day, asOf), hour: 15))
        }
    }

    /// Progress through the year with a per-unit spread: communities gaining
    /// organisations, streets starting service, districts building centres.
    static func value(_ indicator: Indicator, rule: RollupRule, unit: String, month: Int, units: Int) -> Double {
        let spread = Double(DemoRandomSource.int("\(indicator.name)|\(unit)", 0...100)) / 100
        let progress = Double(month) / 12
        switch rule.method {
        case .share:
            guard let threshold = rule.threshold else { return 0 }
            if threshold <= 1 { return spread < progress * 0.9 ? 1 : 0 }
            // By September about two in five communities have reached the threshold.
            return (threshold * (0.6 + 0.6 * spread) * (0.7 + 0.45 * progress)).rounded(.down)
        case .average:
            return (indicator.target * (0.5 + 0.6 * spread * progress)).rounded()
        case .sum, .latest:
            return (indicator.target / Double(max(1, units)) * progress * (0.6 + 0.6 * spread)).rounded()
        }
    }

    /// 8–13 streets per central district with 6–14 urban communities each;
    /// 5–9 streets and towns per outer district, each with a few urban
    /// communities and more villages.
    static func streetsAndCommunities() -> [Division] {
        var all: [Division] = []
        for district in WuhanDivisions.all where district.kind == .district {
            let central = district.tags.contains(WuhanDivisions.centralTag)
            let short = String(district.name.dropLast())
            let count = central ? DemoRandomSource.int(district.code, 8...13) : DemoRandomSource.int(district.code, 5...9)
            for s in 1...count {
                let town = !central && s > count - 2
                let code = district.code + DivisionCode.segment(town ? 100 + s : s, width: 3)
                all.append(Division(code: code, name: "\(short)演示\(town ? "镇" : "街道")\(s)", kind: town ? .town : .street,
                                    parent: district.code, isDemo: true))
                let urban = central ? DemoRandomSource.int(code, 6...14) : DemoRandomSource.int(code, 2...5)
                let rural = central ? 0 : DemoRandomSource.int(code + "村", 4...10)
                for c in 1...urban {
                    all.append(Division(code: code + DivisionCode.segment(c, width: 3), name: "\(short)演示社区\(s)-\(c)", kind: .urbanCommunity,
                                        parent: code, isDemo: true))
                }
                for c in stride(from: 1, through: rural, by: 1) {
                    all.append(Division(code: code + DivisionCode.segment(200 + c, width: 3), name: "\(short)演示村\(s)-\(c)", kind: .ruralCommunity,
                                        parent: code, isDemo: true))
                }
            }
        }
        return all
    }
}

/// One deterministic draw per text, for the demo's made-up figures.
enum DemoRandomSource {
    static func int(_ seed: String, _ range: ClosedRange<Int>) -> Int {
        var random = DemoRandom(seed: seed)
        return random.int(range)
    }
}
