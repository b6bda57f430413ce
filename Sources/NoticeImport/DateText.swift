import ReformPlan

/// Dates as Chinese documents write them: 2019年5月16日, 2019-05-20,
/// 2019.05.20, and in signatures 二〇一九年五月十六日.
enum DateText {
    static func firstDay(in text: String) -> Day? {
        let s = Array(text.unicodeScalars)
        for i in s.indices {
            if let (day, _) = day(in: s, at: i) { return day }
        }
        return nil
    }

    /// A whole date starting at `i`, with the number of scalars it covers.
    static func day(in s: [Unicode.Scalar], at i: Int) -> (Day, Int)? {
        if i > 0, s[i - 1].isDigit { return nil }
        if let (y, ylen) = MarkerScanner.digits(s, from: i, limit: s.count), ylen == 4 {
            guard (1950...2100).contains(y) else { return nil }
            var j = i + 4
            guard j < s.count else { return nil }
            let separator = s[j]
            guard "年-./".unicodeScalars.contains(separator) else { return nil }
            j += 1
            guard let (m, mlen) = twoDigits(s, j) else { return nil }
            j += mlen
            let monthEnd: Unicode.Scalar = separator == "年" ? "月" : separator
            guard j < s.count, s[j] == monthEnd else { return nil }
            j += 1
            guard let (d, dlen) = twoDigits(s, j) else { return nil }
            j += dlen
            if separator == "年" { guard j < s.count, s[j] == "日" else { return nil }; j += 1 }
            return valid(y, m, d).map { ($0, j - i) }
        }
        return chineseDay(in: s, at: i)
    }

    private static func twoDigits(_ s: [Unicode.Scalar], _ j: Int) -> (Int, Int)? {
        guard j < s.count, s[j].isDigit else { return nil }
        if j + 1 < s.count, s[j + 1].isDigit { return (Int(s[j].value - 48) * 10 + Int(s[j + 1].value - 48), 2) }
        return (Int(s[j].value - 48), 1)
    }

    private static func valid(_ y: Int, _ m: Int, _ d: Int) -> Day? {
        guard (1...12).contains(m), d >= 1, d <= Day.daysIn(month: m, year: y) else { return nil }
        return Day(year: y, month: m, day: d)
    }

    /// 二〇一九年五月十六日: year digit by digit, month and day as numbers.
    private static func chineseDay(in s: [Unicode.Scalar], at i: Int) -> (Day, Int)? {
        let yearDigits: [Unicode.Scalar: Int] = ["〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4,
                                                  "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
        guard i + 4 < s.count else { return nil }
        var y = 0
        for k in 0..<4 {
            guard let d = yearDigits[s[i + k]] else { return nil }
            y = y * 10 + d
        }
        guard (1950...2100).contains(y), s[i + 4] == "年", let (m, mlen) = ChineseNumerals.parse(s, from: i + 5, limit: s.count),
              i + 5 + mlen < s.count, s[i + 5 + mlen] == "月",
              let (d, dlen) = ChineseNumerals.parse(s, from: i + 6 + mlen, limit: s.count),
              i + 6 + mlen + dlen < s.count, s[i + 6 + mlen + dlen] == "日" else { return nil }
        return valid(y, m, d).map { ($0, 7 + mlen + dlen) }
    }
}
