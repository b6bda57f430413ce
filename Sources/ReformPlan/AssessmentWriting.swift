/// Writes the year-end assessment result as an official document: how it
/// was scored, the ranking of each group of units, the objection window,
/// and every unit's itemised score as an attachment.
public struct AssessmentWriting: Sendable {
    public var result: AssessmentResult
    public var letterhead: Letterhead
    public var planTitle: String

    public init(result: AssessmentResult, letterhead: Letterhead, planTitle: String) {
        self.result = result
        self.letterhead = letterhead
        self.planTitle = planTitle
    }

    public var title: String {
        "关于\(result.scheme.year)年度\(BulletinWriting.topic(of: planTitle))考核结果的通报"
    }

    public func text(number: String?, date: Day) -> OfficialText {
        let scheme = result.scheme
        let items = scheme.items.map { item -> String in
            item.rule.group == .base ? "\(item.name)\(AssessmentPoints.text(item.weight))分"
                : "\(item.name)（\(item.rule.group.chineseName)，上限\(AssessmentPoints.text(item.cap ?? 0))分）"
        }
        var body: [OfficialText.Block] = [
            .paragraph("根据《\(planTitle)》“把完成改革任务作为年度目标责任考核的一项重要内容”的要求，"
                + "按照《\(scheme.name)》（第\(scheme.version)版），以截至\(result.asOf.chineseName)的报送、实施步骤、指标、督办等数据，"
                + "对各单位改革工作进行了考核。现将结果通报如下。"),
            .heading(level: 1, text: "一、考核内容"),
            .paragraph("考核内容包括：" + items.joined(separator: "；") + "。各项得分的依据见附件。"),
        ]
        var section = 2
        for kind in AssessmentEvidence.UnitKind.allCases {
            let ranking = result.ranking(of: kind)
            guard !ranking.isEmpty else { continue }
            body.append(.heading(level: 1, text: "\(ChineseNumber.text(section))、\(kind.chineseName)考核结果"))
            section += 1
            body.append(.table(DocumentTable(
                title: "\(kind.chineseName)考核得分及排名", columns: ["名次", "单位", "基础分", "加分", "减分", "调整", "总分"],
                rows: ranking.map { entry in
                    let s = entry.score
                    return [String(entry.rank), s.unit, AssessmentPoints.text(s.base), AssessmentPoints.text(s.bonus.points),
                            AssessmentPoints.text(s.deduction.points),
                            AssessmentPoints.signedText(s.adjustments.map(\.points).reduce(0, +)), s.totalText]
                }, widths: [2, 7, 3, 2, 2, 2, 3])))
        }
        body.append(.heading(level: 1, text: "\(ChineseNumber.text(section))、异议"))
        body.append(.paragraph("各单位对本单位得分有异议的，请于\(scheme.objectionDeadline(publishedOn: date).chineseName)前在系统中提出，"
            + "逾期视为无异议。"))
        let itemised = DocumentTable(
            title: "各单位考核得分明细", columns: ["单位"] + scheme.items.map(\.name) + ["调整", "总分"],
            rows: result.entries.map { entry in
                [entry.unit] + scheme.items.map { item in entry.score.item(item.key).map { AssessmentPoints.text($0.points) } ?? "" }
                    + [AssessmentPoints.signedText(entry.score.adjustments.map(\.points).reduce(0, +)), entry.score.totalText]
            })
        return OfficialText(organ: letterhead.organ, number: number, title: title, addressees: letterhead.addressees,
                            body: body, attachments: [.init(title: itemised.title, body: [.table(itemised)])],
                            signature: letterhead.signature, date: date, copiedTo: letterhead.copiedTo,
                            printedBy: letterhead.printedBy, printedOn: date)
    }
}
