import ReformPlan

/// Finds deadlines in the words of an item: "2022年10月底前", "于2012年底前",
/// "6月底前" (in the plan year), "5年内", "每年", "长期坚持", "与…同步推进".
/// Month-end and year-end become the last day of that month or year.
struct DeadlineParser {
    let planYear: Int?

    struct Match {
        var deadline: Deadline
        var range: Range<Int>
    }

    private static let byMarkers = ["底前", "末前", "底", "末", "以前", "之前", "前"]
    private static let ongoingWords = WordList(["长期坚持", "长期推进", "常态化推进", "长期实施", "持续推进"])
    private static let labelledOngoingWords = WordList(["长期坚持", "长期推进", "常态化推进", "长期实施", "持续推进", "长期", "持续"])
    private static let recurringWords = WordList(["每年", "每季度", "每半年", "每月"])

    /// Every deadline expression in `s[range]`, in order. `labelled` is true for
    /// the value of a 完成时限 field, where any wording is a deadline.
    func matches(in s: [Unicode.Scalar], _ range: Range<Int>, original: [Unicode.Scalar], labelled: Bool = false) -> [Match] {
        var result: [Match] = []
        var i = range.lowerBound
        func text(_ r: Range<Int>) -> String { String(String.UnicodeScalarView(original[r].map { TraditionalChinese.simplified[$0] ?? $0 })) }
        while i < range.upperBound {
            if let (day, length) = dated(s, i, range.upperBound, labelled: labelled) {
                // "于2012年底前" is kept as written, with its preposition.
                let from = i > range.lowerBound && (s[i - 1] == "于" || s[i - 1] == "在") ? i - 1 : i
                result.append(Match(deadline: Deadline(date: day, text: text(from..<i + length), kind: .date), range: from..<i + length))
                i += length
                continue
            }
            if let length = horizon(s, i, range.upperBound) {
                result.append(Match(deadline: Deadline(text: text(i..<i + length), kind: .horizon), range: i..<i + length))
                i += length
                continue
            }
            if let word = (labelled ? Self.labelledOngoingWords : Self.ongoingWords).word(in: s, at: i, limit: range.upperBound) {
                let length = word.unicodeScalars.count
                result.append(Match(deadline: Deadline(text: text(i..<i + length), kind: .ongoing), range: i..<i + length))
                i += length
                continue
            }
            if let word = Self.recurringWords.word(in: s, at: i, limit: range.upperBound),
               isRecurringDeadline(s, i, word.unicodeScalars.count, range.upperBound) {
                let length = word.unicodeScalars.count
                result.append(Match(deadline: Deadline(text: text(i..<i + length), kind: .recurring), range: i..<i + length))
                i += length
                continue
            }
            if s.hasWord("与", at: i, limit: range.upperBound), let end = synchronised(s, i, range.upperBound) {
                result.append(Match(deadline: Deadline(text: text(i..<end), kind: .relative), range: i..<end))
                i = end
                continue
            }
            i += 1
        }
        return result
    }

    /// 2019年6月底前, 2019年底前, 2020年3月15日前, 6月底前, 年底前, 年内.
    private func dated(_ s: [Unicode.Scalar], _ i: Int, _ limit: Int, labelled: Bool) -> (Day, Int)? {
        if i > 0, s[i - 1].isDigit { return nil }
        var j = i
        var year = planYear
        if let (y, len) = MarkerScanner.digits(s, from: i, limit: limit), len == 4, (1950...2100).contains(y), i + 4 < limit, s[i + 4] == "年" {
            year = y
            j = i + 5
            if let end = byMarker(s, j, limit) ?? (labelled && !startsMonth(s, j, limit) ? j : nil) {
                return (Day.endOfMonth(year: y, month: 12), end - i)
            }
        } else if s.hasWord("年底前", at: i, limit: limit) || s.hasWord("年内", at: i, limit: limit) || s.hasWord("年底", at: i, limit: limit) {
            guard let year, i == 0 || !s[i - 1].isDigit && !ChineseNumerals.isNumeral(s[i - 1]) else { return nil }
            let length = s.hasWord("年底前", at: i, limit: limit) ? 3 : 2
            return (Day.endOfMonth(year: year, month: 12), length)
        }
        guard let (m, mlen) = MarkerScanner.digits(s, from: j, limit: limit), mlen <= 2, (1...12).contains(m),
              j + mlen < limit, s[j + mlen] == "月", let y = year else { return nil }
        j += mlen + 1
        if let (d, dlen) = MarkerScanner.digits(s, from: j, limit: limit), dlen <= 2, j + dlen < limit, s[j + dlen] == "日",
           d >= 1, d <= Day.daysIn(month: m, year: y) {
            let k = j + dlen + 1
            guard let end = byMarker(s, k, limit) ?? (labelled ? k : nil) else { return nil }
            return (Day(year: y, month: m, day: d), end - i)
        }
        guard let end = byMarker(s, j, limit) ?? (labelled ? j : nil) else { return nil }
        return (Day.endOfMonth(year: y, month: m), end - i)
    }

    private func startsMonth(_ s: [Unicode.Scalar], _ j: Int, _ limit: Int) -> Bool {
        guard let (_, len) = MarkerScanner.digits(s, from: j, limit: limit) else { return false }
        return j + len < limit && s[j + len] == "月"
    }

    private func byMarker(_ s: [Unicode.Scalar], _ j: Int, _ limit: Int) -> Int? {
        for marker in Self.byMarkers where s.hasWord(marker, at: j, limit: limit) {
            return j + marker.unicodeScalars.count
        }
        return nil
    }

    /// "每年开展一次" is a cadence; "每人每年提高30元" and "每年增长5%" are rates, not deadlines.
    private func isRecurringDeadline(_ s: [Unicode.Scalar], _ i: Int, _ length: Int, _ limit: Int) -> Bool {
        if i > 0, "人户个家名".unicodeScalars.contains(s[i - 1]) { return false }
        let rates = ["提高", "增长", "增加", "递增", "减少", "下降", "新增", "降低", "提升"]
        return !rates.contains { s.hasWord($0, at: i + length, limit: limit) }
    }

    /// 5年内, 三年内.
    private func horizon(_ s: [Unicode.Scalar], _ i: Int, _ limit: Int) -> Int? {
        if i > 0, s[i - 1].isDigit || ChineseNumerals.isNumeral(s[i - 1]) { return nil }
        let count = MarkerScanner.digits(s, from: i, limit: limit).map { $0.1 } ?? ChineseNumerals.parse(s, from: i, limit: limit)?.1
        guard let len = count, len <= 2, s.hasWord("年内", at: i + len, limit: limit) else { return nil }
        return len + 2
    }

    /// 与全市“民呼我应”改革工作同步推进.
    private func synchronised(_ s: [Unicode.Scalar], _ i: Int, _ limit: Int) -> Int? {
        var j = i + 1
        while j < limit, j - i < 40, !"。;,)".unicodeScalars.contains(s[j]) {
            if s.hasWord("同步", at: j, limit: limit) {
                var end = j + 2
                for verb in ["推进", "实施", "开展", "进行"] where s.hasWord(verb, at: end, limit: limit) { end += 2; break }
                return end
            }
            j += 1
        }
        return nil
    }
}

extension Array where Element == Unicode.Scalar {
    func hasWord(_ word: String, at i: Int, limit: Int? = nil) -> Bool {
        let end = limit ?? count
        // Most positions fail on the first scalar: test it before walking the word.
        guard i < end, let first = word.unicodeScalars.first, self[i] == first else { return false }
        var j = i
        for scalar in word.unicodeScalars {
            guard j < end, self[j] == scalar else { return false }
            j += 1
        }
        return true
    }
}
