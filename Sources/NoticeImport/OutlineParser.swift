/// Builds the `Outline` of a region of the notice.
struct OutlineParser {
    let text: SourceText
    private(set) var findings: [FindingSink.Entry] = []

    init(text: SourceText) { self.text = text }

    mutating func parse(_ region: Range<Int>) -> Outline {
        var outline = Outline(preamble: region)
        var stack: [Int] = []
        // The last number seen per rank in the current chapter: items numbered
        // across groups continue from the previous group ("(5项)5.推进…").
        var lastInChapter: [Outline.Rank: Int] = [:]
        // …and items numbered across chapters (一、 1–3, 二、 4–5).
        var lastAnywhere: [Outline.Rank: Int] = [:]
        var lastUnder: [SiblingKey: Int] = [:]
        var i = region.lowerBound
        while i < region.upperBound {
            guard let marker = MarkerScanner.marker(in: text.normal, at: i, limit: region.upperBound) else {
                i += 1
                continue
            }
            var parentStack = stack
            while let top = parentStack.last, outline.nodes[top].rank >= marker.rank { parentStack.removeLast() }
            let parent = parentStack.last
            // The last number of this rank under the same parent (-1 stands for the root).
            let lastSibling = lastUnder[SiblingKey(parent: parent ?? -1, rank: marker.rank)] ?? 0
            let atLineStart = MarkerScanner.isAtLineStart(text.normal, i)
            let accepted = accepts(marker, at: i, parent: parent, in: outline, lastSibling: lastSibling,
                                   lastInChapter: max(lastInChapter[marker.rank] ?? 0, marker.rank == .chapter ? 0 : lastAnywhere[marker.rank] ?? 0) == marker.number - 1
                                       ? marker.number - 1 : lastInChapter[marker.rank] ?? 0,
                                   atLineStart: atLineStart)
            guard accepted else { i += 1; continue }

            if marker.number > lastSibling + 1, marker.number != (lastInChapter[marker.rank] ?? 0) + 1, marker.number != 1,
               marker.number != (lastAnywhere[marker.rank] ?? 0) + 1 {
                findings.append(.init(index: i, severity: .warning,
                    message: "编号不连续：\(marker.text)之前缺少第\(lastSibling + 1)号。"))
            }
            if marker.number == lastSibling, lastSibling > 0 {
                findings.append(.init(index: i, severity: .warning, message: "编号重复：\(marker.text)出现了两次，两项都已导入。"))
            }
            if marker.rank == .chapter { lastInChapter = [:] }
            lastInChapter[marker.rank] = marker.number
            lastAnywhere[marker.rank] = marker.number
            lastUnder[SiblingKey(parent: parent ?? -1, rank: marker.rank)] = marker.number
            // Close the nodes this one ends.
            for closing in stack where !parentStack.contains(closing) { outline.nodes[closing].end = i }
            let node = Outline.Node(rank: marker.rank, number: marker.number, markerStart: i,
                                    contentStart: i + marker.length, end: region.upperBound, parent: parent)
            let index = outline.nodes.count
            outline.nodes.append(node)
            if let parent { outline.nodes[parent].children.append(index) } else { outline.roots.append(index) }
            if outline.nodes.count == 1 { outline.preamble = region.lowerBound..<i }
            stack = parentStack + [index]
            i += marker.length
        }
        if outline.nodes.isEmpty { outline.preamble = region }
        return outline
    }

    private struct SiblingKey: Hashable {
        var parent: Int
        var rank: Outline.Rank
    }

    /// A marker is a heading where a heading can stand (line start, after the end
    /// of a sentence or a bracket, or as the first child right after a short
    /// heading) and when its number continues the numbering or starts it.
    private func accepts(_ marker: MarkerScanner.Marker, at i: Int, parent: Int?, in outline: Outline,
                         lastSibling: Int, lastInChapter: Int, atLineStart: Bool) -> Bool {
        let n = marker.number
        let inSequence = n == 1 || n == lastSibling + 1 || n == lastInChapter + 1
        if atLineStart {
            // A gap of a few numbers or a number printed twice is a typo in the notice,
            // not text: the item is kept and the numbering reported.
            return inSequence || (n > lastSibling && n <= lastSibling + 3) || (n == lastSibling && n > 0)
        }
        guard inSequence else { return false }
        if MarkerScanner.followsBoundary(text.normal, i) { return true }
        // "五、实施步骤(一)养老服务改革1.签约部署": a first child glued to a short heading.
        guard n == 1, let parent, outline.nodes[parent].rank < marker.rank,
              outline.nodes[parent].children.isEmpty else { return false }
        let soFar = outline.nodes[parent].contentStart..<i
        return soFar.count <= 40 && !text.normal[soFar].contains("。")
    }
}
