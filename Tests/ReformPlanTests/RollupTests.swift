import Testing
@testable import ReformPlan

@Suite struct RollupRuleTests {
    static func indicator(_ name: String, _ measure: String, _ target: Double, scope: String? = nil) -> Indicator {
        Indicator(name: name, measure: measure, comparator: .atLeast, target: target, scope: scope, sentence: name)
    }

    @Test func thePlansOwnWordsSuggestTheRule() {
        let community = RollupRule.inferred(for: Self.indicator("每个城市社区拥有社会组织", "个", 10, scope: "每个城市社区"))
        #expect(community == RollupRule(method: .share, level: .village, kinds: [.urbanCommunity], threshold: 10))
        let village = RollupRule.inferred(for: Self.indicator("农村社区拥有社会组织", "个", 5, scope: "每个农村社区"))
        #expect(village.kinds == [.ruralCommunity] && village.threshold == 5)
        let streets = RollupRule.inferred(for: Self.indicator("中心城区“三助一护”服务有效应答街道", "%", 60, scope: "中心城区街道"))
        #expect(streets == RollupRule(method: .share, level: .township, kinds: [.street], threshold: 1, tag: "中心城区"))
        #expect(RollupRule.inferred(for: Self.indicator("社会化运营率", "%", 70)).method == .average)
        #expect(RollupRule.inferred(for: Self.indicator("新建社区老年人服务中心(站)", "个", 100))
                == RollupRule(method: .sum, level: .county))
    }

    @Test func everyUnitIsHeldToAHundredPercentAndAShareToItsOwnTarget() {
        let every = Self.indicator("每个城市社区拥有社会组织", "个", 10, scope: "每个城市社区")
        let streets = Self.indicator("有效应答街道", "%", 60, scope: "中心城区街道")
        #expect(RollupRule.inferred(for: every).target(of: every) == 100)
        #expect(RollupRule.inferred(for: streets).target(of: streets) == 60)
    }
}

@Suite struct RollupTests {
    static let tree = DivisionTree(WuhanDivisions.all)

    @Test func tallyValuesFollowTheMethod() {
        let t = RollupTally(reported: 4, sum: 30, meeting: 3, eligible: 5, latestValue: 7, latestAt: "2019-09-02")
        #expect(t.value(.sum) == 30 && t.value(.average) == 7.5 && t.value(.latest) == 7 && t.value(.share) == 60)
        #expect(t.fallingShort == 2 && t.missing == 1)
        #expect(RollupTally().value(.sum) == nil && RollupTally(reported: 0, eligible: 0).value(.share) == nil)
    }

    @Test func districtsCarryUpToTheCityAndProvince() {
        let rule = RollupRule(method: .sum, level: .county)
        let figures = Rollup.carryUp(["420102": RollupTally(reported: 1, sum: 8),
                                      "420117": RollupTally(reported: 1, sum: 5)], in: Self.tree, rule: rule)
        #expect(figures["420100"]?.value(.sum) == 13 && figures["420000"]?.value(.sum) == 13)
        #expect(figures["420102"]?.value(.sum) == 8 && figures["420103"] == nil)
    }

    @Test func aTaggedShareLeavesOtherDistrictsOut() {
        let rule = RollupRule(method: .share, level: .township, kinds: [.street], threshold: 1, tag: "中心城区")
        let figures = Rollup.carryUp(["420102": RollupTally(reported: 10, meeting: 7, eligible: 10),
                                      "420103": RollupTally(reported: 4, meeting: 2, eligible: 8),
                                      "420117": RollupTally(reported: 12, meeting: 0, eligible: 12)],
                                     in: Self.tree, rule: rule)
        #expect(figures["420100"] == RollupTally(reported: 14, meeting: 9, eligible: 18))
        #expect(figures["420100"]?.value(.share) == 50 && figures["420117"] == nil)
    }

    @Test func theLatestValueIsTheOneEnteredLast() {
        let rule = RollupRule(method: .latest, level: .county)
        let figures = Rollup.carryUp(["420102": RollupTally(reported: 1, sum: 1800, latestValue: 1800, latestAt: "2019-09-03T01:00:00Z"),
                                      "420103": RollupTally(reported: 1, sum: 2100, latestValue: 2100, latestAt: "2019-09-05T01:00:00Z")],
                                     in: Self.tree, rule: rule)
        #expect(figures["420100"]?.value(.latest) == 2100)
    }

    @Test func aBreakdownThatDoesNotAddUpSaysByHowMuch() {
        #expect(Rollup.breakdownProblem(target: 100, parts: [30, 30, 38], method: .sum, measure: "个")
                == "分解合计98个，比全市目标100个少2个")
        #expect(Rollup.breakdownProblem(target: 100, parts: [50, 52], method: .sum, measure: "个")?.hasSuffix("多2个") == true)
        #expect(Rollup.breakdownProblem(target: 100, parts: [60, 40], method: .sum, measure: "个") == nil)
        #expect(Rollup.breakdownProblem(target: 60, parts: [60, 70], method: .share, measure: "%") == nil)
        #expect(Rollup.breakdownProblem(target: 0.3, parts: [0.1, 0.2], method: .sum, measure: "%") == nil,
                "floating-point noise is not a mismatch")
    }
}

@Suite struct IndicatorValueCheckTests {
    static let rule = RollupRule(method: .share, level: .village, kinds: [.urbanCommunity], threshold: 10)
    static let known: [Int64: Division.Kind] = [420_102_002_001: .urbanCommunity, 420_102_002_002: .urbanCommunity]

    @Test func goodRowsBecomeValuesAndBlankOnesAreSkipped() {
        let checked = IndicatorValueCheck.check([
            ValueRow(place: "第2行", code: "420102002001", valueText: " 12 "),
            ValueRow(place: "第3行", code: "420102002002", valueText: ""),
        ], known: Self.known, rule: Self.rule)
        #expect(checked.problems.isEmpty && checked.blank == 1)
        #expect(checked.values.map(\.value) == [12] && checked.values.map(\.key) == [420_102_002_001])
    }

    @Test func everyBadCellIsNamedByRowAndColumn() {
        let checked = IndicatorValueCheck.check([
            ValueRow(place: "第2行", code: "4201020020", valueText: "3"),
            ValueRow(place: "第3行", code: "420102002009", valueText: "3"),
            ValueRow(place: "第4行", code: "420102002001", valueText: "十二"),
            ValueRow(place: "第5行", code: "420102002001", valueText: "4"),
            ValueRow(place: "第6行", code: "420102002002", valueText: "-1"),
        ], known: Self.known, rule: Self.rule)
        #expect(checked.problems.map(\.place) == ["第2行", "第3行", "第4行", "第5行", "第6行"])
        #expect(checked.problems.map(\.column) == ["代码", "代码", "数值", "代码", "数值"])
        #expect(checked.problems[1].message.contains("不是已登记的城市社区"))
        #expect(checked.problems[3].message.contains("与第4行重复"))
        #expect(checked.problems[0].description.hasPrefix("第2行 “代码”列："))
    }
}
