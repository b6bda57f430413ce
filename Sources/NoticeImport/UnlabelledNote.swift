/// A note that names units by what they do instead of by labels:
/// "(市发改委、市财政局牵头,各区人民政府按职责分工负责)".
enum UnlabelledNote {
    private static let endings: [(String, NoteField.Role)] = [
        ("按职责分工负责", .responsible), ("分工负责", .responsible), ("负责落实", .responsible),
        ("共同负责", .responsible), ("负责", .responsible), ("落实", .responsible), ("牵头", .lead),
        ("配合", .supporting), ("参与", .supporting), ("协助", .supporting), ("协办", .supporting),
    ]

    static func parse(_ s: [Unicode.Scalar], _ r: Range<Int>) -> ([NoteField], Bool)? {
        var fields: [NoteField] = []
        var carries = false
        for part in parts(s, r) {
            var value = part
            if let stripped = Separators.stripForward(s, value) { value = stripped; carries = true }
            let end = Separators.trimEnd(s, value)
            value = value.lowerBound..<end
            if value.isEmpty { continue }
            guard value.count <= 80, !s[value].contains("。"),
                  let (word, role) = endings.first(where: { ends(s, value, with: $0.0) }) else { return nil }
            var unitStart = value.lowerBound
            if s[unitStart] == "由" { unitStart += 1 }
            let unitEnd = value.upperBound - word.unicodeScalars.count
            guard unitEnd > unitStart else { return nil }
            fields.append(NoteField(role: role, value: unitStart..<unitEnd))
        }
        guard fields.contains(where: { $0.role == .lead || $0.role == .responsible }) else { return nil }
        // "A牵头，B按职责分工负责": beside a lead unit, the others share the work as
        // supporting units; without one, "B负责" makes B the responsible unit.
        if fields.contains(where: { $0.role == .lead }) {
            for k in fields.indices where fields[k].role == .responsible { fields[k].role = .supporting }
        }
        return (fields, carries)
    }

    /// Parts between , and ; at bracket depth 0.
    private static func parts(_ s: [Unicode.Scalar], _ r: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var depth = 0, start = r.lowerBound
        for i in r {
            if Brackets.opens(s[i]) { depth += 1 } else if Brackets.closes(s[i]) { depth -= 1 }
            if depth == 0, s[i] == "," || s[i] == ";" {
                result.append(start..<i)
                start = i + 1
            }
        }
        result.append(start..<r.upperBound)
        return result.map { Separators.trimStart(s, $0) }
    }

    private static func ends(_ s: [Unicode.Scalar], _ r: Range<Int>, with word: String) -> Bool {
        let w = Array(word.unicodeScalars)
        guard r.count > w.count else { return false }
        return Array(s[(r.upperBound - w.count)..<r.upperBound]) == w
    }
}
