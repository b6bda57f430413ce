/// Every responsibility note of the outline, by the node whose own text holds it,
/// after moving a note that closes a run of sub-items to the item above them.
struct NoteMap {
    private(set) var byNode: [Int: [NoteScanner.Note]] = [:]
    /// Notes in the text before the first heading of the region.
    private(set) var preamble: [NoteScanner.Note] = []

    init(outline: Outline, text: SourceText, findings: inout FindingSink) {
        let scanner = NoteScanner(text: text)
        preamble = scanner.notes(in: outline.preamble, findings: &findings)
        for index in outline.nodes.indices {
            let found = scanner.notes(in: outline.nodes[index].ownRange(in: outline), findings: &findings)
            if !found.isEmpty { byNode[index] = found }
        }
        // "1.… (1)… (2)… (4)…\n(牵头单位：X)": a note on its own line after sub-items
        // that have no notes of their own covers the whole item.
        for index in outline.nodes.indices {
            let children = outline.nodes[index].children
            guard byNode[index] == nil, let last = children.last,
                  children.dropLast().allSatisfy({ byNode[$0] == nil }),
                  let notes = byNode[last], let closing = notes.last, closing.standsOnOwnLine,
                  outline.nodes[last].children.isEmpty else { continue }
            byNode[index] = [closing]
            byNode[last] = notes.count > 1 ? Array(notes.dropLast()) : nil
        }
    }

    func notes(_ node: Int) -> [NoteScanner.Note] { byNode[node] ?? [] }

    /// Notes that name who answers (not a contact's phone and e-mail).
    func responsibilityCount(in nodes: [Int]) -> Int {
        let roles: Set<NoteField.Role> = [.responsible, .lead, .supporting, .firstResponsible, .leaderInCharge]
        return nodes.reduce(0) { total, n in
            total + (byNode[n] ?? []).filter { note in note.fields.contains { roles.contains($0.role) } }.count
        }
    }
}
