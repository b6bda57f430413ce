import ReformPlan

/// What the work-requirements chapter says about checking and people:
/// the cadence of 通报/调度/小结/考核, the leaders it names with their posts,
/// and the office that follows up (督办). Contacts come from notes (PlanAssembler).
struct SupervisionExtractor {
    let text: SourceText

    /// Longest first. A bare 月 or 季 counts only as the head of a clause
    /// ("实行月调度、季通报"), never after a digit ("12月通报").
    private static let cadences: [(String, SupervisionActivity.Cadence)] = [
        ("每季度", .quarterly), ("按季度", .quarterly), ("每半年", .halfYear), ("每月", .monthly), ("按月", .monthly),
        ("逐月", .monthly), ("月度", .monthly), ("每季", .quarterly), ("按季", .quarterly), ("季度", .quarterly),
        ("半年", .halfYear), ("年底", .yearEnd), ("年终", .yearEnd), ("年末", .yearEnd), ("年度", .yearEnd),
        ("月", .monthly), ("季", .quarterly), ("年", .yearEnd)]
    private static let cadenceWords = WordList(cadences.map(\.0))
    private static let activities = ["推进会", "通报", "调度", "督查", "督导", "小结", "总结", "考核", "报送", "上报", "报告",
                                     "评估", "讲评", "点评", "会商", "检查"]
    private static let activityWords = WordList(activities)
    private static let titleWords = WordList(PersonNames.titles)

    func schedule(in clean: CleanText) -> [SupervisionActivity] {
        var result: [SupervisionActivity] = []
        for sentence in clean.sentences() {
            let s = sentence.normal
            var i = 0
            while i < s.count {
                guard let c = Self.cadenceWords.match(in: s, at: i), case let (word, cadence) = Self.cadences[c],
                      word.count > 1 || i == 0 || "、,;:“‘(行施立是即".unicodeScalars.contains(s[i - 1]),
                      i == 0 || !s[i - 1].isDigit else { i += 1; continue }
                let j = i + word.unicodeScalars.count
                // 年度考核 yes, 年度目标责任考核 no; 每季度结束后5日内报送 yes.
                let reach = word == "年度" || word.count == 1 ? 0 : 14
                var k = j
                var found: String?
                while k <= j + reach, k < s.count, !",;、。".unicodeScalars.contains(s[k]) {
                    if let a = Self.activityWords.word(in: s, at: k) { found = a; break }
                    k += 1
                }
                if let activity = found, !result.contains(where: { $0.cadence == cadence && $0.activity == activity }) {
                    result.append(SupervisionActivity(cadence: cadence, activity: activity, text: sentence.string))
                }
                i = found.map { k + $0.unicodeScalars.count } ?? j
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
            guard let title = Self.titleWords.word(in: s, at: i) else { i += 1; continue }
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

    /// "局规划发展处具体衔接督办", "由局办公室负责督查": the clause naming the office that presses.
    func supervisingUnit(in clean: CleanText) -> String? {
        for sentence in clean.sentences() where sentence.normal.contains("督") {
            let s = sentence.normal
            var start = 0
            for end in s.indices.filter({ s[$0] == "," }) + [s.count] {
                defer { start = end + 1 }
                let part = start..<end
                guard s[part].contains("督") else { continue }
                // The first verb that is not part of the office's own name (镇督查办, 督察处).
                var cut = part.upperBound
                for i in part where i < cut {
                    guard let k = Self.pressVerbs.match(in: s, at: i, limit: part.upperBound) else { continue }
                    let after = i + Self.pressVerbs.length(k)
                    if after < part.upperBound, "办室处组科局".unicodeScalars.contains(s[after]) { continue }
                    cut = i
                }
                var unitStart = part.lowerBound
                for lead in ["并由", "由", "请"] where s.hasWord(lead, at: unitStart, limit: cut) { unitStart += lead.unicodeScalars.count; break }
                let unit = sentence[unitStart..<cut]
                let last = unit.normal.last.map { Character($0) }
                if unit.count >= 3, unit.count <= 16, let last, "处办室科局委组".contains(last) { return unit.string }
            }
        }
        return nil
    }

    private static let pressVerbs = WordList(["负责", "具体", "牵头", "统一", "要", "会同", "做好", "抓好", "衔接", "督办", "督查",
                                              "督导", "每", "定期", "按月", "按季"])
}
