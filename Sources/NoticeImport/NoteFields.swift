/// One labelled part of a note, as a range of the source so that the value can
/// be shown as published.
struct NoteField {
    enum Role {
        case firstResponsible, leaderInCharge, responsible, supporting, lead, phone, contactPerson, email, deadline
    }
    var role: Role
    var value: Range<Int>
    /// The value as shown, read once: a shared note is applied to many items.
    var text = ""
    /// Unit roles: the value split into unit names. Person roles: the person.
    var units: [String] = []
    var person: Person?
}

import ReformPlan

extension NoteField {
    /// Reads the value's words once, for every item the note will cover.
    mutating func read(from source: SourceText) {
        text = source.value(value)
        switch role {
        case .responsible, .supporting, .lead: units = UnitNames.split(text)
        case .firstResponsible, .leaderInCharge: person = PersonNames.parse(text)
        default: break
        }
    }
}

/// Reads the content of a note into fields.
enum NoteFields {
    /// Longest first, so that 分管局领导 is not read as 领导.
    static let labels: [(String, NoteField.Role)] = [
        ("第一责任人", .firstResponsible), ("分管局领导", .leaderInCharge), ("分管领导", .leaderInCharge),
        ("责任领导", .leaderInCharge), ("牵头领导", .leaderInCharge),
        ("责任处室", .responsible), ("责任单位", .responsible), ("责任部门", .responsible),
        ("主责单位", .responsible), ("承办单位", .responsible), ("责任处(室)", .responsible), ("责任科室", .responsible),
        ("责任股室", .responsible), ("主办单位", .responsible), ("主办处室", .responsible), ("责任人", .firstResponsible),
        ("牵头科室", .lead), ("配合科室", .supporting), ("协办处室", .supporting), ("完成期限", .deadline), ("时间要求", .deadline),
        ("牵头单位", .lead), ("牵头部门", .lead), ("牵头处室", .lead),
        ("配合单位", .supporting), ("配合部门", .supporting), ("配合处室", .supporting),
        ("协办单位", .supporting), ("参与单位", .supporting),
        ("联系电话", .phone), ("电话", .phone), ("联系人", .contactPerson),
        ("电子邮箱", .email), ("邮箱", .email),
        ("完成时限", .deadline), ("完成时间", .deadline), ("时间节点", .deadline), ("时限要求", .deadline),
    ].sorted { $0.0.count > $1.0.count }

    private static let labelWords = WordList(labels.map(\.0))

    struct Parsed {
        var fields: [NoteField]
        var sharedCount: Int?
        var carriesForward: Bool
    }

    static func startsWithLabel(_ s: [Unicode.Scalar], _ i: Int, _ limit: Int) -> Bool {
        label(at: i, in: s, limit: limit) != nil
    }

    /// A label and the index just after its colon.
    static func label(at i: Int, in s: [Unicode.Scalar], limit: Int) -> (NoteField.Role, Int)? {
        if let k = labelWords.match(in: s, at: i, limit: limit) {
            let role = labels[k].1
            var j = i + labelWords.length(k)
            while j < limit, s[j] == " " { j += 1 }
            if j < limit, s[j] == ":" { return (role, j + 1) }
        }
        return nil
    }

    static func parse(_ s: [Unicode.Scalar], _ content: Range<Int>) -> Parsed? {
        var start = content.lowerBound
        while start < content.upperBound, s[start] == " " || s[start] == "\n" { start += 1 }
        guard start < content.upperBound, content.count <= 400 else { return nil }
        if ForwardRules.isForwardRule(s, start..<content.upperBound) { return nil }
        var shared: Int?
        if s.hasWord("以上", at: start, limit: content.upperBound) {
            let n = MarkerScanner.digits(s, from: start + 2, limit: content.upperBound) ?? ChineseNumerals.parse(s, from: start + 2, limit: content.upperBound)
            // "以上0项" covers nothing; it is not a shared note (found by fuzzing).
            if let (count, len) = n, count > 0, start + 2 + len < content.upperBound, s[start + 2 + len] == "项" {
                shared = count
                start += 3 + len
            }
        }
        if let labelled = labelled(s, start..<content.upperBound, allowPrefix: shared != nil) {
            return Parsed(fields: labelled.0, sharedCount: shared, carriesForward: labelled.1)
        }
        guard shared == nil, let unlabelled = UnlabelledNote.parse(s, start..<content.upperBound) else { return nil }
        return Parsed(fields: unlabelled.0, sharedCount: nil, carriesForward: unlabelled.1)
    }

    /// Fields after labels; a label must start the note (after a "以上N项…"
    /// prefix) or follow a separator, so "负责人" inside a value is not a label.
    private static func labelled(_ s: [Unicode.Scalar], _ r: Range<Int>, allowPrefix: Bool) -> ([NoteField], Bool)? {
        var found: [(role: NoteField.Role, labelStart: Int, valueStart: Int)] = []
        var depth = 0
        var i = r.lowerBound
        while i < r.upperBound {
            let c = s[i]
            if Brackets.opens(c) { depth += 1 } else if Brackets.closes(c) { depth -= 1 }
            let atSeparator = i == r.lowerBound || ";,\n ".unicodeScalars.contains(s[i - 1])
            let inPrefix = allowPrefix && found.isEmpty && i - r.lowerBound <= 12
            if depth == 0, atSeparator || inPrefix, let (role, after) = label(at: i, in: s, limit: r.upperBound) {
                found.append((role, i, after))
                i = after
                continue
            }
            i += 1
        }
        guard let first = found.first, first.labelStart == r.lowerBound || allowPrefix else { return nil }
        var carries = false
        var fields: [NoteField] = []
        for (k, f) in found.enumerated() {
            var end = k + 1 < found.count ? found[k + 1].labelStart : r.upperBound
            var value = f.valueStart..<end
            if let stripped = Separators.stripForward(s, value) { value = stripped; carries = true }
            end = Separators.trimEnd(s, value)
            value = Separators.trimStart(s, value.lowerBound..<end)
            if !value.isEmpty { fields.append(NoteField(role: f.role, value: value)) }
        }
        return (fields, carries)
    }
}

/// Separator handling shared by note parsers.
enum Separators {
    static func trimEnd(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Int {
        var end = r.upperBound
        while end > r.lowerBound, ";,。 \n".unicodeScalars.contains(s[end - 1]) { end -= 1 }
        return end
    }

    static func trimStart(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Range<Int> {
        var start = r.lowerBound
        while start < r.upperBound, " \n".unicodeScalars.contains(s[start]) { start += 1 }
        return start..<r.upperBound
    }

    /// "市发改委,下同" → "市发改委" and true.
    static func stripForward(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Range<Int>? {
        let end = trimEnd(s, r)
        guard end - r.lowerBound >= 2, s[end - 2] == "下", s[end - 1] == "同" else { return nil }
        return r.lowerBound..<(end - 2)
    }
}
