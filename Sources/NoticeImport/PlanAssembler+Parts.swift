import ReformPlan

extension PlanAssembler {
    /// Phases of the steps chapter, each stream linked to the project it serves
    /// (directly by title, or through the task of the same name).
    func buildPhases(chapters: [Int], headings: [Int: String], projects: [Project], tasks: [Task],
                     extractor: inout IndicatorExtractor, findings: inout FindingSink) -> [Phase] {
        guard let chapter = chapters.first(where: { c in PhaseBuilder.headingWords.contains { headings[c]?.contains($0) == true } })
        else { return [] }
        let builder = PhaseBuilder(text: text, outline: outline, notes: notes, planYear: planYear)
        let streams = builder.streams(of: chapter)
        let titled = streams.map { $0.title ?? "" }
        let byProject = TitleLinker.link(titled, to: projects.map(\.title))
        let byTask = TitleLinker.link(titled, to: tasks.map(\.title))
        var phases: [Phase] = []
        for (k, stream) in streams.enumerated() {
            var project: Int?
            if stream.title != nil {
                let direct = byProject[k].map { (projects[$0].number, TitleLinker.similarity(titled[k], projects[$0].title)) }
                let viaTask = byTask[k].flatMap { t in tasks[t].projects.first.map { ($0, TitleLinker.similarity(titled[k], tasks[t].title)) } }
                project = [direct, viaTask].compactMap { $0 }.max { $0.1 < $1.1 }?.0
                if project == nil, let node = stream.node {
                    findings.warn(at: outline.nodes[node].markerStart, "实施步骤(\(ChineseNumber.text(stream.number)))“\(titled[k])”未能对应到改革项目。")
                }
            }
            for step in stream.steps {
                let (phase, deliverables) = builder.phase(step, stream: stream, project: project, findings: &findings)
                phases.append(phase)
                extractor.scan(deliverables, context: .init(project: project, task: nil, line: phase.line))
            }
        }
        return phases
    }

    /// Contacts given in notes outside the projects ("报市民政局政策法规处(联系人:
    /// 邓德怀;联系电话:…;邮箱:…)"); a responsibility note out there that no
    /// item owns is reported.
    func contacts(outside section: ProjectSection, findings: inout FindingSink) -> [Contact] {
        let inside = Set(section.chapters.isEmpty ? Array(outline.nodes.indices) : section.chapters.flatMap { [$0] + outline.descendants(of: $0) })
        var result: [Contact] = []
        let outsideNotes = notes.byNode.filter { !inside.contains($0.key) }.sorted { $0.key < $1.key }.flatMap(\.value) + notes.preamble
        for note in outsideNotes {
            let roles = Set(note.fields.map(\.role))
            if roles.contains(.contactPerson) || roles.contains(.email) {
                var contact = Contact(purpose: sentence(around: note.range.lowerBound))
                for field in note.fields {
                    let value = Chrome.compact(text.value(field.value))
                    switch field.role {
                    case .contactPerson: contact.person = value
                    case .phone: contact.phone = value
                    case .email: contact.email = value
                    default: break
                    }
                }
                contact.unit = unitBefore(note.range.lowerBound)
                result.append(contact)
            } else if !roles.isDisjoint(with: [.responsible, .lead, .supporting, .firstResponsible, .leaderInCharge]) {
                findings.warn(at: note.range.lowerBound,
                              "未能归属的责任说明“\(text.value(note.range).prefix(40))”：它不在任何改革项目或任务条目之内，未导入。")
            }
        }
        return result
    }

    private func sentence(around index: Int) -> String {
        let s = text.normal
        var start = index, end = index
        while start > 0, index - start < 200, !"。\n".unicodeScalars.contains(s[start - 1]) { start -= 1 }
        while end < s.count, end - index < 200, s[end] != "。", s[end] != "\n" { end += 1 }
        return text.value(start..<end)
    }

    /// The unit named just before a contact note: "…报市民政局政策法规处(".
    private func unitBefore(_ index: Int) -> String? {
        let s = text.normal
        var start = index
        while start > 0, index - start < 24, !",;。、\n".unicodeScalars.contains(s[start - 1]) { start -= 1 }
        var phrase = Chrome.compact(text.value(start..<index))
        for verb in ["报送至", "报送", "报至", "送至", "报", "送", "交", "至"] {
            if let r = phrase.ranges(of: verb).last { phrase = String(phrase[r.upperBound...]); break }
        }
        return phrase.isEmpty ? nil : phrase
    }
}
