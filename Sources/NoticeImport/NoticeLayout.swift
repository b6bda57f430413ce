import ReformPlan

/// Where the notice is within a published page: the web site's chrome before
/// the title and after the end is not the notice, but the page's 来源 and
/// 发布时间 lines say who published it and when.
struct NoticeLayout {
    var titleLines: ClosedRange<Int>?      // 0-based line numbers
    var noticeTitle: String?
    var addresseeLine: Int?
    var documentNumber: String?
    var publishedDate: Day?
    var sourceIssuer: String?
    /// Scalar range of the notice's body: after the title (and addressees) to the end.
    var body: Range<Int>
    /// Line numbers of attachment lines (附件：…) at the end.
    var attachmentLines: [Int] = []
    /// Every line's range and its compacted normal form, for the header's reading too.
    let ranges: [Range<Int>]
    let lines: [String]

    init(text: SourceText, findings: inout FindingSink) {
        ranges = text.lineRanges()
        lines = ranges.map { text.compacted($0) }
        let ranges = self.ranges, lines = self.lines
        var start = 0
        var metaLines: [Int] = []

        // The title is the first line that reads like one; what stands before it is chrome.
        if let t = lines.indices.first(where: { Chrome.isTitleLine(lines[$0]) }) {
            var last = t
            var title = lines[t]
            // A title broken over lines: join until it is complete.
            while !Chrome.isCompleteTitle(title), last + 1 < lines.count, last < t + 3,
                  !lines[last + 1].isEmpty, !Chrome.isMetaLine(lines[last + 1]) {
                last += 1
                title += lines[last]
            }
            titleLines = t...last
            noticeTitle = text.value(ranges[t].lowerBound..<ranges[last].upperBound)
            start = last + 1
            metaLines = Array(0..<t)
        }
        // After the title: the page's meta lines, the title printed again, a document number.
        while start < lines.count {
            let line = lines[start]
            if line.isEmpty || Chrome.isMetaLine(line) || Chrome.isChromeLine(line)
                || (noticeTitle.map { Chrome.compact($0) == line } ?? false) {
                if !line.isEmpty { metaLines.append(start) }
                start += 1
                continue
            }
            if Chrome.isDocumentNumberLine(line) {
                documentNumber = Chrome.documentNumber(in: text.value(ranges[start]))
                start += 1
                continue
            }
            break
        }
        for m in metaLines {
            if publishedDate == nil { publishedDate = Chrome.publishedDate(in: lines[m]) }
            if sourceIssuer == nil { sourceIssuer = Chrome.labelled("来源", in: lines[m]) ?? Chrome.labelled("发布机构", in: lines[m]) ?? Chrome.labelled("发布部门", in: lines[m]) }
            if documentNumber == nil, Chrome.labelled("发文字号", in: lines[m]) ?? Chrome.labelled("文号", in: lines[m]) != nil {
                documentNumber = Chrome.documentNumber(in: text.value(ranges[m]))
            }
        }
        if let first = metaLines.min() {
            let skipped = Set(metaLines).count
            findings.info(at: ranges[first].lowerBound,
                          "跳过网页栏目与元数据\(skipped)行（第\(first + 1)–\(metaLines.max()! + 1)行），不作为通知正文导入。")
        }
        // The addressees: a short line ending in a colon right after the title.
        if start < lines.count, Chrome.isAddresseeLine(lines[start]) {
            addresseeLine = start
            start += 1
        }
        var trailing: [Int] = []
        let end = NoticeLayout.endOfBody(lines: lines, from: start, attachments: &trailing)
        attachmentLines = trailing
        if end < lines.count, lines[end...].contains(where: { !$0.isEmpty }) {
            let firstSkipped = trailing.last.map { $0 + 1 } ?? end
            if let chromeStart = (firstSkipped..<lines.count).first(where: { !lines[$0].isEmpty && !trailing.contains($0) }),
               let last = (chromeStart..<lines.count).last(where: { !lines[$0].isEmpty }) {
                findings.info(at: ranges[chromeStart].lowerBound,
                              "跳过正文之后的第\(chromeStart + 1)–\(last + 1)行（网页栏目等），不作为通知内容导入。")
            }
        }
        let bodyStart = start < ranges.count ? ranges[start].lowerBound : text.count
        let bodyEnd = end < ranges.count ? ranges[end].lowerBound : text.count
        body = bodyStart..<max(bodyStart, bodyEnd)
    }

    /// The body ends at the attachment lines after the last chapter, or at the
    /// footer of the site (关于本站, 主办单位, ICP …), whichever comes first.
    private static func endOfBody(lines: [String], from start: Int, attachments: inout [Int]) -> Int {
        var end = lines.count
        if let footer = (start..<lines.count).first(where: { Chrome.isFooterLine(lines[$0]) }) { end = footer }
        var attachmentLines: [Int] = []
        for i in start..<end {
            // "附件：1.…" continues on lines "2.…" below it.
            let continues = attachmentLines.last == i - 1 && lines[i].unicodeScalars.first?.isDigit == true
            if Chrome.isAttachmentLine(lines[i]) || continues { attachmentLines.append(i) }
        }
        // Only attachment lines after which no numbered chapter follows end the body.
        let lastChapter = (start..<end).last { Chrome.startsChapter(lines[$0]) } ?? -1
        if let firstTrailing = attachmentLines.first(where: { $0 > lastChapter }) {
            attachments = attachmentLines.filter { $0 >= firstTrailing }
            return firstTrailing
        }
        return end
    }
}
