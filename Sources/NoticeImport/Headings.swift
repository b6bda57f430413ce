/// Heading titles. A heading normally has its own line; a web page that
/// flattened the notice runs a chapter's title into its first paragraph
/// ("一、总体思路坚持以…"), so there a known section name is preferred, and
/// otherwise the title ends at the first stop or comma.
enum Headings {
    /// Longest first, so that 重点任务分工 is not cut to 重点任务.
    static let known = ["改革项目和责任分解", "重点任务分工", "主要任务分工", "总体思路", "总体要求", "总体目标", "指导思想",
                        "基本原则", "工作原则", "主要目标", "工作目标", "目标任务", "主要任务", "重点任务", "工作任务", "任务分工",
                        "责任分工", "实施步骤", "进度安排", "时间安排", "工作步骤", "步骤安排", "保障措施", "工作要求", "组织实施",
                        "组织保障", "实施范围", "适用范围", "工作措施", "主要措施", "主要内容", "重点工作", "工作安排", "职责分工"]
        .sorted { $0.count > $1.count }

    /// The title and the text after it, from the node's own range.
    static func split(_ text: SourceText, _ range: Range<Int>, excluding cuts: [Range<Int>] = []) -> (title: CleanText, rest: CleanText) {
        let s = text.normal
        var i = range.lowerBound
        while i < range.upperBound, s[i] == " " { i += 1 }
        if let newline = s[i..<range.upperBound].firstIndex(of: "\n") {
            let title = CleanText(text, i..<newline, excluding: cuts)
            if !title.isEmpty, title.count <= 40 {
                return (title.trimmed(), CleanText(text, newline..<range.upperBound, excluding: cuts).trimmedKeepingStop())
            }
        }
        return split(CleanText(text, range, excluding: cuts))
    }

    static func split(_ own: CleanText) -> (title: CleanText, rest: CleanText) {
        let stops: Set<Unicode.Scalar> = ["。", ":", ";"]
        let end = own.normal.firstIndex { stops.contains($0) } ?? own.count
        if end <= 30 { return (own[0..<end].trimmed(), own[min(end + 1, own.count)..<own.count].trimmedKeepingStop()) }
        let s = own.normalString
        for word in known where s.hasPrefix(word) {
            let n = word.unicodeScalars.count
            return (own[0..<n], own[n..<own.count].trimmedKeepingStop())
        }
        let comma = own.normal.firstIndex(of: ",") ?? end
        let cut = min(comma, 30)
        return (own[0..<cut].trimmed(), own[cut..<own.count].trimmedKeepingStop())
    }

    /// A group heading without its declared count: "重点参与的市级改革项目(5项)"
    /// gives the title and 5.
    static func declaredCount(_ title: CleanText) -> (CleanText, Int?) {
        let s = title.normal
        guard let close = s.lastIndex(of: ")"), close >= 3, s[close - 1] == "项" else { return (title, nil) }
        guard let open = s[..<close].lastIndex(of: "(") else { return (title, nil) }
        let inner = Array(s[(open + 1)..<(close - 1)])
        let number = MarkerScanner.digits(inner, from: 0, limit: inner.count).flatMap { $0.1 == inner.count ? $0.0 : nil }
            ?? ChineseNumerals.parse(inner, from: 0, limit: inner.count).flatMap { $0.1 == inner.count ? $0.0 : nil }
        guard let count = number else { return (title, nil) }
        return (title[0..<open].trimmed(), count)
    }
}
