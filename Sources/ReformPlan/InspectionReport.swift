/// The report of a special inspection as a 公文 (OfficialText): what was
/// inspected, by whom and when; what was found at each unit; and every
/// rectification item with its owner, deadline and where it stands as of
/// the day — so the report printed at the end shows the items tracked to closure.
public enum InspectionReport {
    public static func text(_ inspection: Inspection, findings: [Inspection.Finding], items: [TrackedAction], plan: Plan,
                            letterhead: Letterhead, today: Day) -> OfficialText {
        let year = inspection.startOn.year
        let short = Letterhead.shortForm(of: plan.notice.issuer ?? "市民政局")
        let projects = plan.projects.filter { inspection.projects.contains($0.number) }
            .map { "项目\($0.number)“\($0.title)”" }
        let units = inspection.unitsInScope(of: plan)
        var body: [OfficialText.Block] = [
            .paragraph("根据《\(plan.notice.title)》“强化专项督查，抓好跟踪督办”的要求，\(inspection.startOn.chineseName)至\(inspection.endOn.chineseName)，"
                + "\(letterhead.organ)组织开展了“\(inspection.theme)”专项督查。现将督查情况报告如下。"),
            .heading(level: 1, text: "一、督查基本情况"),
            .paragraph("督查范围：" + (projects.isEmpty ? "" : projects.joined(separator: "、") + "；") + "涉及\(units.joined(separator: "、"))。"),
            .paragraph("督查组成员：\(inspection.team.joined(separator: "；"))。"),
            .heading(level: 1, text: "二、发现的问题"),
        ]
        if findings.isEmpty { body.append(.paragraph("督查中未发现需要整改的问题。")) }
        for (index, unit) in units.filter({ unit in findings.contains { $0.unit == unit } }).enumerated() {
            body.append(.heading(level: 2, text: "（\(ChineseNumber.text(index + 1))）\(unit)"))
            for finding in findings where finding.unit == unit { body.append(.paragraph(finding.text)) }
        }
        let closed = items.filter { $0.state == .closed }.count
        let overdue = items.filter { $0.isOverdue(asOf: today) }.count
        body.append(.heading(level: 1, text: "三、整改要求和落实情况"))
        body.append(.paragraph("督查共交办整改事项\(items.count)项，截至\(today.chineseName)已销号\(closed)项，"
            + "已报办结待销号\(items.filter { $0.state == .reported }.count)项，办理中\(items.filter { $0.state == .open }.count)项"
            + (overdue > 0 ? "（其中逾期\(overdue)项）" : "") + "。"))
        if !items.isEmpty {
            body.append(.table(DocumentTable(
                title: "整改事项落实情况", columns: ["序号", "责任单位", "整改事项", "完成期限", "状态", "办理情况"],
                rows: items.enumerated().map { n, item in
                    [String(n + 1), item.unit, item.title, item.due.description,
                     item.isOverdue(asOf: today) ? "逾期" : item.state.chineseName, item.evidence ?? ""]
                }, widths: [12, 22, 34, 28, 20, 28])))
        }
        body.append(.heading(level: 1, text: "四、下一步工作"))
        body.append(.paragraph(overdue > 0 || closed < items.count
            ? "对尚未销号的整改事项继续跟踪督办，逾期未整改的按照跟踪督办程序予以催办、约谈，直至提请追究责任。"
            : "整改事项已全部销号。督查中发现的共性问题纳入下一阶段改革工作统筹推进。"))
        return OfficialText(organ: letterhead.organ, number: "\(short)督〔\(year)〕\(inspection.id ?? 0)号",
                            title: "关于\(inspection.theme)专项督查情况的报告", addressees: ["局党组"], body: body,
                            signature: letterhead.signature, date: today, copiedTo: letterhead.copiedTo,
                            printedBy: letterhead.printedBy, printedOn: today)
    }
}
