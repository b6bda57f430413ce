import Testing
@testable import ReformPlan

/// What-if: a changed weight or rule, new scores and places beside the current ones.
@Suite struct AssessmentComparisonTests {
    typealias F = AssessmentFixtures

    /// Three districts: 江岸 reports badly but has all its phases done; the
    /// others the other way round. Moving weight from phases to reports reorders them.
    static let districts: [AssessmentEvidence] = {
        func district(_ name: String, reportsOnTime: Int, phasesOnTime: Int) -> AssessmentEvidence {
            let reports = (1...10).map { m in
                F.report("2019-" + (m < 10 ? "0" : "") + "\(m)", m <= reportsOnTime ? "2019-01-01" : nil)
            }
            let phases = (1...4).map { F.phase($0, due: "2019-0\($0 + 1)", done: $0 <= phasesOnTime ? "2019-01" : nil) }
            return AssessmentEvidence(unit: name, kind: .district, reports: reports, phases: phases)
        }
        return [district("江岸区民政局", reportsOnTime: 5, phasesOnTime: 4),
                district("江汉区民政局", reportsOnTime: 10, phasesOnTime: 3),
                district("硚口区民政局", reportsOnTime: 10, phasesOnTime: 2),
                AssessmentEvidence(unit: "养老服务处", kind: .office)]
    }()

    static func result(_ scheme: AssessmentScheme) -> AssessmentResult {
        AssessmentScoring.scores(evidence: districts, scheme: scheme, asOf: F.yearEnd)
    }

    @Test func changingAWeightMovesUnitsAndSaysHowFar() {
        let current = Self.result(F.scheme)
        var heavierReports = F.scheme
        heavierReports.items[0].weight = 50
        heavierReports.items[1].weight = 10

        let comparison = AssessmentComparison(current: current, proposed: Self.result(heavierReports))

        // Reports + phases, each + 30 for targets and notices with nothing due:
        // current 江岸 10+40, 江汉 20+30 (tied at 80), 硚口 20+20 = 70;
        // proposed 江岸 25+10 = 65, 江汉 50+7.5 = 87.5, 硚口 50+5 = 85.
        let rows = comparison.rows.filter { $0.kind == .district }
        #expect(rows.map(\.unit) == ["江汉区民政局", "硚口区民政局", "江岸区民政局"])
        #expect(rows.map(\.currentRank) == [1, 3, 1])
        #expect(rows.map(\.proposedRank) == [1, 2, 3])
        #expect(rows.map(\.movement) == [.same, .up, .down])
        #expect(rows.map(\.delta) == [7.5, 15, -15])
        #expect(rows.map(\.sentence) == ["江汉区民政局 保持第1名（+7.5分）", "硚口区民政局 由第3名升至第2名（+15.0分）",
                                         "江岸区民政局 由第1名降至第3名（-15.0分）"])
        #expect(comparison.moves.map(\.unit) == ["硚口区民政局", "江岸区民政局"])
    }

    @Test func officesComeFirstAndAnUnchangedSchemeMovesNobody() {
        let current = Self.result(F.scheme)

        let comparison = AssessmentComparison(current: current, proposed: Self.result(F.scheme))

        #expect(comparison.rows.first?.unit == "养老服务处")
        #expect(comparison.rows.count == 4)
        #expect(comparison.moves.isEmpty)
        #expect(comparison.rows.allSatisfy { $0.delta == 0 })
    }

    @Test func changingARuleIsComparedTheSameWay() {
        let unit = F.office("社会救助处", indicators: [F.indicator("a", target: 100, value: 90)])
        let other = F.office("养老服务处", indicators: [F.indicator("a", target: 100, value: 100), F.indicator("b", target: 10, value: 1)])
        let met = F.scheme(changing: "targets") { $0.rule = .targetAttainment(mode: .met) }

        let comparison = AssessmentComparison(
            current: AssessmentScoring.scores(evidence: [unit, other], scheme: F.scheme, asOf: F.yearEnd),
            proposed: AssessmentScoring.scores(evidence: [unit, other], scheme: met, asOf: F.yearEnd))

        // Ratio: 救助 18, 养老 11; met: 救助 0, 养老 10.
        #expect(comparison.row(for: "社会救助处")?.sentence == "社会救助处 由第1名降至第2名（-18.0分）")
        #expect(comparison.row(for: "养老服务处")?.sentence == "养老服务处 由第2名升至第1名（-1.0分）")
    }

    @Test func unitsScoredUnderOnlyOneSideAreAddedOrRemoved() {
        let current = AssessmentScoring.scores(evidence: [F.quiet("江岸区民政局", .district)], scheme: F.scheme, asOf: F.yearEnd)
        let proposed = AssessmentScoring.scores(evidence: [F.quiet("江汉区民政局", .district)], scheme: F.scheme, asOf: F.yearEnd)

        let comparison = AssessmentComparison(current: current, proposed: proposed)

        #expect(comparison.rows.map(\.movement) == [.added, .removed])
        #expect(comparison.rows.map(\.sentence) == ["江汉区民政局 新增，列第1名", "江岸区民政局 不再参加考核（原第1名）"])
    }
}
