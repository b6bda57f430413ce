/// A list of words to try at a position, in order (longest first where that
/// matters). Matching is the importer's inner loop: the words are held as
/// scalars and a position whose scalar starts no word is passed over at once.
struct WordList: Sendable {
    let words: [String]
    private let scalars: [[Unicode.Scalar]]
    /// A bit per scalar (folded to 16 bits): could a word start with it? A false
    /// yes only costs a comparison; hashing at every position cost more.
    private var firsts = [UInt64](repeating: 0, count: 1024)

    init(_ words: [String]) {
        self.words = words
        scalars = words.map { Array($0.unicodeScalars) }
        for first in scalars.compactMap(\.first) {
            let bit = Int(first.value & 0xFFFF)
            firsts[bit >> 6] |= 1 << UInt64(bit & 63)
        }
    }

    private func mayStart(_ s: Unicode.Scalar) -> Bool {
        let bit = Int(s.value & 0xFFFF)
        return firsts[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// Whether any of the words stands anywhere in `line`.
    func occurs(in line: String) -> Bool {
        let s = Array(line.unicodeScalars)
        return s.indices.contains { mayStart(s[$0]) && match(in: s, at: $0) != nil }
    }

    /// The index of the first word found at `i`.
    func match(in s: [Unicode.Scalar], at i: Int, limit: Int? = nil) -> Int? {
        let end = limit ?? s.count
        guard i < end, mayStart(s[i]) else { return nil }
        for (k, word) in scalars.enumerated() where i + word.count <= end {
            var j = 1
            while j < word.count, s[i + j] == word[j] { j += 1 }
            if j == word.count, s[i] == word[0] { return k }
        }
        return nil
    }

    /// The word found at `i`.
    func word(in s: [Unicode.Scalar], at i: Int, limit: Int? = nil) -> String? {
        match(in: s, at: i, limit: limit).map { words[$0] }
    }

    func length(_ k: Int) -> Int { scalars[k].count }
}
