import ReformPlan

/// Main tasks (主要任务): the (一) items of a task chapter other than the
/// projects' own, linked to the projects they serve; or, where the projects'
/// chapter is itself grouped by (一) headings, those groups.
struct TaskBuilder {
    let text: SourceText
    let outline: Outline
    let notes: NoteMap
    let planYear: Int?

    static let headingWords = ["主要任务", "重点任务", "工作任务", "目标任务", "主要内容", "重点工作"]

    func tasks(chapter: Int, projects: [Project], findings: inout FindingSink) -> (tasks: [Task], texts: [CleanText]) {
        let items = outline.nodes[chapter].children.filter { outline.nodes[$0].rank == .section || outline.nodes[$0].rank == .item }
        var tasks: [Task] = []
        var texts: [CleanText] = []
        for node in items {
            let family = [node] + outline.descendants(of: node)
            let clean = CleanText(text, outline.fullRange(node), excluding: family.flatMap { notes.notes($0).map(\.range) })
            let (title, rest) = clean.firstSentence()
            var draft = DraftResponsibility()
            for n in family { for note in notes.notes(n) { draft.add(note, from: text, mode: .own) } }
            let deadline = DeadlineParser(planYear: planYear)
                .matches(in: text.normal, outline.fullRange(node), original: text.original).first?.deadline
            tasks.append(Task(number: outline.nodes[node].number, title: title.string, description: rest.isEmpty ? nil : rest.string,
                              responsibility: draft.isEmpty ? nil : draft.responsibility, deadline: deadline,
                              line: text.line(of: outline.nodes[node].markerStart)))
            texts.append(clean)
        }
        let links = TitleLinker.link(tasks.map(\.title), to: projects.map(\.title))
        for (k, link) in links.enumerated() {
            if let link {
                tasks[k].projects = [projects[link].number]
            } else {
                findings.warn(at: outline.nodes[items[k]].markerStart,
                              "主要任务(\(ChineseNumber.text(tasks[k].number)))“\(tasks[k].title)”未能对应到改革项目。")
            }
        }
        return (tasks, texts)
    }

    /// Where the projects' chapter groups its items under headings, each group
    /// is a task listing its items.
    static func fromGroups(_ groups: [ProjectGroup], projects: [Project], outline: Outline, text: SourceText) -> [Task] {
        groups.map { group in
            Task(number: outline.nodes[group.node].number, title: group.title,
                 projects: group.members.map { projects[$0].number }, line: text.line(of: outline.nodes[group.node].markerStart))
        }
    }
}
