import Foundation
import Testing
import NoticeImport
import ReformPlan

/// The published Wuhan notice (/work/shared/plans/wuhan-2019-civil-affairs-reform.txt),
/// page chrome and all: the notice's own fields and what is skipped.
/// Projects, tasks, indicators, phases and the requirements section have suites of their own.
@Suite struct ReferenceNoticeTests {
    @Test func referenceNoticeIsFoundBesideThePackage() throws {
        let data = try Fixture.referenceData()
        #expect(data.count > 10_000)
    }

    @Test func titleIsThePlanInsideTheGuillemetsOfTheNoticeTitle() throws {
        let plan = try Fixture.referencePlan()

        #expect(plan.notice.title == "2019年武汉市民政改革工作实施方案")
        #expect(plan.notice.noticeTitle == "市民政局关于印发《2019年武汉市民政改革工作实施方案》的通知")
        #expect(plan.notice.year == 2019)
        #expect(plan.key == "武汉市民政局/2019年武汉市民政改革工作实施方案")
    }

    @Test func issuerAndDatesComeFromSignatureAndPage() throws {
        let plan = try Fixture.referencePlan()

        #expect(plan.notice.issuer == "武汉市民政局")
        #expect(plan.notice.issuedDate == Day(2019, 5, 16))
        #expect(plan.notice.publishedDate == Day(2019, 5, 20))
        #expect(plan.notice.documentNumber == nil, "the page prints no number of its own")
    }

    @Test func addresseesAreTheFourUnitsOfTheSalutation() throws {
        let plan = try Fixture.referencePlan()

        #expect(plan.notice.addressees == [
            "各区民政局", "各功能区社会发展局(城乡工作处)", "局机关各处室", "局直属各单位",
        ])
    }

    @Test func theCitedCityDocumentKeepsItsNumber() throws {
        let plan = try Fixture.referencePlan()

        let cited = try #require(plan.notice.references.first { $0.number == "武改委发〔2019〕1号" })
        #expect(cited.title?.contains("中共武汉市委全面深化改革委员会2019年工作要点") == true)
        // The only other document cited with 按照 is the city's task table, which has no number.
        for other in plan.notice.references where other != cited {
            #expect(other.title == "2019年全市改革要点任务分解表")
            #expect(other.number == nil)
        }
    }

    @Test func attachmentIsNamedOnceWithoutItsFileExtension() throws {
        let plan = try Fixture.referencePlan()

        #expect(plan.notice.attachments == ["2019年市民政局改革要点责任分解表"])
    }

    @Test func sixSectionsAreKeptInOrder() throws {
        let plan = try Fixture.referencePlan()

        let sections = plan.notice.sections
        try #require(sections.count == 6)
        #expect(sections.map(\.number) == [1, 2, 3, 4, 5, 6])
        let headings = ["总体思路", "基本原则", "改革项目和责任分解", "主要任务", "实施步骤", "工作要求"]
        for (section, heading) in zip(sections, headings) {
            #expect(section.heading.hasPrefix(heading), "section \(section.number): \(section.heading)")
        }
        #expect(sections[5].text.contains("年底考核"))
    }

    @Test func sourceTextIsKeptWholeChromeIncluded() throws {
        let plan = try Fixture.referencePlan()

        let source = try #require(plan.notice.sourceText)
        #expect(source.hasPrefix("欢迎访问武汉市民政局官方网站"))
        #expect(source.contains("鄂公网安备"))
    }

    @Test func pageChromeIsSkippedWithInfoFindingsBeforeAndAfterTheNotice() throws {
        let plan = try Fixture.referencePlan()

        let chrome = plan.chromeFindings
        #expect(!chrome.isEmpty)
        #expect(chrome.allSatisfy { $0.severity == .info })
        #expect(chrome.contains { $0.line < 9 }, "the site banner before the title (lines 1-8)")
        #expect(chrome.contains { $0.line >= 153 }, "the download link and footer (lines 153-160)")
    }

    @Test func nothingFromPageChromeIsImported() throws {
        let plan = try Fixture.referencePlan()

        let chromeWords = ["欢迎访问", "ICP", "关于本站", "主办单位", "浏览量", "官方APP", "网站首页",
                           "视力保护色", "鄂公网安备", "站点地图", "高雄路", ".docx"]
        for text in plan.importedTexts {
            for word in chromeWords {
                #expect(!text.contains(word), "“\(word)” leaked into “\(text)”")
            }
        }
    }

    @Test func theOnlyWarningIsTheMiscountedGroup() throws {
        let plan = try Fixture.referencePlan()

        #expect(plan.warnings.count == 1)
        #expect(plan.hasWarning(line: 57, saying: "标明5项", "实际列出7项"))
        #expect(plan.findings.allSatisfy { $0.line >= 1 && $0.line <= 160 && $0.column >= 1 })
    }

    @Test func importingTextAndDataGiveTheSamePlan() throws {
        let data = try Fixture.referenceData()
        let text = try #require(String(data: data, encoding: .utf8))

        let fromData = try NoticeImporter.importNotice(data: data)
        let fromText = try NoticeImporter.importNotice(text: text)

        #expect(fromData == fromText)
    }
}
