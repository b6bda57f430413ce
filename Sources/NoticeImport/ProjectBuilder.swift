import ReformPlan

/// Turns the located project items into `Project`s: titles, groups and
/// categories, and responsibility from every note that covers each item.
struct ProjectBuilder {
    let text: SourceText
    let outline: Outline
    let notes: NoteMap
    let section: ProjectSection
    let planYear: Int?

    struct Result {
        var projects: [Project]
        var groups: [ProjectGroup]
        var people: [Person]
        /// The item text of each project, notes removed, for indicators.
        var texts: [CleanText]
    }

    func build(findings: inout FindingSink) -> Result {
        let nodes = section.projects
        var drafts = Array(repeating: DraftResponsibility(), count: nodes.count)
        var texts: [CleanText] = []
        var projects: [Project] = []
        let rules = forwardRules()

        for (k, p) in nodes.enumerated() {
            let family = [p] + outline.descendants(of: p)
            let cuts = family.flatMap { notes.notes($0).map(\.range) } + rules.map(\.cut) + closingParagraph(after: p, family: family)
            let clean = CleanText(text, outline.fullRange(p), excluding: cuts)
            texts.append(clean)
            for n in family { for note in notes.notes(n) where note.sharedCount == nil { drafts[k].add(note, from: text, mode: .own) } }
            let (title, rest) = titleOnItsOwnLine(p, cuts: cuts) ?? clean.firstSentence()
            let node = outline.nodes[p]
            projects.append(Project(number: node.number, title: title.string, description: rest.isEmpty ? nil : rest.string,
                                    line: text.line(of: node.markerStart)))
            if title.isEmpty { findings.warn(at: node.markerStart, "第\(node.number)项没有标题文字。") }
        }
        applySharedNotes(nodes, &drafts, &findings)
        let groups = ProjectGroup.groups(of: section, outline: outline, text: text, notes: notes)
        applyGroupNotes(groups, &drafts, &findings)
        // "下同" holds until the next 下同 note; forward rules from where they stand on.
        // One pass each, so a notice of thousands of items stays linear.
        var carried: NoteScanner.Note?
        var ruleIndex = 0
        var ruleUnits: [String] = []
        let sortedRules = rules.sorted { $0.position < $1.position }
        for (k, p) in nodes.enumerated() {
            if let carried { drafts[k].add(carried, from: text, mode: .fallback) }
            if let latest = notes.notes(p).last(where: \.carriesForward) { carried = latest }
            while ruleIndex < sortedRules.count, sortedRules[ruleIndex].position < outline.nodes[p].markerStart {
                ruleUnits += sortedRules[ruleIndex].units
                ruleIndex += 1
            }
            if !ruleUnits.isEmpty { drafts[k].addResponsibleUnits(ruleUnits) }
        }
        // Categories only when every group names one: "加强政府自身建设" alone is a theme, not a category.
        let hasCategories = !groups.isEmpty && groups.allSatisfy { $0.category != nil }
        for group in groups {
            for k in group.members {
                projects[k].group = group.title
                projects[k].category = hasCategories ? group.category : nil
            }
            checkCount(group, projects, &findings)
        }
        for k in projects.indices {
            projects[k].responsibility = drafts[k].responsibility
            projects[k].deadline = deadline(of: nodes[k], draft: drafts[k], findings: &findings)
            if drafts[k].isEmpty {
                findings.warn(at: outline.nodes[nodes[k]].markerStart,
                              "第\(projects[k].number)项“\(projects[k].title.prefix(20))”未写明责任单位或责任人。")
            }
        }
        renumberIfRepeated(&projects, nodes, &findings)
        return Result(projects: projects, groups: groups, people: drafts.flatMap(\.people), texts: texts)
    }

    private func applySharedNotes(_ nodes: [Int], _ drafts: inout [DraftResponsibility], _ findings: inout FindingSink) {
        for (k, p) in nodes.enumerated() {
            for note in notes.notes(p) {
                // Real notices share a note over a handful of items; a huge count is a typo.
                guard let n = note.sharedCount.map({ min($0, 100) }) else { continue }
                if n > k + 1 {
                    findings.warn(at: note.range.lowerBound, "“以上\(n)项”的说明之前只有\(k + 1)项，已用于这\(k + 1)项。")
                }
                for j in max(0, k - n + 1)...k { drafts[j].add(note, from: text, mode: .shared) }
            }
        }
    }

    /// A note in a group's heading holds for every item beneath that does not say
    /// otherwise. A note standing on its own line between a heading and the first
    /// item is ambiguous (the heading's, the first item's, everyone's?) unless it
    /// says 下同, so it is reported instead of guessed at.
    private func applyGroupNotes(_ groups: [ProjectGroup], _ drafts: inout [DraftResponsibility], _ findings: inout FindingSink) {
        var headings: [(node: Int, members: [Int])] = groups.map { ($0.node, $0.members) }
        for chapter in section.chapters where !groups.contains(where: { $0.node == chapter }) {
            let inside = Set(outline.descendants(of: chapter))
            headings.append((chapter, section.projects.indices.filter { inside.contains(section.projects[$0]) }))
        }
        for (node, members) in headings {
            for note in notes.notes(node) {
                if note.standsOnOwnLine && !note.carriesForward {
                    findings.warn(at: note.range.lowerBound,
                                  "未能归属的责任说明“\(text.value(note.range).prefix(40))”：它在标题与第一项之间，不能确定属于哪一项，未导入。")
                    continue
                }
                for k in members { drafts[k].add(note, from: text, mode: .fallback) }
            }
        }
    }

    private func checkCount(_ group: ProjectGroup, _ projects: [Project], _ findings: inout FindingSink) {
        guard let declared = group.declaredCount, declared != group.members.count,
              let first = group.members.first, let last = group.members.last else { return }
        let node = outline.nodes[group.node]
        findings.warn(at: node.markerStart,
            "(\(ChineseNumber.text(node.number)))“\(group.title)”标明\(declared)项，实际列出\(group.members.count)项"
            + "（第\(projects[first].number)–\(projects[last].number)项），已按实际列出的导入。")
    }

    private func renumberIfRepeated(_ projects: inout [Project], _ nodes: [Int], _ findings: inout FindingSink) {
        let numbers = projects.map(\.number)
        guard Set(numbers).count != numbers.count else { return }
        let restart = (1..<projects.count).first { projects[$0].number <= projects[$0 - 1].number } ?? 0
        for k in projects.indices { projects[k].number = k + 1 }
        findings.info(at: outline.nodes[nodes[restart]].markerStart,
                      "条目编号有重复（各组分别从1编号，或同一编号出现两次），已按出现顺序统一编为第1–\(projects.count)项；原编号见各项所在行。")
    }
}
