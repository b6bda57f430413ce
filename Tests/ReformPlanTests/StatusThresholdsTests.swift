import Foundation
import Testing
@testable import ReformPlan

@Suite struct StatusThresholdsTests {
    @Test func theDefaultsAreTheDocumentedOnes() {
        let defaults = StatusThresholds()

        #expect(defaults.lagMargin == 15)
        #expect(defaults.reportDueDay == 25)
        #expect(defaults.noticeReplyDays == 5)
        #expect(defaults.aboutTolerance == 0.05)
    }

    @Test func aSettingLeftOutOfAFileKeepsItsDefault() throws {
        let decoded = try JSONDecoder().decode(StatusThresholds.self, from: Data(#"{"lagMargin": 10}"#.utf8))

        #expect(decoded == StatusThresholds(lagMargin: 10))
    }

    @Test func aNoticeIsAnsweredWithinTheReplyDaysAcrossMonthAndYearEnds() {
        let thresholds = StatusThresholds()

        #expect(thresholds.replyDue(issuedOn: Day(year: 2019, month: 7, day: 2)) == Day(year: 2019, month: 7, day: 7))
        #expect(thresholds.replyDue(issuedOn: Day(year: 2019, month: 12, day: 29)) == Day(year: 2020, month: 1, day: 3))
        #expect(thresholds.replyDue(issuedOn: Day(year: 2020, month: 2, day: 27)) == Day(year: 2020, month: 3, day: 3))
    }
}
