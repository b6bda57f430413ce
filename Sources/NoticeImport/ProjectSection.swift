/// Decides where a notice's projects are: which chapter holds them and at
/// which level. The projects are the items that carry the responsibility
/// notes, wherever the numbering puts them; without any notes, the items of a
/// chapter headed like a task list.
struct ProjectSection {
    /// The chapter holding the projects; nil when the notice has no chapters.
    var chapter: Int?
    var rank: Outline.Rank
    var projects: [Int]

    static let headingWords = ["改革项目", "责任分解", "任务分工", "责任分工", "重点任务", "主要任务", "工作任务", "重点工作", "工作措施", "主要措施"]

    static func locate(in outline: Outline, notes: NoteMap, headings: [Int: String]) -> ProjectSection? {
        let chapters = outline.roots.filter { outline.nodes[$0].rank == .chapter }
        var candidates: [(chapter: Int?, nodes: [Int])] = chapters.map { ($0, outline.descendants(of: $0)) }
        if chapters.isEmpty { candidates = [(nil, outline.nodes.indices.map { $0 })] }

        let scored = candidates.map { c in (c, notes.count(in: c.nodes)) }
        let best = scored.max { $0.1 < $1.1 }
        var chosen: (chapter: Int?, nodes: [Int])?
        if let best, best.1 > 0 {
            chosen = best.0
        } else {
            chosen = candidates.first { c in
                guard let ch = c.chapter else { return !c.nodes.isEmpty }
                return headingWords.contains { (headings[ch] ?? "").contains($0) } && !c.nodes.isEmpty
            }
        }
        guard let section = chosen else { return nil }

        // The level whose items carry the most notes; without notes, the deepest
        // level of items below any groups (1. under (一)), never the sub-items.
        var noted: [Outline.Rank: Int] = [:]
        var present: [Outline.Rank: Int] = [:]
        for n in section.nodes {
            present[outline.nodes[n].rank, default: 0] += 1
            if !notes.notes(n).isEmpty { noted[outline.nodes[n].rank, default: 0] += 1 }
        }
        let rank: Outline.Rank
        if let top = noted.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }) {
            rank = top.key
        } else if present[.item] != nil {
            rank = .item
        } else if present[.section] != nil {
            rank = .section
        } else {
            return nil
        }
        let projects = section.nodes.filter { outline.nodes[$0].rank == rank }
        return projects.isEmpty ? nil : ProjectSection(chapter: section.chapter, rank: rank, projects: projects)
    }
}
