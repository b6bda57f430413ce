import ReformPlan

/// A monthly bulletin shaped like those the supervising office issues: four
/// heading levels, paragraphs long enough to fill pages, the sixteen projects
/// as a table, a stacked bar chart of statuses per district, a line chart of
/// on-time reporting, two attachments with tables (the first with a bar
/// chart against targets), 抄送 and 附注.
enum Bulletin {
    static let districts = ["江岸区", "江汉区", "硚口区", "汉阳区", "武昌区", "青山区", "洪山区",
                            "东西湖区", "汉南区", "蔡甸区", "江夏区", "黄陂区", "新洲区"]

    static let projectRows: [[String]] = WuhanPlan.projects.map { project in
        let done = [1, 2, 4, 7, 12, 13].contains(project.number)
        return ["\(project.number)", project.title, project.responsibility.responsibleUnits.joined(separator: "、"),
                done ? "已完成" : project.number % 5 == 0 ? "滞后" : "推进中", "\(40 + project.number * 3)"]
    }

    static let projectTable = DocumentTable(
        title: "表1　2019年9月改革项目推进情况", columns: ["序号", "改革项目", "责任处室", "状态", "完成率（%）"],
        rows: projectRows, widths: [8, 46, 22, 12, 14], note: "注：完成率为各项目实施步骤按期完成的比例。")

    static let statusChart = DocumentChart(
        kind: .stacked, title: "图1　各区改革任务推进状态", categories: districts,
        series: [DocumentChart.Series(name: "已完成", values: districts.indices.map { Double(3 + $0 % 4) }),
                 DocumentChart.Series(name: "推进中", values: districts.indices.map { Double(4 - $0 % 3) }),
                 DocumentChart.Series(name: "滞后", values: districts.indices.map { Double($0 % 2) })],
        unit: "项")

    static let reportingChart = DocumentChart(
        kind: .line, title: "图2　2019年1—9月按时报送率", categories: (1...9).map { "\($0)月" },
        series: [DocumentChart.Series(name: "按时报送率", values: [78, 82.5, 85, 90, nil, 88, 93, 95, 96.5])],
        targets: Array(repeating: 95, count: 9), unit: "%")

    static let paragraph = "各区、各单位按照《2019年武汉市民政改革工作实施方案》要求，对照责任分解表逐项推进，"
        + "建立月报送、季调度、半年小结工作机制，改革工作总体进展顺利，部分项目取得阶段性成效。"

    static let districtTable = DocumentTable(
        title: "各区社区工作者配备情况", columns: ["区", "社区数", "已配备", "缺口", "配备率（%）"],
        rows: districts.enumerated().map { i, d in [d, "\(100 + i * 7)", "\(90 + i * 6)", "\(10 + i)", "\(88 + i % 9)"] })

    static let staffingChart = DocumentChart(
        kind: .bars, title: "图3　各区社区工作者配备率", categories: Array(districts.prefix(7)),
        series: [DocumentChart.Series(name: "配备率", values: (0..<7).map { Double(88 + $0 % 9) })],
        targets: Array(repeating: 90, count: 7), unit: "%")

    static let scheduleTable = DocumentTable(
        title: "第四季度重点工作安排", columns: ["序号", "工作内容", "责任单位", "完成时限"],
        rows: (1...6).map { ["\($0)", "推进第\($0)项重点改革任务并报送阶段性成果", "相关责任处室", "2019年\(9 + ($0 + 1) / 2)月底前"] },
        widths: [8, 52, 24, 20])

    static let text = OfficialText(
        organ: "武汉市民政局改革工作领导小组办公室", number: "武民改办通报〔2019〕7号",
        title: "关于2019年9月全市民政改革工作进展情况的通报",
        addressees: ["各区民政局", "各功能区社会发展局", "局机关各处室", "局直属各单位"],
        body: [
            .paragraph("为深入贯彻落实市委、市政府关于全面深化改革的部署，推动2019年民政改革工作落地见效，现将9月全市民政改革工作进展情况通报如下。"),
            .heading(level: 1, text: "一、总体进展情况"),
            .paragraph(paragraph),
            .heading(level: 2, text: "（一）改革项目推进情况"),
            .paragraph(paragraph + paragraph),
            .heading(level: 3, text: "1. 牵头改革项目"),
            .paragraph(paragraph),
            .heading(level: 4, text: "（1）养老服务改革"),
            .paragraph(paragraph),
            .table(projectTable),
            .heading(level: 2, text: "（二）各区推进情况"),
            .chart(statusChart),
            .paragraph(paragraph),
            .chart(reportingChart),
            .heading(level: 1, text: "二、下一步工作要求"),
            .paragraph(paragraph + paragraph + paragraph),
        ],
        attachments: [
            OfficialText.Attachment(title: "2019年9月各区社区工作者配备情况", body: [.table(districtTable), .chart(staffingChart)]),
            OfficialText.Attachment(title: "2019年第四季度民政改革重点工作安排",
                                    body: [.paragraph("各责任单位按以下安排推进第四季度重点工作。"), .table(scheduleTable)]),
        ],
        signature: "武汉市民政局改革工作领导小组办公室", date: Day(year: 2019, month: 10, day: 8),
        note: "联系人：王晓明，电话：85736027",
        copiedTo: ["市委改革办", "市政府办公厅", "各区人民政府"],
        printedBy: "武汉市民政局办公室", printedOn: Day(year: 2019, month: 10, day: 8))
}
