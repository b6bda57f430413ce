/// Links headings to the projects they serve by the words they share:
/// "(四)完善支出型贫困救助制度" serves project 4 "探索完善支出型贫困家庭…救助制度".
/// Where some headings match strongly and at the same offset (tasks (二)…(四)
/// ↔ projects 2…4), a weak heading is taken to follow the same order, because
/// plans list their tasks in the order of their projects.
enum TitleLinker {
    static let confident = 0.3

    /// For each source, the index of the target it serves, or nil.
    static func link(_ sources: [String], to targets: [String]) -> [Int?] {
        guard !targets.isEmpty else { return sources.map { _ in nil } }
        let targetGrams = targets.map(bigrams)
        var best: [(index: Int, score: Double)] = sources.map { source in
            let grams = bigrams(source)
            var top = (index: 0, score: -1.0)
            for (j, t) in targetGrams.enumerated() {
                let score = dice(grams, t)
                if score > top.score { top = (j, score) }
            }
            return top
        }
        var offsets: [Int: Int] = [:]
        for (i, b) in best.enumerated() where b.score >= confident { offsets[b.index - i, default: 0] += 1 }
        let aligned = offsets.max { $0.value < $1.value }.flatMap { $0.value >= 2 ? $0.key : nil }
        for i in best.indices where best[i].score < confident {
            if let offset = aligned, targets.indices.contains(i + offset), !best.contains(where: { $0.index == i + offset && $0.score >= confident }) {
                best[i] = (i + offset, confident)
            }
        }
        // Below the confident level a best match still counts if it is clearly more than chance.
        return best.map { $0.score > 0.15 ? $0.index : nil }
    }

    static func similarity(_ a: String, _ b: String) -> Double { dice(bigrams(a), bigrams(b)) }

    /// Pairs of adjacent Han characters or letters; punctuation breaks a pair.
    /// A pair is packed into one integer: no string is built per pair.
    static func bigrams(_ text: String) -> [UInt64: Int] {
        var grams: [UInt64: Int] = [:]
        var previous: Unicode.Scalar?
        for s in text.unicodeScalars {
            let word = s.isHan || s.isASCIILetterOrDigit
            if word, let p = previous {
                grams[UInt64(p.value) << 32 | UInt64(s.value), default: 0] += 1
            }
            previous = word ? s : nil
        }
        return grams
    }

    static func dice(_ a: [UInt64: Int], _ b: [UInt64: Int]) -> Double {
        let total = a.values.reduce(0, +) + b.values.reduce(0, +)
        guard total > 0 else { return 0 }
        let shared = a.reduce(0) { $0 + min($1.value, b[$1.key] ?? 0) }
        return 2 * Double(shared) / Double(total)
    }

    /// How much of the shorter text's pairs stand in the longer: a restated target.
    static func overlap(_ a: String, _ b: String) -> Double {
        let ga = bigrams(a), gb = bigrams(b)
        let (small, large) = ga.count <= gb.count ? (ga, gb) : (gb, ga)
        let total = small.values.reduce(0, +)
        guard total > 0 else { return 0 }
        return Double(small.reduce(0) { $0 + min($1.value, large[$1.key] ?? 0) }) / Double(total)
    }
}
