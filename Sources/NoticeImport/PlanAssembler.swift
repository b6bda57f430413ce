import ReformPlan

/// Puts the parts together: projects from the chapter with the notes, tasks,
/// phases, indicators, the supervision chapter and the directory of units and
/// people.
struct PlanAssembler {
    let text: SourceText
    let outline: Outline
    let notes: NoteMap
    let header: NoticeHeader
    let layout: NoticeLayout
    let planYear: Int?

    mutating func assemble(findings: inout FindingSink) -> Plan? {
        let chapters = outline.roots.filter { outline.nodes[$0].rank == .chapter }
        var headings: [Int: String] = [:]
        var headingRest: [Int: CleanText] = [:]
        var wholeText: [Int: CleanText] = [:]
        var sections: [Section] = []
        for c in chapters {
            let split = Headings.split(text, outline.nodes[c].ownRange(in: outline))
            let title = split.title.string
            headings[c] = Chrome.compact(title)
            headingRest[c] = split.rest
            let whole = CleanText(text, outline.fullRange(c))
            wholeText[c] = whole
            let headingLength = title.unicodeScalars.count
            sections.append(Section(number: outline.nodes[c].number, heading: title,
                                    text: whole[min(headingLength, whole.count)..<whole.count].string))
        }
        guard let section = ProjectSection.locate(in: outline, notes: notes, headings: headings) else { return nil }
        let built = ProjectBuilder(text: text, outline: outline, notes: notes, section: section, planYear: planYear)
            .build(findings: &findings)
        let projects = built.projects

        var extractor = IndicatorExtractor(text: text)
        var tasks: [Task] = []
        let taskBuilder = TaskBuilder(text: text, outline: outline, notes: notes, planYear: planYear)
        if let taskChapter = chapters.first(where: { c in !section.chapters.contains(c)
            && TaskBuilder.headingWords.contains { headings[c]?.contains($0) == true } }) {
            let (found, texts) = taskBuilder.tasks(chapter: taskChapter, projects: projects, findings: &findings)
            tasks = found
            for (task, clean) in zip(tasks, texts) {
                extractor.scan(clean, context: .init(project: task.projects.first, task: task.number, line: task.line))
            }
        } else if !built.groups.isEmpty {
            tasks = TaskBuilder.fromGroups(built.groups, projects: projects, outline: outline, text: text)
        }
        for (project, clean) in zip(projects, built.texts) {
            extractor.scan(clean, context: .init(project: project.number, task: nil, line: project.line))
        }
        let otherChapters = chapters.filter { !section.chapters.contains($0) }
        // "一、主要目标 …新增就业1.5万人…": the plan's own targets, belonging to no project.
        for c in otherChapters where headings[c]?.contains("目标") == true {
            extractor.scan(headingRest[c] ?? CleanText(), context: .init(project: nil, task: nil, line: nil))
            for child in outline.descendants(of: c) {
                extractor.scan(CleanText(text, outline.nodes[child].ownRange(in: outline)), context: .init(project: nil, task: nil, line: nil))
            }
        }
        let phases = buildPhases(chapters: chapters, headings: headings, projects: projects, tasks: tasks,
                                 extractor: &extractor, findings: &findings)

        let requirements = otherChapters.compactMap { wholeText[$0] }
        let supervision = SupervisionExtractor(text: text)
        var notice = Notice(title: header.title, noticeTitle: header.noticeTitle, documentNumber: layout.documentNumber,
                            year: planYear, issuer: header.issuer, issuedDate: header.issuedDate,
                            publishedDate: layout.publishedDate, addressees: header.addressees,
                            references: ReferenceScanner.references(in: CleanText(text, outline.preamble), excludingTitle: header.title),
                            attachments: header.attachments, sections: sections, sourceText: text.string)
        notice.supervisionSchedule = requirements.flatMap { supervision.schedule(in: $0) }
        notice.leaders = requirements.flatMap { supervision.leaders(in: $0) }
        notice.supervisingUnit = requirements.lazy.compactMap { supervision.supervisingUnit(in: $0) }.first
        notice.contacts = contacts(outside: section, findings: &findings)
        var plan = Plan(notice: notice, projects: projects, tasks: tasks, indicators: extractor.indicators, phases: phases)
        Directory.fill(&plan, people: built.people)
        return plan
    }
}
