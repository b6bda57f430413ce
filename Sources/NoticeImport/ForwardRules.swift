/// "以下各项工作均需各地区人民政府落实，不再一一列出": a rule that adds a unit to
/// every item after it, written once so the notice need not repeat it.
enum ForwardRules {
    static func isForwardRule(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        unit(in: s, r) != nil
    }

    /// The range of the unit named by a forward rule in `r`, if `r` holds one.
    static func unit(in s: [Unicode.Scalar], _ r: Range<Int>) -> Range<Int>? {
        var i = r.lowerBound
        while i < r.upperBound {
            if s.hasWord("以下各项", at: i, limit: r.upperBound) || s.hasWord("以下各条", at: i, limit: r.upperBound) {
                var j = i + 4
                // Skip "工作"/"任务" and the verb that introduces the unit.
                while j < r.upperBound, j - i < 12 {
                    if let verb = ["均需", "均由", "均要", "需由", "需"].first(where: { s.hasWord($0, at: j, limit: r.upperBound) }) {
                        let start = j + verb.unicodeScalars.count
                        var k = start
                        while k < r.upperBound, k - start < 40 {
                            for end in ["负责落实", "抓好落实", "落实", "负责"] where s.hasWord(end, at: k, limit: r.upperBound) {
                                return k > start ? start..<k : nil
                            }
                            k += 1
                        }
                        return nil
                    }
                    j += 1
                }
            }
            i += 1
        }
        return nil
    }
}
