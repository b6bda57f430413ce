/// A stretch of the notice with its notes cut out and its layout spaces gone,
/// kept both as published (`shown`) and normalised (`normal`), scalar for
/// scalar, so that searching the one slices the other.
struct CleanText {
    private(set) var shown: [Unicode.Scalar] = []
    private(set) var normal: [Unicode.Scalar] = []
    /// Where each scalar stands in the source, for the line of a finding or a target.
    private(set) var positions: [Int] = []

    init() {}

    init(_ text: SourceText, _ range: Range<Int>, excluding cuts: [Range<Int>] = []) {
        let sortedCuts = cuts.sorted { $0.lowerBound < $1.lowerBound }
        shown.reserveCapacity(range.count)
        normal.reserveCapacity(range.count)
        positions.reserveCapacity(range.count)
        var cutIndex = 0
        var i = range.lowerBound
        var pendingSpace = false
        while i < range.upperBound {
            while cutIndex < sortedCuts.count, sortedCuts[cutIndex].upperBound <= i { cutIndex += 1 }
            if cutIndex < sortedCuts.count, sortedCuts[cutIndex].contains(i) {
                i = sortedCuts[cutIndex].upperBound
                continue
            }
            let n = text.normal[i]
            if n == " " || n == "\n" || n == "\t" {
                pendingSpace = !normal.isEmpty
            } else {
                if pendingSpace, let last = normal.last, last.isASCIILetterOrDigit, n.isASCIILetterOrDigit {
                    shown.append(" "); normal.append(" "); positions.append(i)
                }
                pendingSpace = false
                shown.append(Normalization.displayForm(original: text.original[i], normal: n))
                normal.append(n)
                positions.append(i)
            }
            i += 1
        }
    }

    init(shown: ArraySlice<Unicode.Scalar>, normal: ArraySlice<Unicode.Scalar>, positions: ArraySlice<Int>) {
        self.shown = Array(shown)
        self.normal = Array(normal)
        self.positions = Array(positions)
    }

    /// The same words with `prefix` put in front (a verb carried over from a sibling clause).
    func prefixed(with prefix: String) -> CleanText {
        let p = Array(prefix.unicodeScalars)
        let at = positions.first ?? 0
        let moved = positions.isEmpty ? [] : Array(repeating: at, count: p.count) + positions
        return CleanText(shown: (p + shown)[...], normal: (p + normal)[...], positions: moved[...])
    }

    var isEmpty: Bool { normal.isEmpty }
    var count: Int { normal.count }
    var string: String { String(scalars: shown) }
    var normalString: String { String(scalars: normal) }

    subscript(_ r: Range<Int>) -> CleanText { CleanText(shown: shown[r], normal: normal[r], positions: positions.isEmpty ? [] : positions[r]) }

    func firstIndex(of scalar: Unicode.Scalar) -> Int? { normal.firstIndex(of: scalar) }

    /// Splits after the first full stop: the first sentence and the rest.
    func firstSentence() -> (CleanText, CleanText) {
        guard let stop = firstIndex(of: "。") else { return (trimmed(), CleanText()) }
        return (self[0..<stop].trimmed(), self[(stop + 1)..<count].trimmedKeepingStop())
    }

    /// Sentences ended by 。 ; ! ?, each trimmed.
    func sentences() -> [CleanText] {
        var result: [CleanText] = []
        var start = 0
        for (i, c) in normal.enumerated() where c == "。" || c == ";" || c == "!" || c == "?" {
            let piece = self[start..<i].trimmed()
            if !piece.isEmpty { result.append(piece) }
            start = i + 1
        }
        let tail = self[start..<count].trimmed()
        if !tail.isEmpty { result.append(tail) }
        return result
    }

    /// Without separators and stops at either end.
    func trimmed() -> CleanText {
        let junk = "。,;:、 ".unicodeScalars
        var a = 0, b = count
        while a < b, junk.contains(normal[a]) { a += 1 }
        while b > a, junk.contains(normal[b - 1]) { b -= 1 }
        return self[a..<b]
    }

    /// Trimmed, but a paragraph keeps the full stop it ends with.
    func trimmedKeepingStop() -> CleanText {
        let junk = "。,;:、 ".unicodeScalars
        guard let end = (0..<count).last(where: { !" ,;:、".unicodeScalars.contains(normal[$0]) }), normal[end] == "。",
              let start = (0..<end).first(where: { !junk.contains(normal[$0]) }) else { return trimmed() }
        return self[start..<(end + 1)]
    }

    func contains(_ word: String) -> Bool { normalString.contains(word) }
}
