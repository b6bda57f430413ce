import Foundation
import Testing
import NoticeImport
import ReformPlan

/// What the importer does with input that is not a notice, or not all of one:
/// nothing, whitespace, binary files, prose without projects, a file cut short,
/// and the same notice in another encoding.
@Suite struct BadInputTests {
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D,
                               0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x00]

    /// Bytes from a fixed linear congruential sequence, every seventh one NUL.
    static var noise: Data {
        var state: UInt32 = 20_190_516
        return Data((0..<512).map { index -> UInt8 in
            state = state &* 1_664_525 &+ 1_013_904_223
            return index % 7 == 3 ? 0 : UInt8(truncatingIfNeeded: state >> 24)
        })
    }

    static let prose = """
        关于做好2020年元旦春节期间安全生产工作的通知
        各区应急管理局：
        　　元旦春节将至，请各单位切实加强值班值守，做好安全防范工作，确保节日期间社会大局稳定。

        某市应急管理局
        2019年12月20日
        """

    @Test func emptyDataIsEmpty() {
        #expect(Fixture.importError(Data()) == .empty)
        #expect(Fixture.importError(text: "") == .empty)
    }

    @Test func whitespaceOnlyIsEmpty() {
        let blank = " \n\t\r\n\u{3000}\u{00A0}\n  \n"

        #expect(Fixture.importError(Data(blank.utf8)) == .empty)
        #expect(Fixture.importError(text: blank) == .empty)
        #expect(Fixture.importError(Data([0xEF, 0xBB, 0xBF, 0x0A, 0x20])) == .empty, "a BOM and whitespace")
    }

    @Test func aPNGIsNotText() throws {
        let data = Data(Self.png)

        let error = try #require(Fixture.importError(data))
        guard case .notText(let offset) = error else {
            Issue.record("expected .notText, got \(error)")
            return
        }
        #expect((0..<data.count).contains(offset))
    }

    @Test func randomBytesWithNULsAreNotText() throws {
        let data = Self.noise

        let error = try #require(Fixture.importError(data))
        guard case .notText(let offset) = error else {
            Issue.record("expected .notText, got \(error)")
            return
        }
        #expect(offset >= 0 && offset < data.count)
    }

    @Test func aNoticeWithoutProjectsHasNoProjects() {
        #expect(Fixture.importError(text: Self.prose) == .noProjects)
        #expect(Fixture.importError(Data(Self.prose.utf8)) == .noProjects)
    }

    @Test func everyErrorExplainsItselfInChineseAndEnglish() {
        let errors: [NoticeImportError] = [.empty, .notText(byteOffset: 8), .noProjects]

        for error in errors {
            let message = error.message
            #expect(message.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "Chinese: \(message)")
            #expect(message.unicodeScalars.contains { CharacterSet.letters.contains($0) && $0.isASCII }, "English: \(message)")
        }
        #expect(NoticeImportError.notText(byteOffset: 8).message.contains("8"), "says where")
    }

    @Test func aNoticeCutInTheMiddleOfACharacterKeepsWhatCameBefore() throws {
        let whole = try Fixture.referenceData()
        var cut = whole.count * 6 / 10
        while whole[cut] & 0xC0 == 0x80 && cut > 0 { cut -= 1 }   // back to the lead byte …
        cut += 1                                                   // … and keep it alone

        let plan = try NoticeImporter.importNotice(data: whole.prefix(cut))
        let full = try Fixture.referencePlan()

        #expect(plan.notice.title == "2019年武汉市民政改革工作实施方案", "still read as UTF-8")
        #expect(plan.projects.map(\.number) == Array(1...16))
        #expect(plan.projects.map(\.title) == full.projects.map(\.title))
        #expect(plan.tasks.count == 4)
        #expect(plan.phases.allSatisfy { $0.stream == 1 }, "the cut falls in stream 1, step 3 (line 90)")
        #expect(plan.phases.count >= 2)
        #expect(plan.warnings.contains { $0.line == 90 && $0.message.contains("截断") })
        #expect(!full.findings.contains { $0.message.contains("截断") })
    }

    @Test func theGB18030FixtureReadsAsItsUTF8Twin() throws {
        let fromGB18030 = try Fixture.plan("tongxi-2012-rural-water-gb18030")
        let fromUTF8 = try Fixture.plan("tongxi-2012-rural-water-utf8")

        #expect(fromGB18030 == fromUTF8)
        #expect(fromGB18030.projects.count == 6)
    }

    @Test func aByteOrderMarkChangesNothing() throws {
        let withMark = try Fixture.data("nanping-2019-livelihood-projects")
        let withoutMark = withMark.dropFirst(3)

        let a = try NoticeImporter.importNotice(data: withMark)
        let b = try NoticeImporter.importNotice(data: Data(withoutMark))

        #expect(a == b)
    }

    @Test func textAndDataGiveTheSamePlanForEveryUTF8Fixture() throws {
        let names = ["qingchuan-2021-business-environment", "lanxi-2020-civil-affairs-traditional",
                     "jinhe-2019-natural-resources-reform", "nanling-2023-economy-task-division",
                     "tongxi-2012-rural-water-utf8"]
        for name in names {
            let data = try Fixture.data(name)
            let text = try #require(String(data: data, encoding: .utf8))

            #expect(try NoticeImporter.importNotice(text: text) == NoticeImporter.importNotice(data: data), "\(name)")
        }
    }
}
