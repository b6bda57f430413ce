import ReformPlan

/// The groups projects stand under ("(一)牵头改革项目(4项)"): their titles, the
/// category the title names, and the count they declare, checked against what
/// they list.
struct ProjectGroup {
    var node: Int
    var title: String
    var category: ProjectCategory?
    var declaredCount: Int?
    /// Indexes into the section's project list.
    var members: [Int]

    static func groups(of section: ProjectSection, outline: Outline, text: SourceText, notes: NoteMap) -> [ProjectGroup] {
        var result: [ProjectGroup] = []
        for (k, p) in section.projects.enumerated() {
            guard let parent = outline.nodes[p].parent, outline.nodes[parent].rank < section.rank,
                  !section.chapters.contains(parent) || section.chaptersAreGroups else { continue }
            if let last = result.indices.last, result[last].node == parent {
                result[last].members.append(k)
                continue
            }
            let own = CleanText(text, outline.nodes[parent].ownRange(in: outline),
                                excluding: notes.notes(parent).map(\.range))
            let (heading, _) = outline.nodes[parent].rank == .chapter
                ? Headings.split(text, outline.nodes[parent].ownRange(in: outline), excluding: notes.notes(parent).map(\.range))
                : own.firstSentence()
            let (title, count) = Headings.declaredCount(heading)
            result.append(ProjectGroup(node: parent, title: title.string, category: category(of: title.normalString),
                                       declaredCount: count, members: [k]))
        }
        return result
    }

    static func category(of title: String) -> ProjectCategory? {
        if title.contains("牵头") { return .lead }
        if title.contains("参与") || title.contains("配合") { return .participating }
        if title.contains("自主") || title.contains("自身") { return .own }
        return nil
    }
}
