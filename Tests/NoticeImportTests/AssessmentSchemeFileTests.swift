import Foundation
import Testing
import ReformPlan
@testable import NoticeImport

/// The assessment scheme's file: written, read back, and refused with field paths and lines.
@Suite struct AssessmentSchemeFileTests {
    static let scheme = AssessmentScheme.standard(year: 2019)

    /// A small valid file; lines are numbered for the tests below.
    static let small = """
        name: 2019年度考核方案
        year: 2019
        version: 3
        items:
          - key: reports
            name: 按时报送
            weight: 60
            rule: {kind: reportsOnTime}
          - key: targets
            name: 指标完成
            weight: 40
            rule:
              kind: targetAttainment
              mode: met
          - key: city
            name: 市级表彰
            cap: 2
            rule: {kind: bonus, event: cityCommendation, points: 1}
        """

    static func problems(_ text: String) -> [PlanFileError.Problem] {
        do {
            _ = try AssessmentSchemeFile.read(text)
            return []
        } catch {
            return error.problems
        }
    }

    @Test func theStandardSchemeRoundTripsThroughItsFile() throws {
        let text = try AssessmentSchemeFile.yaml(Self.scheme)

        let again = try AssessmentSchemeFile.read(Data(text.utf8))

        #expect(again == Self.scheme)
        #expect(text.hasPrefix("# 年度目标责任考核方案（年底考核）"))
        #expect(text.contains("#   accountabilityCase      被问责"))
        #expect(text.contains("targetAttainment        目标指标完成（mode: ratio 按完成率计 | met 按达标个数计）"))
        #expect(text.contains("  weight: 40\n"))
        #expect(text.contains("name: 2019年度民政改革工作目标责任考核方案"))
        #expect(!text.contains("null"))
    }

    @Test func numbersAreWrittenPlainAndNumberLikeTextStaysText() throws {
        var scheme = Self.scheme
        scheme.items[5].rule = .bonus(event: .nationalCommendation, points: 2.5)
        scheme.items[6].name = "2e+1"

        let text = try AssessmentSchemeFile.yaml(scheme)

        #expect(text.contains("    points: 2.5\n"))
        #expect(text.contains("  name: '2e+1'\n"))
        #expect(!text.contains("e+0"))
        #expect(try AssessmentSchemeFile.read(text) == scheme)
    }

    @Test func aHandWrittenFileReadsWithItsDefaults() throws {
        let scheme = try AssessmentSchemeFile.read(Self.small)

        #expect(scheme.version == 3 && scheme.objectionWindowDays == 7 && scheme.bonusCap == nil)
        #expect(scheme.items.map(\.rule) == [.reportsOnTime, .targetAttainment(mode: .met),
                                             .bonus(event: .cityCommendation, points: 1)])
        #expect(scheme.items[2].weight == 0 && scheme.items[2].cap == 2)
    }

    @Test func badYAMLIsReportedWithItsLine() {
        let broken = Self.small.replacingOccurrences(of: "    name: 指标完成", with: "    name: [指标完成")

        let problems = Self.problems(broken)

        #expect(problems.count == 1)
        #expect(problems.first?.message.hasPrefix("YAML语法错误") == true)
        #expect((problems.first?.line ?? 0) >= 10)
    }

    @Test func aWrongTypeIsReportedWithItsFieldPathAndLine() {
        let problems = Self.problems(Self.small.replacingOccurrences(of: "weight: 40", with: "weight: 四十"))

        #expect(problems.map(\.path) == ["items[1].weight"])
        #expect(problems.first?.line == 11)
        #expect(problems.first?.message.contains("数字") == true)
    }

    @Test func unknownRuleKindsAndEventsInSeveralItemsAreAllReported() {
        let text = Self.small
            .replacingOccurrences(of: "kind: reportsOnTime", with: "kind: reportOnTime")
            .replacingOccurrences(of: "event: cityCommendation", with: "event: commendation")

        let problems = Self.problems(text)

        #expect(problems.map(\.path) == ["items[0].rule.kind", "items[2].rule.event"])
        #expect(problems.map(\.line) == [8, 18])
        #expect(problems.first?.message.contains("“reportOnTime”不是可用的取值") == true)
    }

    @Test func aNegativeWeightIsRefusedWithItsPathAndLineAndTheOtherProblemsBesideIt() {
        let text = Self.small
            .replacingOccurrences(of: "weight: 60", with: "weight: -60")
            .replacingOccurrences(of: "cap: 2", with: "cap: -2")

        let problems = Self.problems(text)

        #expect(problems.map(\.path) == ["items[0].weight", "items[2].cap"])
        #expect(problems.map(\.line) == [7, 17])
        #expect(problems.first?.message.hasPrefix("权重必须为正数") == true)
    }

    @Test func validationStillRunsOnTheItemsThatDecodedBesideOneThatDidNot() {
        let text = Self.small
            .replacingOccurrences(of: "kind: reportsOnTime", with: "kind: 按时报送")
            .replacingOccurrences(of: "cap: 2", with: "cap: -2")

        #expect(Self.problems(text).map(\.path) == ["items[0].rule.kind", "items[2].cap"])
    }

    @Test func aMisspeltFieldIsRefusedNotIgnored() {
        let text = Self.small.replacingOccurrences(of: "weight: 40", with: "wieght: 40")

        let problems = Self.problems(text)

        #expect(problems.map(\.path) == ["items[1].wieght", "items[1].weight"])
        #expect(problems.first?.line == 11)
        #expect(problems.first?.message.hasPrefix("未知字段“wieght”") == true)
    }

    @Test func aMissingFieldAndAWarningOnlyFile() throws {
        let missing = Self.problems(Self.small.replacingOccurrences(of: "year: 2019\n", with: ""))
        let warned = try AssessmentSchemeFile.read(Self.small.replacingOccurrences(of: "weight: 60", with: "weight: 50"))

        #expect(missing.map(\.path) == ["year"])
        #expect(missing.first?.message.hasPrefix("缺少必填字段") == true)
        #expect(warned.problems.map(\.severity) == [.warning])
    }

    @Test func notASchemeFileEmptyOrNotUTF8() {
        #expect(Self.problems("plan:\n  title: x\n").first?.path == "items")
        #expect(Self.problems("").first?.message.contains("为空") == true)
        #expect(Self.problems("items: 3\nname: x\nyear: 2019\n").map(\.path) == ["items"])
        #expect(throws: PlanFileError.self) { try AssessmentSchemeFile.read(Data([0xFF, 0xFE, 0x00])) }
    }
}
