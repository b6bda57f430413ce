import ReformPlan

/// The notice's own facts outside its numbered chapters: titles, the
/// signature (issuer above the date), the addressees, the documents it cites
/// and its attachments.
struct NoticeHeader {
    var title: String = ""
    var noticeTitle: String?
    var issuer: String?
    var issuedDate: Day?
    /// Line index (0-based) where a signature stands, to end the body there.
    var signatureLine: Int?
    var addressees: [String] = []
    var references: [DocumentReference] = []
    var attachments: [String] = []

    init(text: SourceText, layout: NoticeLayout) {
        let ranges = layout.ranges, lines = layout.lines
        noticeTitle = layout.noticeTitle.map(Chrome.compact)
        title = noticeTitle.flatMap(Self.innerTitle) ?? noticeTitle ?? ""
        findSignature(lines: lines, ranges: ranges, text: text, after: layout.titleLines?.upperBound ?? 0)
        if issuer == nil { issuer = layout.sourceIssuer }
        if let a = layout.addresseeLine {
            var line = text.value(ranges[a])
            line.removeLast()  // the colon
            addressees = UnitNames.split(line)
        }
        var seen = Set<String>()
        for a in layout.attachmentLines {
            guard let name = Self.attachmentName(text.value(ranges[a])), seen.insert(name).inserted else { continue }
            attachments.append(name)
        }
    }

    /// 市民政局关于印发《2019年武汉市民政改革工作实施方案》的通知 → the plan's title.
    /// …关于印发2022年《政府工作报告》重点工作任务分工方案的通知 → 2022年《政府工作报告》重点工作任务分工方案:
    /// what stands between the verb and 的通知, without the 《》 only when they enclose all of it.
    static func innerTitle(_ noticeTitle: String) -> String? {
        guard let verb = ["印发", "转发", "发布", "下发"].compactMap({ noticeTitle.fastRange(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound })
        else { return nil }
        var inner = String(noticeTitle[verb.upperBound...])
        for ending in ["的通知", "的通报", "的函", "的决定"] where inner.hasSuffix(ending) {
            inner.removeLast(ending.count)
            break
        }
        if inner.hasPrefix("《"), inner.hasSuffix("》"), inner.dropFirst().firstIndex(of: "《") == nil || inner.filter({ $0 == "《" }).count == 1 {
            inner = String(inner.dropFirst().dropLast())
        }
        return inner.isEmpty ? nil : inner
    }

    /// An organ's name on one line with a date on the next: the signature.
    private mutating func findSignature(lines: [String], ranges: [Range<Int>], text: SourceText, after start: Int) {
        for (i, line) in lines.enumerated() where i >= start && line.count <= 16 {
            guard let day = DateText.firstDay(in: line), Self.isDateOnly(line) else { continue }
            var j = i - 1
            while j >= 0, lines[j].isEmpty { j -= 1 }
            guard j >= 0, Self.isOrganName(lines[j]) else { continue }
            issuer = text.value(ranges[j])
            issuedDate = day
            signatureLine = j
            return
        }
    }

    static func isDateOnly(_ line: String) -> Bool {
        let s = Array(line.unicodeScalars)
        guard let (_, length) = DateText.day(in: s, at: 0) else { return false }
        return length == s.count
    }

    static func isOrganName(_ line: String) -> Bool {
        line.count >= 3 && line.count <= 30 && !line.contains("。") && !line.contains(",")
            && ["局", "委", "厅", "办", "政府", "委员会", "部", "办公室", "中心", "院", "会", "署", "府"].contains { line.hasSuffix($0) }
    }

    /// 附件:2019年市民政局改革要点责任分解表.docx → the name without the extension.
    static func attachmentName(_ line: String) -> String? {
        var s = Chrome.compact(line)
        // "附件：1.…" and the lines "2.…" that continue its list.
        guard s.hasPrefix("附件") || s.unicodeScalars.first?.isDigit == true else { return nil }
        if s.hasPrefix("附件") { s.removeFirst(2) }
        while let f = s.unicodeScalars.first, ":：、 ".unicodeScalars.contains(f) { s.removeFirst() }
        // "附件1." or "1、" numbers an attachment; "2019年…" is part of its name.
        let scalars = Array(s.unicodeScalars)
        if let (_, len) = MarkerScanner.digits(scalars, from: 0, limit: scalars.count), len <= 2, len < scalars.count,
           ".、:：．".unicodeScalars.contains(scalars[len]) {
            s = String(scalars: scalars[(len + 1)...])
        }
        while let f = s.unicodeScalars.first, ":：、 ".unicodeScalars.contains(f) { s.removeFirst() }
        for ext in [".docx", ".doc", ".xlsx", ".xls", ".pdf", ".wps", ".et", ".ofd", ".zip", ".rar"] where s.lowercased().hasSuffix(ext) {
            s.removeLast(ext.count)
        }
        return s.isEmpty ? nil : s
    }
}
