import ReformPlan

/// What the work-requirements chapter says about checking and people:
/// the cadence of 通报/调度/小结/考核, the leaders it names with their posts,
/// the office that follows up (督办), and contacts given in notes.
struct SupervisionExtractor {
    let text: SourceText

    private static let cadences: [(String, SupervisionActivity.Cadence)] = [
        ("每月", .monthly), ("月度", .monthly), ("每季度", .quarterly), ("季度", .quarterly), ("每半年", .halfYear),
        ("半年", .halfYear), ("年底", .yearEnd), ("年终", .yearEnd), ("年度", .yearEnd)]
    private static let activities = ["通报", "调度", "小结", "总结", "考核", "报送", "督查", "评估", "讲评"]

    func schedule(in clean: CleanText) -> [SupervisionActivity] {
        var result: [SupervisionActivity] = []
        for sentence in clean.sentences() {
            let s = sentence.normal
            var i = 0
            while i < s.count {
                guard let (word, cadence) = Self.cadences.first(where: { s.hasWord($0.0, at: i) }) else { i += 1; continue }
                let j = i + word.unicodeScalars.count
                if let activity = Self.activities.first(where: { s.hasWord($0, at: j) }),
                   !result.contains(where: { $0.cadence == cadence && $0.activity == activity }) {
                    result.append(SupervisionActivity(cadence: cadence, activity: activity, text: sentence.string))
                    i = j + activity.unicodeScalars.count
                    continue
                }
                i = j
            }
        }
        return result
    }

    /// "组长、局长李国汉牵头抓总,副局长彭莉莉具体协调".
    func leaders(in clean: CleanText) -> [NamedLeader] {
        let s = clean.normal
        let verbs = ["牵头", "具体", "负责", "分管", "协调", "担任", "主持", "统筹", "抓总", "任组长", "任副组长", "为"]
        var result: [NamedLeader] = []
        var i = 0
        while i < s.count {
            guard let title = PersonNames.titles.first(where: { s.hasWord($0, at: i) }) else { i += 1; continue }
            let nameStart = i + title.unicodeScalars.count
            var matched = false
            for length in 2...3 where nameStart + length <= s.count {
                let name = s[nameStart..<(nameStart + length)]
                guard name.allSatisfy(\.isHan) else { break }
                let after = nameStart + length
                guard let verb = verbs.first(where: { s.hasWord($0, at: after) }) else { continue }
                let roleEnd = (after..<s.count).first { ",;。".unicodeScalars.contains(s[$0]) } ?? s.count
                let display = clean[nameStart..<after].string
                if !result.contains(where: { $0.name == display }) {
                    result.append(NamedLeader(name: display, title: title,
                                              role: roleEnd > after ? clean[after..<roleEnd].string : verb))
                }
                i = roleEnd
                matched = true
                break
            }
            if !matched { i = nameStart }
        }
        return result
    }

    /// "局规划发展处具体衔接督办": the clause naming the office that presses.
    func supervisingUnit(in clean: CleanText) -> String? {
        for sentence in clean.sentences() {
            for part in sentence.normalString.split(whereSeparator: { $0 == "," }) where part.contains("督办") {
                var unit = String(part)
                for cut in ["具体衔接督办", "具体负责督办", "负责督办", "衔接督办", "督办"] {
                    if let r = unit.range(of: cut) { unit = String(unit[..<r.lowerBound]); break }
                }
                if unit.count >= 3, unit.count <= 16, ["处", "办", "室", "科", "局", "委"].contains(where: { unit.hasSuffix($0) }) {
                    return unit
                }
            }
        }
        return nil
    }
}
