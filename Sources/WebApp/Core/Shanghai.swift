import Foundation
import ReformPlan

/// Deadlines and times as the bureau reads them: in Asia/Shanghai. The one
/// calendar every page, the demo and the clock use.
enum Shanghai {
    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai") ?? .gmt
        return calendar
    }()

    /// The day an instant falls on.
    static func day(of date: Date) -> Day {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return Day(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
    }

    /// `hour`:00 on `day`, as an instant.
    static func instant(_ day: Day, hour: Int) -> Date {
        calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: hour))
            ?? Date(timeIntervalSince1970: 0)
    }

    /// "2019-09-30 14:05", how staff read times.
    static func minute(_ date: Date) -> String {
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%04d-%02d-%02d %02d:%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0)
    }
}
