import Foundation
import ReformPlan

/// A meeting as an iCalendar file (RFC 5545) that Outlook, the DingTalk and
/// WeCom calendars and phones import: one VEVENT in Asia/Shanghai (a fixed
/// +08:00 zone, given as VTIMEZONE so that no client guesses), its agenda in
/// the description, lines folded at 75 octets without splitting a character.
public enum MeetingCalendar {
    public static func ics(_ meeting: Meeting, url: String, stamp: Date) -> String {
        let day = meeting.day
        let start = String(format: "%04d%02d%02dT%02d%02d00", day.year, day.month, day.day, meeting.startMinute / 60, meeting.startMinute % 60)
        let endMinute = meeting.startMinute + meeting.durationMinutes
        let endDay = day.adding(days: endMinute / (24 * 60))
        let end = String(format: "%04d%02d%02dT%02d%02d00", endDay.year, endDay.month, endDay.day, (endMinute / 60) % 24, endMinute % 60)
        var description = meeting.kind.chineseName + "，主持人：" + meeting.chair + "\n议程：\n" + meeting.agenda.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "\n")
        if !meeting.attendees.isEmpty { description += "\n参会：" + meeting.attendees.joined(separator: "、") }
        description += "\n" + url
        let lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Luoshi//落实//ZH", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            "BEGIN:VTIMEZONE", "TZID:Asia/Shanghai", "BEGIN:STANDARD", "DTSTART:19700101T000000", "TZOFFSETFROM:+0800",
            "TZOFFSETTO:+0800", "TZNAME:CST", "END:STANDARD", "END:VTIMEZONE",
            "BEGIN:VEVENT",
            // The server's host in the UID: a demo and the real system never overwrite each other's events.
            "UID:meeting-\(meeting.id ?? 0)@" + host(of: url),
            "SEQUENCE:\(max(0, meeting.version - 1))",
            "DTSTAMP:" + utc(stamp),
            "DTSTART;TZID=Asia/Shanghai:" + start,
            "DTEND;TZID=Asia/Shanghai:" + end,
            "SUMMARY:" + escaped(meeting.title),
            "LOCATION:" + escaped(meeting.place),
            "DESCRIPTION:" + escaped(description),
            "URL:" + url,
            "END:VEVENT", "END:VCALENDAR",
        ]
        return lines.map(folded).joined(separator: "\r\n") + "\r\n"
    }

    static func utc(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }

    /// TEXT values: backslash, semicolon, comma and newline escaped (§3.3.11).
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: ";", with: "\\;")
            .replacingOccurrences(of: ",", with: "\\,").replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\n", with: "\\n")
    }

    static func host(of url: String) -> String {
        URLComponents(string: url)?.host.flatMap { $0.isEmpty ? nil : $0 } ?? "luoshi"
    }

    /// Lines longer than 75 octets continue on lines that start with a space (§3.1), never inside a character.
    static func folded(_ line: String) -> String {
        var out = "", count = 0
        for character in line {
            let size = String(character).utf8.count
            if count + size > 75 {
                out += "\r\n "
                count = 1
            }
            out.append(character)
            count += size
        }
        return out
    }
}
