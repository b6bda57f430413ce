/// The decoded notice twice over, scalar for scalar: `original` as published and
/// `normal` for matching, where full-width forms are half-width, odd spaces are
/// spaces and Traditional characters are Simplified. The two have the same
/// length, so a position found in `normal` is the same position in `original`
/// and converts to a line and column for findings.
struct SourceText {
    /// The decoded text itself, kept with the plan as its source.
    let string: String
    let original: [Unicode.Scalar]
    let normal: [Unicode.Scalar]
    /// Index of the first scalar of each line.
    private let lineStarts: [Int]

    init(_ text: String) {
        string = text
        original = Array(text.unicodeScalars)
        var normal: [Unicode.Scalar] = []
        normal.reserveCapacity(original.count)
        var starts = [0]
        for (i, s) in original.enumerated() {
            if s == "\r" {
                // CRLF keeps one line break; a lone CR (old Mac files) is one.
                let isCRLF = i + 1 < original.count && original[i + 1] == "\n"
                normal.append(isCRLF ? " " : "\n")
                if !isCRLF { starts.append(i + 1) }
                continue
            }
            if s == "\n" { starts.append(i + 1) }
            normal.append(Normalization.normalize(s))
        }
        self.normal = normal
        self.lineStarts = starts
    }

    var count: Int { normal.count }

    /// 1-based line and column of a scalar index.
    func position(of index: Int) -> (line: Int, column: Int) {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= index { low = mid } else { high = mid - 1 }
        }
        return (low + 1, index - lineStarts[low] + 1)
    }

    func line(of index: Int) -> Int { position(of: index).line }

    /// Start index of a 1-based line.
    func lineStart(_ line: Int) -> Int { lineStarts[min(max(line - 1, 0), lineStarts.count - 1)] }


    /// The line ranges of the text, without their line breaks.
    func lineRanges() -> [Range<Int>] {
        lineStarts.enumerated().map { i, start in
            let end = i + 1 < lineStarts.count ? lineStarts[i + 1] - 1 : count
            return start..<max(start, end)
        }
    }

    /// The published text of a range with its line breaks and indentation
    /// removed: Chinese prose has no spaces between characters, so spaces that
    /// a web page or a scanner put there are noise. Traditional characters are
    /// given in Simplified so that names match across documents.
    func value(_ range: Range<Int>) -> String {
        CleanText(self, range).string
    }

    /// The normalised text of a range without its spaces: how lines are compared.
    func compacted(_ range: Range<Int>) -> String {
        String(scalars: normal[range.clamped(to: 0..<count)].lazy.filter { $0 != " " && $0 != "\t" && $0 != "\n" })
    }

}

extension Unicode.Scalar {
    var isASCIILetterOrDigit: Bool {
        (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
    }

    var isHan: Bool { (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value) }

    var isDigit: Bool { (0x30...0x39).contains(value) }
}
