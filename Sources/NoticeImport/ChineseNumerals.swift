/// Chinese numerals as headings and counts use them: 一 … 九十九, 两, 〇.
enum ChineseNumerals {
    /// A switch, not a dictionary: this is asked at every position of a notice.
    private static func digit(_ s: Unicode.Scalar) -> Int? {
        switch s {
        case "〇", "零": 0
        case "一": 1
        case "二", "两": 2
        case "三": 3
        case "四": 4
        case "五": 5
        case "六": 6
        case "七": 7
        case "八": 8
        case "九": 9
        default: nil
        }
    }

    static func isNumeral(_ s: Unicode.Scalar) -> Bool { s == "十" || digit(s) != nil }

    /// Parses up to three characters (九十九) from `i`; returns value and length.
    static func parse(_ s: [Unicode.Scalar], from i: Int, limit: Int) -> (Int, Int)? {
        var j = i
        while j < limit, j - i < 3, isNumeral(s[j]) { j += 1 }
        guard j > i else { return nil }
        let run = Array(s[i..<j])
        if let tens = run.firstIndex(of: "十") {
            let high = tens == 0 ? 1 : digit(run[0]) ?? -100
            let low = tens + 1 < run.count ? digit(run[tens + 1]) ?? -100 : 0
            let value = high * 10 + low
            let used = tens + 1 + (tens + 1 < run.count ? 1 : 0)
            return value > 0 && tens <= 1 && used == run.count ? (value, used) : nil
        }
        guard run.count == 1, let value = digit(run[0]), value > 0 else { return nil }
        return (value, 1)
    }
}
