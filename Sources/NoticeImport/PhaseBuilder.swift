import ReformPlan

/// The steps chapter (实施步骤): streams "(一)养老服务改革" with numbered steps
/// "1.签约部署(1-3月)。…", or steps standing directly under the chapter.
struct PhaseBuilder {
    let text: SourceText
    let outline: Outline
    let notes: NoteMap
    let planYear: Int?

    static let headingWords = ["实施步骤", "进度安排", "时间安排", "工作步骤", "步骤安排", "实施进度", "工作安排", "推进步骤", "时间节点"]

    struct Stream {
        var number: Int
        var title: String?
        var node: Int?
        var steps: [Int]
    }

    func streams(of chapter: Int) -> [Stream] {
        let children = outline.nodes[chapter].children
        let streamNodes = children.filter { !outline.nodes[$0].children.isEmpty }
        if !streamNodes.isEmpty, streamNodes.count == children.count {
            return streamNodes.map { s in
                let own = CleanText(text, outline.nodes[s].ownRange(in: outline), excluding: notes.notes(s).map(\.range))
                return Stream(number: outline.nodes[s].number, title: own.firstSentence().0.string, node: s,
                              steps: outline.nodes[s].children)
            }
        }
        return children.isEmpty ? [] : [Stream(number: 1, title: nil, node: nil, steps: children)]
    }

    func phase(_ node: Int, stream: Stream, project: Int?, findings: inout FindingSink) -> (Phase, CleanText) {
        let clean = CleanText(text, outline.fullRange(node), excluding: notes.notes(node).map(\.range))
        let stop = clean.firstIndex(of: "。") ?? clean.count
        var title = clean[0..<stop]
        var rest = clean[min(stop + 1, clean.count)..<clean.count].trimmed()
        var timing: PhaseTiming?
        var timingText: String?
        if let open = title.normal.firstIndex(of: "("), let close = title.normal.lastIndex(of: ")"), open < close {
            let inner = title[(open + 1)..<close]
            timing = PhaseTiming.parse(inner.normalString, planYear: planYear)
            timingText = inner.string
            let after = title[(close + 1)..<title.count].trimmed()
            if !after.isEmpty { rest = after }
            title = title[0..<open].trimmed()
        }
        if let year = timing?.year, let planYear, year != planYear {
            findings.warn(at: outline.nodes[node].markerStart, "第\(outline.nodes[node].number)步的时间写的是\(year)年，而方案年度为\(planYear)年；月份照录。")
        }
        let phase = Phase(project: project, stream: stream.number, streamTitle: stream.title, order: outline.nodes[node].number,
                          title: title.trimmed().string, startMonth: timing?.start, endMonth: timing?.end,
                          condition: timing?.isCondition == true ? timingText : nil, timing: timingText,
                          deliverables: rest.sentences().map(\.string), line: text.line(of: outline.nodes[node].markerStart))
        return (phase, rest)
    }
}
