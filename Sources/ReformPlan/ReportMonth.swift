/// A month of a plan year, the period a progress report speaks for: "2019-09".
public struct ReportMonth: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int

    public init(year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    public init(_ day: Day) {
        self.init(year: day.year, month: day.month)
    }

    /// Parses `yyyy-mm`; nil for anything else.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), (1...12).contains(m) else { return nil }
        self.init(year: y, month: m)
    }

    public var first: Day { Day(year: year, month: month, day: 1) }
    public var last: Day { Day.endOfMonth(year: year, month: month) }

    public var next: ReportMonth {
        month == 12 ? ReportMonth(year: year + 1, month: 1) : ReportMonth(year: year, month: month + 1)
    }

    public var previous: ReportMonth {
        month == 1 ? ReportMonth(year: year - 1, month: 12) : ReportMonth(year: year, month: month - 1)
    }

    /// The day of this month by which its report is due; a due day past the
    /// month's end (31 in April) is the month's last day.
    public func dueDate(dayOfMonth: Int) -> Day {
        Day(year: year, month: month, day: min(max(1, dayOfMonth), Day.daysIn(month: month, year: year)))
    }

    public var description: String {
        "\(year)-\(month < 10 ? "0" : "")\(month)"
    }

    public var chineseName: String { "\(year)年\(month)月" }

    public static func < (a: ReportMonth, b: ReportMonth) -> Bool {
        (a.year, a.month) < (b.year, b.month)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let month = ReportMonth(iso: text) else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath, debugDescription: "“\(text)” is not a month in the form yyyy-mm"))
        }
        self = month
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
