import Foundation
import Testing
@testable import ReformPlan

/// The monthly bulletin's facts: who is named, what counts as of the month's
/// end, and how the words are put around them.
struct BulletinCompilerTests {
    typealias F = StatusFixtures

    static let plan = Plan(
        notice: Notice(title: "2019年武汉市民政改革工作实施方案", year: 2019, issuer: "武汉市民政局",
                       addressees: ["各区民政局", "局机关各处室"]),
        projects: [F.eldercare, F.relief, F.marriage], phases: F.eldercarePhases)

    /// Noon in Shanghai on `day`, as an instant (UTC+8, no daylight saving).
    static func instant(_ day: String) -> Date {
        let d = F.day(day)
        return shanghai.date(from: DateComponents(year: d.year, month: d.month, day: d.day, hour: 12))!
    }

    static func sent(_ unit: String, _ month: String, on day: String, state: ProgressReport.State = .submitted,
                     project: Int = 1, completion: Int = 50, phases: [(Int, Int, Int)] = [],
                     progress: String = "", problems: String = "") -> ProgressReport {
        var report = F.report(unit, month, state, project: project, completion: completion, phases: phases)
        report.submittedAt = instant(day)
        report.sections[0].progress = progress
        report.sections[0].problems = problems
        return report
    }

    static let shanghai: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 8 * 3600)!
        return calendar
    }()

    static func compiler(_ reports: [ProgressReport], notices: [SupervisionNotice] = []) -> BulletinCompiler {
        BulletinCompiler(plan: plan, reports: reports, notices: notices) { date in
            let c = shanghai.dateComponents([.year, .month, .day], from: date)
            return Day(year: c.year!, month: c.month!, day: c.day!)
        }
    }

    @Test func namesLateAndMissingUnitsAsOfTheMonthsEnd() {
        // Arrange: 养老服务处 on time, 社会救助处 late, 市低保中心 only in October, 社会事务处 a draft.
        let reports = [
            Self.sent("养老服务处", "2019-09", on: "2019-09-20"),
            Self.sent("社会救助处", "2019-09", on: "2019-09-28", project: 4),
            Self.sent("市低保中心", "2019-09", on: "2019-10-03", project: 4),
            F.report("社会事务处", "2019-09", .draft, project: 13),
        ]
        // Act
        let facts = Self.compiler(reports).compile(month: F.month("2019-09"), indicators: [])
        // Check
        #expect(facts.asOf == F.day("2019-09-30"))
        #expect(facts.reporting.dueDay == F.day("2019-09-25"))
        #expect(facts.reporting.onTime == ["养老服务处"])
        #expect(facts.reporting.late == [.init(unit: "社会救助处", submittedOn: F.day("2019-09-28"))])
        #expect(facts.reporting.missing == ["市低保中心", "社会事务处"], "a report sent in October is missing in September's bulletin")
        #expect(facts.reporting.onTimePercent == 25)
        #expect(facts.reportingTrend.map(\.month.month) == Array(1...9))
    }

    @Test func theFirstSendingCountsAndAReportReturnedAfterTheMonthStoodAsSent() {
        // 养老服务处 sent on the 20th, was returned on the 22nd and sent again on 10-03: on time, by its first sending.
        var resent = Self.sent("养老服务处", "2019-09", on: "2019-10-03")
        resent.firstSubmittedAt = Self.instant("2019-09-20")
        // 社会救助处 sent on the 24th and was returned on 10-02: on 30 September it stood as sent.
        var returnedLater = Self.sent("社会救助处", "2019-09", on: "2019-09-24", state: .returned, project: 4)
        returnedLater.reviewedAt = Self.instant("2019-10-02")
        // 市低保中心 sent on the 21st and was returned on the 23rd, not sent again by the month's end.
        var returnedInTime = Self.sent("市低保中心", "2019-09", on: "2019-09-21", state: .returned, project: 4)
        returnedInTime.reviewedAt = Self.instant("2019-09-23")
        let reporting = Self.compiler([resent, returnedLater, returnedInTime]).compile(month: F.month("2019-09"), indicators: []).reporting
        #expect(reporting.onTime == ["养老服务处", "社会救助处"])
        #expect(reporting.returned == ["市低保中心"])
        #expect(reporting.missing == ["社会事务处"])
    }

    @Test func theSameMonthCompiledLaterSaysTheSame() {
        let september = [Self.sent("养老服务处", "2019-09", on: "2019-09-20", completion: 60)]
        let later = september + [Self.sent("养老服务处", "2019-10", on: "2019-10-20", completion: 100),
                                 Self.sent("社会救助处", "2019-09", on: "2019-10-02", project: 4)]
        let a = Self.compiler(september).compile(month: F.month("2019-09"), indicators: [])
        let b = Self.compiler(later).compile(month: F.month("2019-09"), indicators: [])
        #expect(a == b)
    }

    @Test func phasesDueThisMonthAndStillOverdue() {
        // 签约部署 (1–3月) done in March; 组织推进 (4–6月) never; 加强指导 (7–9月) done in September.
        let reports = [
            Self.sent("养老服务处", "2019-03", on: "2019-03-20", phases: [(1, 1, 100)]),
            Self.sent("养老服务处", "2019-09", on: "2019-09-20", phases: [(1, 3, 100)]),
        ]
        let facts = Self.compiler(reports).compile(month: F.month("2019-09"), indicators: [])
        #expect(facts.phasesDue.map(\.title) == ["加强指导"])
        #expect(facts.phasesDue.first?.met == true)
        #expect(facts.phasesStillOverdue.map(\.title) == ["组织推进"])
        #expect(facts.phasesStillOverdue.first?.units == ["养老服务处"])
    }

    @Test func noticesOpenedAnsweredAndOverdueByTheMonthsEnd() {
        let replied = SupervisionNotice(year: 2019, serial: 1, unit: "社会救助处", project: 4, reason: "滞后",
                                        replyDue: F.day("2019-09-10"), state: .replied, issuedBy: "guihua",
                                        issuedOn: F.day("2019-09-05"), repliedAt: Self.instant("2019-09-08"))
        let repliedLate = SupervisionNotice(year: 2019, serial: 2, unit: "社会事务处", project: 13, reason: "未报送",
                                            replyDue: F.day("2019-09-20"), state: .replied, issuedBy: "guihua",
                                            issuedOn: F.day("2019-09-15"), repliedAt: Self.instant("2019-10-02"))
        let october = SupervisionNotice(year: 2019, serial: 3, unit: "养老服务处", project: 1, reason: "x",
                                        replyDue: F.day("2019-10-10"), issuedBy: "guihua", issuedOn: F.day("2019-10-05"))
        let line = Self.compiler([], notices: [october, repliedLate, replied]).compile(
            month: F.month("2019-09"), indicators: []).notices
        #expect(line.opened.map(\.number) == ["督办〔2019〕1号", "督办〔2019〕2号"])
        #expect(line.answered.map(\.number) == ["督办〔2019〕1号"])
        #expect(line.overdue.map(\.number) == ["督办〔2019〕2号"], "answered only in October: overdue at September's end")
    }

    @Test func goodPracticeIsTheLargestGainInAcceptedReports() {
        let reports = [
            Self.sent("养老服务处", "2019-08", on: "2019-08-20", state: .accepted, completion: 40),
            Self.sent("养老服务处", "2019-09", on: "2019-09-20", state: .accepted, completion: 80, progress: "建成智慧平台"),
            Self.sent("社会救助处", "2019-09", on: "2019-09-20", state: .accepted, project: 4, completion: 30,
                      progress: "出台救助办法"),
            Self.sent("社会事务处", "2019-09", on: "2019-09-20", project: 13, completion: 90, progress: "未审核",
                      problems: "人员不足"),
        ]
        let facts = Self.compiler(reports).compile(month: F.month("2019-09"), indicators: [])
        #expect(facts.goodPractice.map(\.unit) == ["养老服务处", "社会救助处"], "submitted but not accepted is not quoted")
        #expect(facts.problems.map(\.text) == ["人员不足"])
    }

    @Test func theWrittenBulletinNamesNamesAndCarriesItsTables() {
        let reports = [Self.sent("社会救助处", "2019-09", on: "2019-09-28", project: 4)]
        let facts = Self.compiler(reports).compile(month: F.month("2019-09"), indicators: [])
        let narrative = BulletinNarrative.drafted(from: facts, planTitle: Self.plan.notice.title)
        let letterhead = Letterhead.defaults(for: Self.plan)
        let text = BulletinWriting(facts: facts, narrative: narrative, letterhead: letterhead,
                                   planTitle: Self.plan.notice.title).text(number: "武民改办通报〔2019〕7号", date: F.day("2019-10-08"))
        let words = text.body.compactMap { if case .paragraph(let p) = $0 { p } else { nil } }.joined()
        #expect(text.title == "关于2019年9月武汉市民政改革工作进展情况的通报")
        #expect(words.contains("社会救助处（9月28日报送）"))
        #expect(words.contains("仍未报送3个：养老服务处、市低保中心、社会事务处"))
        #expect(text.tables.map(\.title) == ["各类改革项目进展情况", "到期实施步骤完成情况", "2019年9月各改革项目进展情况表"])
        #expect(text.tables.last?.rows.count == 3, "one row per project")
        #expect(text.charts.map(\.kind) == [.stacked, .line])
        #expect(letterhead.bulletinNumber == "武民改办通报〔{年}〕{号}号")
        #expect(text.addressees == ["各区民政局", "局机关各处室"])
    }

    @Test func theComparisonSaysWhatImprovedAndWhatSlipped() {
        let august = Self.compiler([Self.sent("养老服务处", "2019-08", on: "2019-08-28", completion: 10)])
            .compile(month: F.month("2019-08"), indicators: [])
        let september = Self.compiler([Self.sent("养老服务处", "2019-08", on: "2019-08-28", completion: 10),
                                       Self.sent("养老服务处", "2019-09", on: "2019-09-10", completion: 70,
                                                 phases: [(1, 1, 100), (1, 2, 100), (1, 3, 100)])])
            .compile(month: F.month("2019-09"), indicators: [])
        let comparison = BulletinComparison(previous: august, current: september)
        #expect(comparison.improved.contains { $0.subject == "养老服务处按月报送" && $0.after == "按时报送" })
        #expect(comparison.improved.contains { $0.subject.hasPrefix("1.") && $0.before == "已逾期" })
        #expect(comparison.slipped.isEmpty)
    }

    @Test func letterheadPatternsMustNameYearAndSerial() {
        var letterhead = Letterhead.defaults(for: Self.plan)
        #expect(letterhead.problems.isEmpty)
        #expect(Letterhead.number(letterhead.bulletinNumber, year: 2019, serial: 7) == "武民改办通报〔2019〕7号")
        letterhead.summaryNumber = "武民改办〔2019〕号"
        #expect(letterhead.problems == ["summaryNumber：半年小结文号格式须含“{年}”和“{号}”，现为“武民改办〔2019〕号”"])
        letterhead.summaryNumber = letterhead.bulletinNumber
        #expect(letterhead.problems == ["summaryNumber：半年小结文号格式与通报文号格式相同（“武民改办通报〔{年}〕{号}号”），两类文件会出现相同的文号"])
        #expect(Letterhead.shortForm(of: "某某省民政厅") == "改革办")
    }
}
