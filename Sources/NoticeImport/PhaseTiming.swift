/// The timing of a step, in months of the plan year: "1-3月", "3月", "11月前",
/// "2019年5月-6月", "5月底前", "上半年", "第三季度". Anything else is a
/// condition ("与全市“民呼我应”改革工作同步推进") and gets no months.
struct PhaseTiming {
    var start: Int?
    var end: Int?
    var year: Int?
    var isCondition: Bool { start == nil && end == nil }

    static func parse(_ text: String, planYear: Int?) -> PhaseTiming {
        var s = Array(Chrome.compact(text).unicodeScalars)
        var year: Int?
        if let (y, len) = MarkerScanner.digits(s, from: 0, limit: s.count), len == 4, s.count > 4, s[4] == "年" {
            year = y
            s.removeFirst(5)
        }
        let whole = String(scalars: s)
        switch whole {
        case "上半年": return PhaseTiming(start: 1, end: 6, year: year)
        case "下半年": return PhaseTiming(start: 7, end: 12, year: year)
        case "全年", "年内": return PhaseTiming(start: 1, end: 12, year: year)
        case "年底前", "年底": return PhaseTiming(start: nil, end: 12, year: year)
        default: break
        }
        for (k, q) in ["一季度", "二季度", "三季度", "四季度"].enumerated() where whole.hasSuffix(q) && whole.count <= 4 {
            return PhaseTiming(start: k * 3 + 1, end: k * 3 + 3, year: year)
        }
        guard let (m1, l1) = MarkerScanner.digits(s, from: 0, limit: s.count), (1...12).contains(m1) else {
            return PhaseTiming(year: year)
        }
        var j = l1
        if j < s.count, s[j] == "月" { j += 1 }
        if j < s.count, "-至到~".unicodeScalars.contains(s[j]) {
            j += 1
            if let (_, l) = MarkerScanner.digits(s, from: j, limit: s.count), l == 4, j + l < s.count, s[j + l] == "年" {
                j += l + 1
            }
            if let (m2, l2) = MarkerScanner.digits(s, from: j, limit: s.count), (1...12).contains(m2), j + l2 < s.count, s[j + l2] == "月" {
                return PhaseTiming(start: m1, end: m2, year: year)
            }
            return PhaseTiming(year: year)
        }
        guard j > l1 else { return PhaseTiming(year: year) }
        let tail = String(scalars: s[j...])
        // "6月起", "2022年1月起长期坚持": a start and no end.
        if tail.hasPrefix("起") || tail.hasPrefix("开始") { return PhaseTiming(start: m1, end: nil, year: year) }
        if tail.hasSuffix("前") || tail.hasPrefix("底") || tail.hasPrefix("末") { return PhaseTiming(start: nil, end: m1, year: year) }
        if tail.isEmpty || tail == "份" || tail.hasPrefix("中") || tail.hasPrefix("上旬") || tail.hasPrefix("下旬") {
            return PhaseTiming(start: m1, end: m1, year: year)
        }
        return PhaseTiming(year: year)
    }
}
