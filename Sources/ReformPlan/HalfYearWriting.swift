/// Writes the half-year summary as an official document: the supervisor's
/// passages, each project under its number with the phases it completed and
/// missed printed from the facts, and the project table as an attachment.
public struct HalfYearWriting: Sendable {
    public var facts: HalfYearFacts
    public var narrative: HalfYearNarrative
    public var letterhead: Letterhead
    public var planTitle: String

    public init(facts: HalfYearFacts, narrative: HalfYearNarrative, letterhead: Letterhead, planTitle: String) {
        self.facts = facts
        self.narrative = narrative
        self.letterhead = letterhead
        self.planTitle = planTitle
    }

    public var title: String {
        "关于\(facts.year)年上半年\(BulletinWriting.topic(of: planTitle))情况的小结"
    }

    public func text(number: String?, date: Day) -> OfficialText {
        let paragraphs = OfficialText.paragraphs
        var body = paragraphs(narrative.opening)
        body.append(.heading(level: 1, text: "一、总体情况"))
        body += paragraphs(narrative.overall)
        let statuses = ProjectStatus.reportOrder
        body.append(.chart(DocumentChart(
            kind: .bars, title: "上半年改革项目进展状态（个）", categories: statuses.map(\.chineseName),
            series: [.init(name: "项目数", values: statuses.map { Double(facts.statusCounts[$0]) })], unit: "个")))
        body.append(.heading(level: 1, text: "二、各项目进展情况"))
        for (index, line) in facts.projects.enumerated() {
            body.append(.heading(level: 2, text: "（\(ChineseNumber.text(index + 1))）\(line.title)"))
            body.append(.paragraph("责任单位：\(line.units.joined(separator: "、"))；"
                + "进展状态：\(line.status.chineseName)" + (line.completion.map { "，报送完成\($0)%" } ?? "") + "。"))
            body += paragraphs(narrative.text(of: line.number))
            if !line.phasesDone.isEmpty {
                body.append(.paragraph("已完成的实施步骤：" + line.phasesDone.joined(separator: "、") + "。"))
            }
            if !line.phasesMissed.isEmpty {
                body.append(.paragraph("到期未完成的实施步骤：" + line.phasesMissed.joined(separator: "、") + "。"))
            }
            for indicator in line.indicators { body.append(.paragraph(indicator + "。")) }
        }
        body.append(.heading(level: 1, text: "三、存在的问题"))
        body += paragraphs(narrative.problems.isEmpty ? "各单位上半年报送中未反映突出问题。" : narrative.problems)
        body.append(.heading(level: 1, text: "四、下半年工作安排"))
        body += paragraphs(narrative.nextHalf)
        let table = DocumentTable(
            title: "\(facts.year)年上半年各改革项目进展情况表",
            columns: ["序号", "改革项目", "责任单位", "第一责任人", "报送完成", "状态", "已完成步骤", "到期未完成步骤"],
            rows: facts.projects.map { line in
                [String(line.number), line.title, line.units.joined(separator: "、"), line.firstResponsible ?? "",
                 line.completion.map { "\($0)%" } ?? "未报送", line.status.chineseName,
                 line.phasesDone.joined(separator: "、"), line.phasesMissed.joined(separator: "、")]
            }, widths: [2, 8, 5, 3, 3, 3, 6, 6])
        return OfficialText(
            organ: letterhead.organ, number: number, title: title, addressees: letterhead.addressees, body: body,
            attachments: [.init(title: table.title, body: [.table(table)])], signature: letterhead.signature,
            date: date, copiedTo: letterhead.copiedTo, printedBy: letterhead.printedBy, printedOn: date)
    }
}
