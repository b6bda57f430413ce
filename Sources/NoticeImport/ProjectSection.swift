/// Decides where a notice's projects are: which chapters hold them and at
/// which level. The projects are the items that carry the responsibility
/// notes, wherever the numbering puts them, in every chapter that has a fair
/// share of those notes (a 分工方案 may spread its items over several
/// chapters); without any notes, the items of the chapters headed like a task
/// list, or of every chapter that is not preamble or requirements.
struct ProjectSection {
    /// The chapters holding the projects; empty when the notice has no chapters.
    var chapters: [Int]
    var rank: Outline.Rank
    var projects: [Int]

    /// Items standing directly under several chapters take those chapters as their groups.
    var chaptersAreGroups: Bool { chapters.count > 1 }

    static let headingWords = ["改革项目", "责任分解", "任务分工", "责任分工", "重点任务", "主要任务", "工作任务", "重点工作", "工作措施", "主要措施"]
    /// Chapters that frame the plan rather than list its work.
    static let frameWords = ["总体要求", "指导思想", "基本原则", "工作原则", "总体思路", "总体目标", "主要目标", "工作目标", "保障措施",
                             "工作要求", "组织实施", "组织领导", "组织保障", "实施步骤", "进度安排", "时间安排", "工作步骤", "步骤安排"]

    static func locate(in outline: Outline, notes: NoteMap, headings: [Int: String]) -> ProjectSection? {
        let chapters = outline.roots.filter { outline.nodes[$0].rank == .chapter }
        let chosen: [Int]
        var nodes: [Int]
        if chapters.isEmpty {
            chosen = []
            nodes = Array(outline.nodes.indices)
        } else {
            let isFrame = { (c: Int) in frameWords.contains { (headings[c] ?? "").hasPrefix($0) } }
            let counts = chapters.map { c in notes.responsibilityCount(in: [c] + outline.descendants(of: c)) }
            let most = counts.max() ?? 0
            if most > 0 {
                chosen = zip(chapters, counts).filter { c, n in n == most || (n >= max(2, most / 3) && !isFrame(c)) }.map(\.0)
            } else {
                let withItems = chapters.filter { !outline.nodes[$0].children.isEmpty && !isFrame($0) }
                let named = withItems.filter { c in headingWords.contains { (headings[c] ?? "").contains($0) } }
                chosen = named.isEmpty ? withItems : named
            }
            nodes = chosen.flatMap { outline.descendants(of: $0) }
        }
        guard let rank = projectRank(of: nodes, in: outline, notes: notes) else { return nil }
        nodes = nodes.filter { outline.nodes[$0].rank == rank }
        return nodes.isEmpty ? nil : ProjectSection(chapters: chosen, rank: rank, projects: nodes)
    }

    /// The level whose items carry the most notes; without notes, the items
    /// below any groups (1. under (一)), never the sub-items.
    private static func projectRank(of nodes: [Int], in outline: Outline, notes: NoteMap) -> Outline.Rank? {
        var noted: [Outline.Rank: Int] = [:]
        var present: [Outline.Rank: Int] = [:]
        for n in nodes {
            present[outline.nodes[n].rank, default: 0] += 1
            if !notes.notes(n).isEmpty { noted[outline.nodes[n].rank, default: 0] += 1 }
        }
        if let top = noted.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }) { return top.key }
        return [.item, .section, .subItem, .circled].first { present[$0] != nil }
    }
}
