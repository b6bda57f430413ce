import ReformPlan

/// Names and scopes the numbers `IndicatorScanner` finds, clause by clause:
/// "新建社区老年人服务中心(站)100个、农村老年人互助照料活动中心(服务点)307个"
/// gives two indicators, the second inheriting the verb 新建.
struct IndicatorExtractor {
    let text: SourceText
    private(set) var indicators: [Indicator] = []

    init(text: SourceText) { self.text = text }

    private static let verbs = ["新建", "新增", "建成", "培育", "完成", "建设", "打造", "创建", "引进", "开展", "举办", "树立",
                                "培训", "发展", "扶持", "改造", "提供", "资助", "招募", "吸纳"]
    private static let leadIns = ["实现", "确保", "力争", "并且", "并", "和", "及", "使", "全年", "其中"]
    private static let countedNouns = ["街道", "社区", "乡镇", "村", "区", "单位", "机构", "家庭", "企业", "学校", "镇"]
    private static let regions = ["中心城区", "新城区", "远城区", "全市", "各区", "城市", "农村"]

    mutating func scan(_ text: CleanText, context: IndicatorScanner.Context) {
        for sentence in text.sentences() {
            for clause in clauses(sentence) { add(clause, sentence: sentence, context: context) }
        }
    }

    /// Clauses at , and :, and at 、 only between two numbered parts, so that
    /// "助餐、助洁、助医…街道达到60%以上" stays whole.
    private func clauses(_ sentence: CleanText) -> [(part: CleanText, previous: CleanText?)] {
        var result: [(CleanText, CleanText?)] = []
        var start = 0
        for (i, c) in sentence.normal.enumerated() where c == "," || c == ":" {
            result += enumerations(sentence[start..<i])
            start = i + 1
        }
        result += enumerations(sentence[start..<sentence.count])
        return result
    }

    private func enumerations(_ clause: CleanText) -> [(CleanText, CleanText?)] {
        // Enumerations of targets are short; a clause of hundreds of 、 is not one.
        let pieces = clause.normal.indices.filter { clause.normal[$0] == "、" }.prefix(24)
        var parts: [CleanText] = []
        var start = 0
        for cut in pieces {
            let left = clause[start..<cut], right = clause[(cut + 1)..<clause.count]
            if !IndicatorScanner.tokens(in: left.normal).isEmpty, !IndicatorScanner.tokens(in: right.normal).isEmpty,
               right.normal.prefix(while: { $0 != "、" }).contains(where: \.isDigit) {
                parts.append(left)
                start = cut + 1
            }
        }
        parts.append(clause[start..<clause.count])
        return parts.enumerated().map { ($1, $0 > 0 ? parts[$0 - 1] : nil) }
    }

    private mutating func add(_ clause: (part: CleanText, previous: CleanText?), sentence: CleanText, context: IndicatorScanner.Context) {
        let part = clause.part
        for token in IndicatorScanner.tokens(in: part.normal).prefix(12) where part.count <= 400 {
            var nameScalars = Array(part.shown[0..<token.coreStart]) + Array(part.shown[token.range.upperBound...])
            var nameNormal = Array(part.normal[0..<token.coreStart]) + Array(part.normal[token.range.upperBound...])
            for lead in Self.leadIns where nameNormal.starts(with: lead.unicodeScalars) && nameNormal.count > lead.unicodeScalars.count + 2 {
                nameScalars.removeFirst(lead.unicodeScalars.count)
                nameNormal.removeFirst(lead.unicodeScalars.count)
            }
            var name = CleanText(shown: nameScalars[...], normal: nameNormal[...], positions: [][...]).trimmed()
            let previousVerb = clause.previous.flatMap { p in Self.verbs.first { p.normalString.hasPrefix($0) } }
            if let verb = previousVerb, !Self.verbs.contains(where: { name.normalString.hasPrefix($0) }) {
                name = name.prefixed(with: verb)
            }
            let line = token.range.lowerBound < part.positions.count ? text.line(of: part.positions[token.range.lowerBound]) : context.line
            let indicator = Indicator(
                name: name.isEmpty ? part.string : name.string, measure: token.measure, comparator: token.comparator,
                target: token.value, targetUpper: token.upper,
                scope: scope(name: name.normalString, previous: clause.previous?.normalString, measure: token.measure),
                sentence: sentence.string, project: context.project, task: context.task, line: line)
            if !isRestatement(indicator) { indicators.append(indicator) }
        }
    }

    /// 每个城市社区; a sibling clause's 每个 carries over ("、农村社区拥有5个");
    /// a share (%) over counted units names them: 中心城区…街道 → 中心城区街道.
    private func scope(name: String, previous: String?, measure: String) -> String? {
        let stops = ["拥有", "有", "建", "达", "配备", "设", "至少", "不少于", "需", "要", "均"]
        func noun(after start: String.Index, in text: String) -> String? {
            let rest = String(text[start...])
            let end = stops.compactMap { rest.fastRange(of: $0)?.lowerBound }.min() ?? rest.endIndex
            let noun = String(rest[..<end])
            return noun.isEmpty || noun.count > 12 ? nil : noun
        }
        if let r = name.fastRange(of: "每个") ?? name.fastRange(of: "每") {
            return noun(after: r.upperBound, in: name).map { "每个" + $0 }
        }
        if let previous, previous.contains("每个") || previous.contains("每"), let n = noun(after: name.startIndex, in: name) {
            return "每个" + n
        }
        if measure == "%", let counted = Self.countedNouns.first(where: { name.hasSuffix($0) }) {
            let region = Self.regions.first { name.hasPrefix($0) } ?? ""
            return region + counted
        }
        return nil
    }

    /// A step that restates a task's target (same project, value and measure,
    /// much the same words) is the same indicator.
    private func isRestatement(_ candidate: Indicator) -> Bool {
        indicators.contains { existing in
            existing.project == candidate.project && existing.target == candidate.target
                && existing.measure == candidate.measure && TitleLinker.overlap(existing.name, candidate.name) >= 0.6
        }
    }
}
