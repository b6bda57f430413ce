import ReformPlan

extension ProjectBuilder {
    struct ForwardRule {
        var position: Int
        var units: [String]
        /// What to leave out of item text: the bracket or sentence holding the rule.
        var cut: Range<Int>
    }

    /// "以下各项工作均需X落实，不再一一列出" anywhere in the projects' chapter.
    func forwardRules() -> [ForwardRule] {
        let regions = section.chapters.isEmpty
            ? [(section.projects.first.map { outline.nodes[$0].markerStart } ?? 0)..<text.count]
            : section.chapters.map { outline.fullRange($0) }
        return regions.flatMap(forwardRules(in:))
    }

    private func forwardRules(in region: Range<Int>) -> [ForwardRule] {
        let s = text.normal
        var rules: [ForwardRule] = []
        var i = region.lowerBound
        while i < region.upperBound {
            guard s.hasWord("以下各", at: i, limit: region.upperBound) else { i += 1; continue }
            let sentenceEnd = (i..<region.upperBound).first { s[$0] == "。" || s[$0] == "\n" } ?? region.upperBound
            // unit(in:) has searched the whole sentence: without a rule, go on after it.
            guard let unitRange = ForwardRules.unit(in: s, i..<sentenceEnd) else { i = sentenceEnd + 1; continue }
            var start = i, end = sentenceEnd
            // Cut the enclosing bracket only if it really encloses the rule.
            if let open = (region.lowerBound..<i).reversed().first(where: { Brackets.opens(s[$0]) || s[$0] == "。" || s[$0] == "\n" }),
               Brackets.opens(s[open]), let close = Brackets.matchingClose(s, from: open, limit: region.upperBound),
               close >= unitRange.upperBound {
                start = open
                end = close + 1
            } else if end < region.upperBound, s[end] == "。" {
                end += 1
            }
            rules.append(ForwardRule(position: i, units: UnitNames.split(text.value(unitRange)), cut: start..<end))
            i = max(end, i + 1)
        }
        return rules
    }

    /// "52.…（省应急管理厅牵头…）\n\n  各地各部门要对照分工…": a paragraph after a blank
    /// line that follows the last item's note is the chapter's closing word to
    /// everyone, not part of that item (it stays in the chapter's text).
    func closingParagraph(after node: Int, family: [Int]) -> [Range<Int>] {
        let s = text.normal
        let range = outline.fullRange(node)
        guard let lastNote = family.flatMap({ notes.notes($0) }).map(\.range.upperBound).max(),
              outline.nodes[node].children.isEmpty || lastNote > outline.nodes[outline.nodes[node].children.last!].markerStart
        else { return [] }
        var i = lastNote
        while i < range.upperBound, s[i] == " " || s[i] == "\t" { i += 1 }
        guard i < range.upperBound, s[i] == "\n" else { return [] }
        var j = i + 1
        while j < range.upperBound, s[j] == " " || s[j] == "\t" { j += 1 }
        guard j < range.upperBound, s[j] == "\n" else { return [] }   // a blank line
        let rest = i..<range.upperBound
        return s[rest].contains { $0 != " " && $0 != "\n" && $0 != "\t" } ? [rest] : []
    }

    /// "1.推进“一件事一次办”改革\n  梳理企业…": a short first line followed by an
    /// indented paragraph is the title, though it has no full stop. (A title
    /// merely wrapped by a hard line break continues without indentation.)
    func titleOnItsOwnLine(_ node: Int, cuts: [Range<Int>]) -> (CleanText, CleanText)? {
        let s = text.normal
        let range = outline.fullRange(node)
        guard let newline = s[range].firstIndex(of: "\n") else { return nil }
        let first = CleanText(text, range.lowerBound..<newline, excluding: cuts)
        guard !first.isEmpty, first.count <= 50, first.firstIndex(of: "。") == nil else { return nil }
        var next = newline + 1
        while next < range.upperBound, s[next] == "\n" { next += 1 }
        guard next + 1 < range.upperBound, s[next] == " " || s[next] == "\t" else { return nil }
        return (first.trimmed(), CleanText(text, newline..<range.upperBound, excluding: cuts).trimmedKeepingStop())
    }

    /// The 完成时限 field if there is one, else the first deadline in the item's
    /// words; a second, different one is reported, not dropped silently.
    func deadline(of node: Int, draft: DraftResponsibility, findings: inout FindingSink) -> Deadline? {
        let parser = DeadlineParser(planYear: planYear)
        var found: [DeadlineParser.Match] = []
        if let field = draft.deadlineRange {
            let labelled = parser.matches(in: text.normal, field, original: text.original, labelled: true)
            found += labelled.isEmpty
                ? [DeadlineParser.Match(deadline: Deadline(text: text.value(field), kind: .relative), range: field)]
                : labelled
        }
        let family = [node] + outline.descendants(of: node)
        let noteRanges = family.flatMap { notes.notes($0).map(\.range) } + closingParagraph(after: node, family: family)
        found += parser.matches(in: text.normal, outline.fullRange(node), original: text.original)
            .prefix(8).filter { m in !noteRanges.contains { $0.overlaps(m.range) } }
        guard let first = found.first else { return nil }
        let others = found.dropFirst().filter { $0.deadline.text != first.deadline.text && $0.deadline.date != first.deadline.date }
        if let other = others.first {
            findings.warn(at: other.range.lowerBound,
                          "第\(outline.nodes[node].number)项另有时限“\(other.deadline.text)”，已取第一个时限“\(first.deadline.text)”，其余保留在原文中。")
        }
        return first.deadline
    }
}
