/// A calendar day as plans and deadlines speak of it: no time, no zone
/// (deadlines are read in Asia/Shanghai by whoever compares them with a clock).
/// Coded as `yyyy-mm-dd` so that plan files stay readable and diffable.
public struct Day: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The last day of a month: "6月底前" and "2019年6月" both mean 2019-06-30.
    public static func endOfMonth(year: Int, month: Int) -> Day {
        Day(year: year, month: month, day: daysIn(month: month, year: year))
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// Days from this day to `other`: 0 for the same day, negative when
    /// `other` is earlier. Counted on the proleptic Gregorian calendar, so
    /// that time shares ("how much of the phase has passed") need no clock.
    public func days(to other: Day) -> Int {
        other.serial - serial
    }

    /// The day `count` days later, or earlier when `count` is negative.
    public func adding(days count: Int) -> Day {
        var result = self, left = count
        while left > 0 {
            let restOfMonth = Day.daysIn(month: result.month, year: result.year) - result.day
            if left <= restOfMonth {
                result.day += left
                return result
            }
            left -= restOfMonth + 1
            result = result.month == 12 ? Day(year: result.year + 1, month: 1, day: 1)
                                        : Day(year: result.year, month: result.month + 1, day: 1)
        }
        while left < 0 {
            if -left < result.day {
                result.day += left
                return result
            }
            left += result.day
            result = result.month == 1 ? Day(year: result.year - 1, month: 12, day: 31)
                                       : Day.endOfMonth(year: result.year, month: result.month - 1)
        }
        return result
    }

    /// Days since 0001-01-01 (which is 0).
    private var serial: Int {
        let y = year - 1
        let daysBeforeYear = 365 * y + y / 4 - y / 100 + y / 400
        let daysBeforeMonth = (1..<max(1, month)).reduce(0) { $0 + Day.daysIn(month: $1, year: year) }
        return daysBeforeYear + daysBeforeMonth + day - 1
    }

    /// Parses `yyyy-mm-dd`; nil for anything else, including impossible dates.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), d >= 1, d <= Day.daysIn(month: m, year: y)
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public var description: String {
        let y = String(repeating: "0", count: max(0, 4 - String(year).count)) + String(year), m = month < 10 ? "0\(month)" : "\(month)", d = day < 10 ? "0\(day)" : "\(day)"
        return "\(y)-\(m)-\(d)"
    }

    /// 2019年6月30日.
    public var chineseName: String { "\(year)年\(month)月\(day)日" }

    public static func < (a: Day, b: Day) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = Day(iso: text) else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath,
                debugDescription: "“\(text)” is not a date in the form yyyy-mm-dd"))
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
