import ReformPlan

/// Recognises the numbering markers of Chinese official documents at a position.
enum MarkerScanner {
    struct Marker {
        var rank: Outline.Rank
        var number: Int
        var length: Int
        var text: String
    }

    static func marker(in s: [Unicode.Scalar], at i: Int, limit: Int) -> Marker? {
        let c = s[i]
        if c == "(" {
            // (一) or (1)
            var j = i + 1
            while j < limit, s[j] == " " { j += 1 }
            if let (n, len) = ChineseNumerals.parse(s, from: j, limit: limit), j + len < limit {
                var k = j + len
                while k < limit, s[k] == " " { k += 1 }
                if k < limit, s[k] == ")" { return Marker(rank: .section, number: n, length: k + 1 - i, text: "(\(ChineseNumber.text(n)))") }
            }
            if let (n, len) = digits(s, from: j, limit: limit), n > 0, n < 100 {
                var k = j + len
                while k < limit, s[k] == " " { k += 1 }
                if k < limit, s[k] == ")" { return Marker(rank: .subItem, number: n, length: k + 1 - i, text: "(\(n))") }
            }
            return nil
        }
        if c.isDigit {
            if i > 0, s[i - 1].isDigit || s[i - 1] == "." || s[i - 1].isASCIILetterOrDigit { return nil }
            guard let (n, len) = digits(s, from: i, limit: limit), n > 0, n < 100 else { return nil }
            let k = i + len
            guard k < limit, s[k] == "." || s[k] == "、" else { return nil }
            if k + 1 < limit, s[k + 1].isDigit { return nil }   // 6.2%, 1.5万
            return Marker(rank: .item, number: n, length: len + 1, text: "\(n).")
        }
        if (0x2460...0x2473).contains(c.value) {
            let n = Int(c.value - 0x245F)
            return Marker(rank: .circled, number: n, length: 1, text: String(Character(c)))
        }
        // 第一、 and 第一部分 as chapters.
        if c == "第", let (n, len) = ChineseNumerals.parse(s, from: i + 1, limit: limit) {
            let k = i + 1 + len
            if k < limit, s[k] == "、" { return Marker(rank: .chapter, number: n, length: len + 2, text: "第\(ChineseNumber.text(n))、") }
            if s.hasWord("部分", at: k, limit: limit) { return Marker(rank: .chapter, number: n, length: len + 3, text: "第\(ChineseNumber.text(n))部分") }
            return nil
        }
        if ChineseNumerals.isNumeral(c) {
            if i > 0, ChineseNumerals.isNumeral(s[i - 1]) || s[i - 1] == "第" { return nil }
            guard let (n, len) = ChineseNumerals.parse(s, from: i, limit: limit) else { return nil }
            let k = i + len
            guard k < limit, s[k] == "、" else { return nil }
            if k + 1 < limit, ChineseNumerals.isNumeral(s[k + 1]) { return nil }   // 一、二级
            return Marker(rank: .chapter, number: n, length: len + 1, text: "\(ChineseNumber.text(n))、")
        }
        return nil
    }

    static func digits(_ s: [Unicode.Scalar], from i: Int, limit: Int) -> (Int, Int)? {
        var j = i, value = 0
        while j < limit, s[j].isDigit, j - i < 6 {
            value = value * 10 + Int(s[j].value - 48)
            j += 1
        }
        return j > i ? (value, j - i) : nil
    }

    static func isAtLineStart(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        var j = i - 1
        while j >= 0, s[j] == " " || s[j] == "\t" { j -= 1 }
        return j < 0 || s[j] == "\n"
    }

    /// The end of a sentence, a clause introducing a list, or a closing bracket.
    static func followsBoundary(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        var j = i - 1
        while j >= 0, s[j] == " " || s[j] == "\t" { j -= 1 }
        guard j >= 0 else { return true }
        return "。;!?:)]〕”」』\n".unicodeScalars.contains(s[j])
    }
}
