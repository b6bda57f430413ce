import ReformPlan

/// Line-level recognisers for the parts of a published page that are not the
/// notice, and for the notice's own header lines. They work on compacted
/// normalised lines: no spaces, half-width punctuation, Simplified characters.
enum Chrome {
    static func compact(_ line: String) -> String {
        String(scalars: line.unicodeScalars.filter { $0 != " " && $0 != "\t" && $0 != "\n" })
    }

    private static let titleEndings = ["通知", "通报", "意见", "决定", "批复", "方案", "计划", "要点", "办法", "规划", "分工", "清单", "任务分解表"]

    /// A notice's title: "…关于印发《…》的通知", or a plan's own title line.
    static func isTitleLine(_ line: String) -> Bool {
        guard line.unicodeScalars.count >= 6, line.unicodeScalars.count <= 120, !isChromeLine(line), !isMetaLine(line), !isFooterLine(line),
              !line.contains(">"), !line.contains("-"), !line.hasPrefix("当前位置"),
              !line.hasSuffix(":"), !line.contains("。") else { return false }
        if line.contains("关于") { return true }
        return titleEndings.contains { line.hasSuffix($0) } && line.unicodeScalars.count <= 60
    }

    static func isCompleteTitle(_ line: String) -> Bool {
        let opens = line.filter { $0 == "《" }.count, closes = line.filter { $0 == "》" }.count
        return opens == closes && titleEndings.contains { line.hasSuffix($0) }
    }

    private static let chromeWords = ["欢迎访问", "官方网站", "官方APP", "展开收起", "官微", "当前位置", "首页>", "首页-", "网站首页",
        "视力保护色", "【字体", "字体:", "字号:", "打印本页", "关闭窗口", "【打印】", "【关闭】", "扫一扫", "分享到", "浏览量", "浏览次数",
        "【法宝引证码】", "【效力级别】", "【时效性】", "【发布部门】", "【发文字号】", "【发布日期】", "【实施日期】", "【公布日期】",
        "【失效依据】", "【法规类别】", "【标题】", "索引号", "主题分类", "信息来源", "无障碍", "繁體版", "简体版"]

    private static let chromeList = WordList(chromeWords)
    private static let footerList = WordList(footerWords)

    static func isChromeLine(_ line: String) -> Bool {
        // Legal databases put a bare "正文" or "全文" between their metadata and the text.
        ["正文", "全文", "正文:", "全文:"].contains(line) || chromeList.occurs(in: line) || line.hasPrefix("[") && line.contains("]") && line.unicodeScalars.count < 40
            && !line.contains("责任") && !line.contains("牵头")
    }

    /// Lines that carry the page's facts about the notice.
    static func isMetaLine(_ line: String) -> Bool {
        ["来源:", "发布时间:", "发布日期:", "发布机构:", "发文字号:", "成文日期:", "文号:", "作者:", "信息来源:"].contains { line.contains($0) }
            || line.hasPrefix("【") || (line.hasPrefix("[") && line.contains("]"))
    }

    private static let footerWords = ["关于本站", "关于我们", "网站地图", "站点地图", "联系我们", "主办单位", "承办单位", "版权所有",
        "ICP备", "网站标识码", "公网安备", "技术支持", "Copyright", "copyright", "©", "打印本页", "关闭窗口", "【打印】", "【关闭】",
        "相关资料", "原文链接", "本篇法规被以下文件引用", "扫一扫在手机打开"]

    /// Footers are short lines; a paragraph of the notice is not searched for them.
    static func isFooterLine(_ line: String) -> Bool {
        line.utf8.count <= 400 && footerList.occurs(in: line)
    }

    static func isAttachmentLine(_ line: String) -> Bool { line.hasPrefix("附件") && line.unicodeScalars.count < 120 }

    static func startsChapter(_ line: String) -> Bool {
        guard let first = line.unicodeScalars.first, ChineseNumerals.isNumeral(first) || first == "第" else { return false }
        let s = Array(line.unicodeScalars.prefix(8))
        guard let m = s.isEmpty ? nil : MarkerScanner.marker(in: s, at: 0, limit: s.count) else { return false }
        return m.rank == .chapter
    }

    static func isAddresseeLine(_ line: String) -> Bool {
        line.hasSuffix(":") && line.unicodeScalars.count <= 200 && !line.contains("。")
            && (line.contains("、") || line.contains(",") || line.hasPrefix("各") || line.contains("各"))
    }

    static func isDocumentNumberLine(_ line: String) -> Bool {
        line.unicodeScalars.count <= 30 && documentNumber(in: line) == line
    }

    /// 武改委发〔2019〕1号, 鄂政办发[2021]15号, 国发(2020)3号.
    static func documentNumber(in line: String) -> String? {
        let shown = Array(line.unicodeScalars)
        let s = shown.map(Normalization.normalize)
        for i in s.indices where "〔[(".unicodeScalars.contains(s[i]) {
            guard i + 6 < s.count, let (year, ylen) = MarkerScanner.digits(s, from: i + 1, limit: s.count), ylen == 4,
                  year > 1949, "〕])".unicodeScalars.contains(s[i + 5]),
                  let (_, nlen) = MarkerScanner.digits(s, from: i + 6, limit: s.count),
                  i + 6 + nlen < s.count, s[i + 6 + nlen] == "号" else { continue }
            var b = i
            while b > 0, s[b - 1].isHan, i - b < 12 { b -= 1 }
            guard b < i else { continue }
            return String(scalars: shown[b...(i + 6 + nlen)])
        }
        return nil
    }

    /// 发布时间:2019-05-20 10:34, 发布日期:2019年05月20日, 【公布日期】2019.05.20.
    static func publishedDate(in line: String) -> Day? {
        for label in ["发布时间", "发布日期", "公布日期", "成文日期"] {
            guard let r = line.fastRange(of: label) else { continue }
            return DateText.firstDay(in: String(line[r.upperBound...]))
        }
        return nil
    }

    /// The value after "label:" up to the next space-separated label.
    static func labelled(_ label: String, in line: String) -> String? {
        guard let r = line.fastRange(of: label + ":") ?? line.fastRange(of: "【" + label + "】") ?? line.fastRange(of: "[" + label + "]") else { return nil }
        var value = String(line[r.upperBound...])
        for stop in ["发布时间", "发布日期", "浏览", "【", "[", "作者", "字体"] {
            if let s = value.fastRange(of: stop) { value = String(value[..<s.lowerBound]) }
        }
        return value.isEmpty ? nil : value
    }
}
