/// Writes a monthly bulletin as an official document: the supervisor's
/// narrative around the facts, with the names printed from the facts. The
/// sections follow what 六(五) asks a bulletin to cover: progress by status,
/// reporting, phases, indicators, supervision, good practice, requirements.
public struct BulletinWriting: Sendable {
    public var facts: BulletinFacts
    public var narrative: BulletinNarrative
    public var letterhead: Letterhead
    /// "2019年武汉市民政改革工作实施方案", as the bulletin cites it.
    public var planTitle: String

    public init(facts: BulletinFacts, narrative: BulletinNarrative, letterhead: Letterhead, planTitle: String) {
        self.facts = facts
        self.narrative = narrative
        self.letterhead = letterhead
        self.planTitle = planTitle
    }

    /// "武汉市民政改革工作": the plan's title without its year and "实施方案".
    public static func topic(of planTitle: String) -> String {
        var topic = planTitle
        if let year = topic.range(of: #"^\d{4}年"#, options: .regularExpression) { topic.removeSubrange(year) }
        for suffix in ["实施方案", "工作方案", "方案"] where topic.hasSuffix(suffix) {
            topic.removeLast(suffix.count)
            break
        }
        return topic
    }

    public var title: String {
        let title = "关于\(facts.month.chineseName)\(Self.topic(of: planTitle))进展情况的通报"
        return narrative.corrects == nil ? title : title + "（更正）"
    }

    /// The document, numbered `number` (nil for a draft) and dated `date`.
    public func text(number: String?, date: Day) -> OfficialText {
        var body: [OfficialText.Block] = []
        if let corrects = narrative.corrects {
            body.append(.paragraph("本通报更正\(corrects.number)《\(corrects.title)》，原通报以本通报为准。"))
        }
        body += paragraphs(narrative.opening)
        body += progressSection() + reportingSection() + phaseSection() + indicatorSection() + noticeSection()
        body.append(.heading(level: 1, text: "六、好的做法"))
        body += paragraphs(narrative.goodPractice)
        body.append(.heading(level: 1, text: "七、存在的问题和下一步工作要求"))
        body.append(.heading(level: 2, text: "（一）存在的问题"))
        body += paragraphs(narrative.problems)
        body.append(.heading(level: 2, text: "（二）下一步工作要求"))
        body += paragraphs(narrative.requirements)
        return OfficialText(
            organ: letterhead.organ, number: number, title: title, addressees: letterhead.addressees, body: body,
            attachments: [.init(title: "\(facts.month.chineseName)各改革项目进展情况表", body: [.table(projectTable)])],
            signature: letterhead.signature, date: date, copiedTo: letterhead.copiedTo,
            printedBy: letterhead.printedBy, printedOn: date)
    }

    func paragraphs(_ text: String) -> [OfficialText.Block] { OfficialText.paragraphs(text) }

    func progressSection() -> [OfficialText.Block] {
        var blocks: [OfficialText.Block] = [.heading(level: 1, text: "一、总体进展情况")]
        blocks += paragraphs(narrative.overall)
        let statuses = ProjectStatus.reportOrder
        blocks.append(.chart(DocumentChart(
            kind: .stacked, title: "各类改革项目进展状态（个）", categories: facts.categories.map(\.name),
            series: statuses.map { status in
                .init(name: status.chineseName, values: facts.categories.map { Double($0.counts[status]) })
            }, unit: "个")))
        let rows = facts.categories.map { line in
            [line.name, String(line.counts.total)] + statuses.map { String(line.counts[$0]) }
        } + [["合计", String(facts.statusCounts.total)] + statuses.map { String(facts.statusCounts[$0]) }]
        blocks.append(.table(DocumentTable(title: "各类改革项目进展情况", columns: ["类别", "项目数"] + statuses.map(\.chineseName),
                                           rows: rows, widths: [4, 2, 2, 2, 2, 2, 2])))
        for status in [ProjectStatus.lagging, .overdue] {
            let lines = facts.projects.filter { $0.status == status }
            guard !lines.isEmpty else { continue }
            let named = lines.map { line in
                let reported = line.completion.map { "报送完成\($0)%" } ?? "未报送进展"
                return "“\(line.title)”（\(line.units.joined(separator: "、"))，\(reported)，按时序应达\(line.expected)%）"
            }
            blocks.append(.paragraph("\(status.chineseName)的项目\(lines.count)个：" + named.joined(separator: "；") + "。"))
        }
        return blocks
    }

    func reportingSection() -> [OfficialText.Block] {
        let r = facts.reporting
        var text = "本月应报送单位\(r.dueCount)个，按时报送\(r.onTime.count)个"
        text += r.late.isEmpty ? "，无逾期报送" : "；逾期报送\(r.late.count)个："
            + r.late.map { "\($0.unit)（\($0.submittedOn.month)月\($0.submittedOn.day)日报送）" }.joined(separator: "、")
        if !r.returned.isEmpty {
            text += "；被退回尚未重新报送\(r.returned.count)个：" + r.returned.joined(separator: "、")
        }
        text += r.missing.isEmpty ? "；无未报送单位。" : "；截至\(facts.asOf.month)月\(facts.asOf.day)日仍未报送\(r.missing.count)个："
            + r.missing.joined(separator: "、") + "。"
        return [.heading(level: 1, text: "二、按月报送情况"),
                .paragraph("本月进展情况报送截止日为\(r.dueDay.month)月\(r.dueDay.day)日。" + text),
                .chart(DocumentChart(kind: .line, title: "各月按时报送率（%）",
                                     categories: facts.reportingTrend.map { "\($0.month.month)月" },
                                     series: [.init(name: "按时报送率", values: facts.reportingTrend.map(\.onTimePercent))],
                                     unit: "%"))]
    }

    func phaseSection() -> [OfficialText.Block] {
        let met = facts.phasesDue.filter(\.met).count
        var blocks: [OfficialText.Block] = [
            .heading(level: 1, text: "三、实施步骤完成情况"),
            .paragraph("本月到期的实施步骤\(facts.phasesDue.count)项，按期完成\(met)项"
                + (facts.phasesDue.count == met ? "。" : "，未完成\(facts.phasesDue.count - met)项。")
                + (facts.phasesStillOverdue.isEmpty ? "此前到期的实施步骤均已完成。"
                    : "此前到期仍未完成的实施步骤\(facts.phasesStillOverdue.count)项。")),
        ]
        let lines = facts.phasesDue + facts.phasesStillOverdue
        if !lines.isEmpty {
            blocks.append(.table(DocumentTable(
                title: "到期实施步骤完成情况", columns: ["项目", "实施步骤", "完成时限", "责任单位", "完成情况"],
                rows: lines.map { ["\($0.project). \($0.projectTitle)", $0.title, "\($0.dueMonth)月",
                                   $0.units.joined(separator: "、"), $0.status.chineseName] },
                widths: [6, 5, 2, 4, 2])))
        }
        return blocks
    }

    func indicatorSection() -> [OfficialText.Block] {
        var blocks: [OfficialText.Block] = [.heading(level: 1, text: "四、主要指标完成情况")]
        guard !facts.indicators.isEmpty else {
            return blocks + [.paragraph("本月暂无指标数据。")]
        }
        let met = facts.indicators.filter { $0.met == true }.count
        blocks.append(.paragraph("方案所列\(facts.indicators.count)项量化指标中，已达到目标\(met)项。"
            + "各区对照下达的任务，完成比例最低的区列于表中。"))
        blocks.append(.table(DocumentTable(
            title: "主要指标完成情况", columns: ["指标", "目标", "当前值", "是否达标", "完成比例较低的区"],
            rows: facts.indicators.map { standing in
                [standing.name, standing.targetText, standing.valueText,
                 standing.met.map { $0 ? "已达标" : "未达标" } ?? "暂无数据",
                 standing.behind.map { "\($0.district)（\(ChineseNumber.plain(($0.attainment * 10).rounded() / 10))%）" }
                    .joined(separator: "、")]
            }, widths: [6, 3, 2, 2, 5])))
        if let widest = facts.indicators.first(where: { $0.behind.count >= 2 }) {
            blocks.append(.chart(DocumentChart(
                kind: .bars, title: "\(widest.name)：完成比例较低的区（对照下达任务）",
                categories: widest.behind.map(\.district),
                series: [.init(name: "完成值", values: widest.behind.map(\.value))],
                targets: widest.behind.map(\.target))))
        }
        return blocks
    }

    func noticeSection() -> [OfficialText.Block] {
        let n = facts.notices
        func refs(_ list: [BulletinFacts.NoticeRef]) -> String {
            list.map { "\($0.number)（\($0.unit)）" }.joined(separator: "、")
        }
        var text = "本月发出督办单\(n.opened.count)件" + (n.opened.isEmpty ? "" : "：" + refs(n.opened))
        text += "；收到回复\(n.answered.count)件" + (n.answered.isEmpty ? "" : "：" + refs(n.answered))
        text += n.overdue.isEmpty ? "；无逾期未回复的督办单。" : "；逾期未回复\(n.overdue.count)件：\(refs(n.overdue))，请相关单位立即回复。"
        return [.heading(level: 1, text: "五、督办情况"), .paragraph(text)]
    }

    var projectTable: DocumentTable {
        DocumentTable(
            title: "\(facts.month.chineseName)各改革项目进展情况表",
            columns: ["序号", "改革项目", "类别", "责任单位", "第一责任人", "报送完成", "时序进度", "状态", "说明"],
            rows: facts.projects.map { line in
                [String(line.number), line.title, line.category, line.units.joined(separator: "、"),
                 line.firstResponsible ?? "", line.completion.map { "\($0)%" } ?? "未报送", "\(line.expected)%",
                 line.status.chineseName, line.reasons.joined(separator: "；")]
            }, widths: [2, 8, 4, 5, 3, 3, 3, 3, 8])
    }
}
