import ReformPlan

/// The 实施步骤 cell of a project row, one step a line: "1.签约部署（1-3月）",
/// "4.出台文件（与全市“民呼我应”改革工作同步推进）". Timing in brackets is read
/// as the steps chapter of a notice is; a step without a number takes the
/// next one.
enum TableSteps {
    static func phases(_ lines: [String], project: Int, stream: Int, line: Int, planYear: Int?) -> [Phase] {
        var phases: [Phase] = []
        for text in lines {
            var s = Array(text.unicodeScalars)
            let normal = s.map(Normalization.normalize)
            var order = phases.count + 1
            if let (number, length) = MarkerScanner.digits(normal, from: 0, limit: normal.count), length < normal.count,
               ".、".unicodeScalars.contains(normal[length]) {
                order = number
                s.removeFirst(length + 1)
            }
            var title = String(String.UnicodeScalarView(s))
            var timing: PhaseTiming?
            var timingText: String?
            let n = s.map(Normalization.normalize)
            if let close = n.lastIndex(of: ")"), let open = n[..<close].lastIndex(of: "("), close == n.count - 1 || n[(close + 1)...].allSatisfy({ $0 == "。" }) {
                timingText = String(String.UnicodeScalarView(s[(open + 1)..<close]))
                timing = PhaseTiming.parse(Chrome.compact(String(String.UnicodeScalarView(n[(open + 1)..<close]))), planYear: planYear)
                title = String(String.UnicodeScalarView(s[..<open]))
            }
            phases.append(Phase(project: project, stream: stream, order: order, title: title,
                                startMonth: timing?.start, endMonth: timing?.end,
                                condition: timing?.isCondition == true ? timingText : nil, timing: timingText, line: line))
        }
        return phases
    }
}
