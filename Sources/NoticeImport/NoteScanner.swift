/// Finds responsibility notes in a stretch of text: a bracketed note that
/// starts with a label ("(第一责任人:李国汉;分管领导:…)"), a shared note
/// ("(以上3项改革项目第一责任人:…)"), a note without labels ("(A、B牵头,C按职责
/// 分工负责)"), or a bare label line left by a flattened table ("牵头单位：X").
struct NoteScanner {
    struct Note {
        /// The whole note, brackets included; removed from the item's text.
        var range: Range<Int>
        var fields: [NoteField]
        /// "以上N项": how many items, ending with this one, the note covers.
        var sharedCount: Int?
        /// "下同": the note also holds for the items that follow.
        var carriesForward: Bool
        var standsOnOwnLine: Bool
    }

    let text: SourceText

    func notes(in range: Range<Int>, findings: inout FindingSink) -> [Note] {
        let s = text.normal
        var result: [Note] = []
        let closing = Brackets.matches(s, in: range)
        var i = range.lowerBound
        while i < range.upperBound {
            if Brackets.opens(s[i]) {
                guard let close = closing[i] else {
                    if NoteFields.parse(s, i + 1..<range.upperBound) != nil {
                        findings.warn(at: i, "责任说明的括号没有闭合，已读到段落末尾；请核对原文是否完整。")
                        if let note = note(i..<range.upperBound, content: i + 1..<range.upperBound) { result.append(note) }
                        return result
                    }
                    i += 1
                    continue
                }
                if let note = note(i..<close + 1, content: i + 1..<close) {
                    result.append(note)
                }
                i = close + 1
                continue
            }
            // A label opening a line (a flattened table) or a sentence ("…。责任单位：X。").
            if s[i] != " ", s[i] != "\n", (i > range.lowerBound && s[i - 1] == "。") || MarkerScanner.isAtLineStart(s, i),
               let lineEnd = s[i..<range.upperBound].firstIndex(where: { $0 == "\n" || $0 == "。" }) ?? Optional(range.upperBound),
               NoteFields.startsWithLabel(s, i, lineEnd), let note = note(i..<lineEnd, content: i..<lineEnd) {
                result.append(note)
                i = lineEnd
                continue
            }
            i += 1
        }
        return result
    }

    private func note(_ whole: Range<Int>, content: Range<Int>) -> Note? {
        guard var parsed = NoteFields.parse(text.normal, content) else { return nil }
        for k in parsed.fields.indices { parsed.fields[k].read(from: text) }
        return Note(range: whole, fields: parsed.fields, sharedCount: parsed.sharedCount,
                    carriesForward: parsed.carriesForward,
                    standsOnOwnLine: MarkerScanner.isAtLineStart(text.normal, whole.lowerBound))
    }
}

/// Bracket pairs that can hold a note, and nesting: "各县(市、区)人民政府" inside
/// a note does not end it.
enum Brackets {
    static func opens(_ s: Unicode.Scalar) -> Bool { s == "(" || s == "〔" || s == "[" }
    static func closes(_ s: Unicode.Scalar) -> Bool { s == ")" || s == "〕" || s == "]" }

    /// Every bracket of `range` that closes, with where: one pass with a stack,
    /// cleared where a paragraph ends, since a note does not run across paragraphs.
    static func matches(_ s: [Unicode.Scalar], in range: Range<Int>) -> [Int: Int] {
        var result: [Int: Int] = [:]
        var stack: [Int] = []
        var i = range.lowerBound
        while i < range.upperBound {
            if opens(s[i]) {
                stack.append(i)
            } else if closes(s[i]) {
                if let open = stack.popLast() { result[open] = i }
            } else if s[i] == "\n", i + 1 < range.upperBound,
                      s[i + 1] == "\n" || MarkerScanner.marker(in: s, at: i + 1, limit: range.upperBound) != nil {
                stack.removeAll()
            }
            i += 1
        }
        return result
    }

    static func matchingClose(_ s: [Unicode.Scalar], from open: Int, limit: Int) -> Int? {
        var depth = 0
        var i = open
        while i < limit {
            if opens(s[i]) { depth += 1 } else if closes(s[i]) {
                depth -= 1
                if depth == 0 { return i }
            } else if s[i] == "\n", i + 1 < limit, s[i + 1] == "\n" || MarkerScanner.marker(in: s, at: i + 1, limit: limit) != nil {
                return nil  // a note does not run across paragraphs
            }
            i += 1
        }
        return nil
    }
}
