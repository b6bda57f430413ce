import ReformPlan

/// Finds the quantitative targets in a stretch of text: a number with a measure
/// word (个, %, 份, 名 …) and the words around it that say how it compares.
/// `IndicatorExtractor` names them by their clause.
struct IndicatorScanner {
    struct Context {
        var project: Int?
        var task: Int?
        var line: Int?
    }

    /// Compound measures first, so that 50万吨/日 is 吨/日 and not 吨.
    static let measures = ["微克/立方米", "立方米/日", "吨/日", "元/人", "元/月", "元/年", "个百分点", "个工作日", "工作日", "立方米",
                           "公斤", "千克", "千瓦", "兆瓦", "斤", "米", "平方米", "万元", "亿元", "人次", "户次", "张床", "公里", "小时", "公顷",
                           "吨", "亩", "天", "个", "家", "所", "名", "人", "份", "张",
                           "户", "处", "座", "间", "套", "条", "项", "场", "次", "件", "元", "床", "支", "批", "期", "本", "台", "辆", "%"]
    private static let measureWords = WordList(measures)
    private static let after: [(String, Indicator.Comparator)] = [("及以上", .atLeast), ("以上", .atLeast), ("以下", .atMost),
                                                                  ("以内", .atMost), ("左右", .about)]
    /// Longest first: 不超过 must not be read as 超过.
    private static let before: [(String, Indicator.Comparator)] = [("不少于", .atLeast), ("不低于", .atLeast), ("不超过", .atMost),
        ("不高于", .atMost), ("不多于", .atMost), ("控制在", .atMost), ("至少", .atLeast), ("达到", .atLeast), ("超过", .greaterThan),
        ("多于", .greaterThan), ("高于", .greaterThan), ("低于", .lessThan), ("约", .about)]

    struct Token {
        var range: Range<Int>          // number through measure and trailing qualifier
        var coreStart: Int             // where qualifiers before the number start
        var value: Double
        var upper: Double?
        var measure: String
        var comparator: Indicator.Comparator
    }

    /// The numbers with measures in one sentence.
    static func tokens(in s: [Unicode.Scalar]) -> [Token] {
        var result: [Token] = []
        var i = 0
        while i < s.count {
            guard s[i].isDigit, i == 0 || !(s[i - 1].isDigit || s[i - 1] == "." || s[i - 1].isASCIILetterOrDigit) else { i += 1; continue }
            guard let (value, end) = number(s, i) else { i += 1; continue }
            if let token = token(s, start: i, value: value, numberEnd: end) {
                result.append(token)
                i = token.range.upperBound
            } else {
                i = end
            }
        }
        return result
    }

    private static func token(_ s: [Unicode.Scalar], start: Int, value: Double, numberEnd: Int) -> Token? {
        if start > 0, s[start - 1] == "第" || s[start - 1] == "〔" || s[start - 1] == "[" { return nil }
        // "由12%提高到15%": the number after 由/从 is where things stand, not the target.
        if start > 0, s[start - 1] == "由" || s[start - 1] == "从" { return nil }
        var j = numberEnd
        var upper: Double?
        if j < s.count, "-到至~".unicodeScalars.contains(s[j]), j + 1 < s.count, s[j + 1].isDigit, let (u, e) = number(s, j + 1) {
            upper = u
            j = e
        }
        var roughly = false
        if j < s.count, s[j] == "余" || s[j] == "多" { roughly = true; j += 1 }
        var multiplier = 1.0
        if j < s.count, s[j] == "万" || s[j] == "亿", !(j + 1 < s.count && s[j + 1] == "元") {
            multiplier = s[j] == "万" ? 10_000 : 100_000_000
            j += 1
        }
        guard let measure = measureWords.word(in: s, at: j) else { return nil }
        j += measure.unicodeScalars.count
        var comparator: Indicator.Comparator = upper != nil ? .between : .atLeast
        var qualifierBefore = start
        for (word, c) in before {
            let n = word.unicodeScalars.count
            if start - n >= 0, Array(s[(start - n)..<start]) == Array(word.unicodeScalars) {
                comparator = upper != nil ? .between : c
                qualifierBefore = start - n
                break
            }
        }
        if roughly, upper == nil { comparator = .atLeast }
        for (word, c) in after where s.hasWord(word, at: j) {
            if upper == nil { comparator = c }
            j += word.unicodeScalars.count
            break
        }
        return Token(range: start..<j, coreStart: qualifierBefore, value: value * multiplier,
                     upper: upper.map { $0 * multiplier }, measure: measure == "张床" ? "张" : measure, comparator: comparator)
    }

    /// Digits with an optional decimal part; thousands commas are not used in targets.
    private static func number(_ s: [Unicode.Scalar], _ i: Int) -> (Double, Int)? {
        var j = i
        while j < s.count, s[j].isDigit { j += 1 }
        if j + 1 < s.count, s[j] == ".", s[j + 1].isDigit {
            j += 1
            while j < s.count, s[j].isDigit { j += 1 }
        }
        guard j > i, j - i <= 12 else { return nil }
        if j < s.count, s[j] == "年" || s[j] == "月" || s[j] == "日" || s[j] == "号" || s[j] == "时" { return nil }
        return Double(String(scalars: s[i..<j])).map { ($0, j) }
    }
}
