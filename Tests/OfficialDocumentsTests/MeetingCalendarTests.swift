import Foundation
import Testing
import ReformPlan
@testable import OfficialDocuments

/// The meeting's calendar file as RFC 5545 wants it: CRLF lines of at most 75
/// octets (folded without splitting a character), TEXT escaped, the time in
/// Asia/Shanghai with the zone given, the same UID when the meeting changes.
@Suite struct MeetingCalendarTests {
    static let meeting = Meeting(id: 12, planID: 1, kind: .quarterlyDispatch, title: "2019年第三季度改革工作调度会",
                                 day: Day(year: 2019, month: 10, day: 15), startMinute: 23 * 60 + 30, durationMinutes: 60,
                                 place: "局三楼会议室, 东侧", chair: "李国汉",
                                 attendees: ["养老服务处", "社会救助处"],
                                 agenda: ["调度项目1“深化全国养老服务业综合改革试点,集成创新“智慧居家养老”新模式”（进度滞后；责任单位：养老服务处）", "研究部署下一阶段工作"],
                                 createdBy: "guihua", version: 3)

    static func unfolded(_ ics: String) -> [String] {
        ics.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").filter { !$0.isEmpty }
    }

    @Test func linesAreFoldedAtSeventyFiveOctetsWithoutSplittingACharacter() {
        let ics = MeetingCalendar.ics(Self.meeting, url: "http://luoshi.example/meetings/12", stamp: Date(timeIntervalSince1970: 1_570_000_000))

        #expect(ics.hasSuffix("\r\n") && !ics.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "CRLF only")
        for line in ics.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 75, "\(line)") }
        let lines = Self.unfolded(ics)
        #expect(lines.first == "BEGIN:VCALENDAR" && lines.last == "END:VCALENDAR")
        #expect(lines.contains("SUMMARY:2019年第三季度改革工作调度会"))
        #expect(lines.contains("LOCATION:局三楼会议室\\, 东侧"))
        let description = lines.first { $0.hasPrefix("DESCRIPTION:") } ?? ""
        #expect(description.contains("1. 调度项目1“深化全国养老服务业综合改革试点\\,集成创新"), "a comma escaped")
        #expect(description.contains("（进度滞后；责任单位：养老服务处）"), "a full-width semicolon is text, not a separator")
        #expect(description.contains("\\n2. 研究部署下一阶段工作\\n参会：养老服务处、社会救助处\\nhttp://luoshi.example/meetings/12"))
    }

    @Test func theTimeIsShanghaisAndAMeetingPastMidnightEndsTheNextDay() {
        let lines = Self.unfolded(MeetingCalendar.ics(Self.meeting, url: "u", stamp: Date(timeIntervalSince1970: 1_570_000_000)))

        #expect(lines.contains("DTSTART;TZID=Asia/Shanghai:20191015T233000"))
        #expect(lines.contains("DTEND;TZID=Asia/Shanghai:20191016T003000"))
        #expect(lines.contains("TZOFFSETTO:+0800") && lines.contains("DTSTAMP:20191002T070640Z"))
        #expect(lines.contains("UID:meeting-12@luoshi") && lines.contains("SEQUENCE:2"), "the same event, changed twice")
    }

    @Test func aLongLineOfChineseFoldsOnCharacterBoundaries() {
        let folded = MeetingCalendar.folded("SUMMARY:" + String(repeating: "改", count: 40))
        let parts = folded.components(separatedBy: "\r\n ")

        #expect(parts.count == 2 && parts.allSatisfy { $0.utf8.count <= 75 })
        #expect(parts.joined() == "SUMMARY:" + String(repeating: "改", count: 40))
        #expect(MeetingCalendar.escaped("a\\b;c,d\ne") == "a\\\\b\\;c\\,d\\ne")
    }
}
