import ReformPlan

/// A plan shaped like the Wuhan civil-affairs bureau's 2019 reform plan: 16
/// projects in three categories of 4, 7 and 5, their responsibility chains,
/// the steps of projects 1–4 (one step timed only by a condition), and one
/// title with characters that every format has to escape.
enum WuhanPlan {
    static let escapingTitle = #"推进困难群众"救急难"综合试点（A&B类<示范>）"#

    static var plan: Plan {
        Plan(notice: notice, projects: projects, phases: phases)
    }

    static let notice = Notice(
        title: "2019年武汉市民政改革工作实施方案",
        noticeTitle: "市民政局关于印发《2019年武汉市民政改革工作实施方案》的通知",
        year: 2019, issuer: "武汉市民政局", issuedDate: Day(year: 2019, month: 5, day: 16),
        addressees: ["各区民政局", "各功能区社会发展局（城乡工作处）", "局机关各处室", "局直属各单位"],
        attachments: ["2019年市民政局改革要点责任分解表.docx"])

    static func chain(_ leader: String, _ units: [String], _ phone: String, lead: String? = nil) -> Responsibility {
        Responsibility(firstResponsible: "李国汉", leaderInCharge: leader, responsibleUnits: units,
                       contactPhone: phone, leadAgency: lead)
    }

    static let elderly = ["养老服务处"], community = ["基层政权建设和社区治理处"]
    static let organisations = ["社会组织管理和党建工作处"], relief = ["社会救助处", "市低保中心"]
    static let names = ["区划地名处"], affairs = ["社会事务处"]

    static let projects: [Project] = [
        Project(number: 1, title: "深化全国养老服务业综合改革试点，集成创新“智慧居家养老”新模式", category: .lead,
                responsibility: chain("张明武", elderly, "85736256")),
        Project(number: 2, title: "建立完善社区工作者保障机制", category: .lead,
                responsibility: chain("孙家同", community, "85750446")),
        Project(number: 3, title: "加大社会组织培育孵化力度，推动社会组织在基层社会治理中发挥积极作用", category: .lead,
                responsibility: chain("彭莉莉", organisations, "85736235")),
        Project(number: 4, title: "探索完善支出型贫困家庭及贫困边缘人口的救助制度", category: .lead,
                responsibility: chain("张明武", relief, "85736109")),
        Project(number: 5, title: "推进“民有所呼、我必有应”改革", category: .participating,
                responsibility: chain("孙家同", community, "85750446", lead: "市委办公厅")),
        Project(number: 6, title: "完善以中小学校为主渠道的课后托管机制", category: .participating,
                responsibility: chain("孙家同", community, "85750446", lead: "市教育局")),
        Project(number: 7, title: "深化拓展“红色引擎工程”，深化党建引领城市基层治理创新", category: .participating,
                responsibility: chain("孙家同", community, "85750446", lead: "市委组织部")),
        Project(number: 8, title: "完善支持长江新城起步区高质量建设的体制机制", category: .participating,
                responsibility: chain("孙家同", names, "85736027", lead: "长江新城管委会")),
        Project(number: 9, title: "深化民办教育管理改革", category: .participating,
                responsibility: chain("彭莉莉", organisations, "85736235", lead: "市教育局")),
        Project(number: 10, title: "完善家庭医生服务制度", category: .participating,
                responsibility: chain("张明武", elderly, "85736256", lead: "市卫健委")),
        Project(number: 11, title: "建立符合特大城市要求的应急管理体系和指挥信息平台", category: .participating,
                responsibility: chain("张明武", ["社会救助处"], "85736109", lead: "市应急管理局")),
        Project(number: 12, title: "开展养老机构服务质量提升专项行动", category: .own,
                responsibility: chain("张明武", elderly, "85736256")),
        Project(number: 13, title: "深化婚姻登记改革试点", category: .own,
                responsibility: chain("孙家同", affairs, "85765674"),
                deadline: Deadline(date: Day(year: 2019, month: 12, day: 31), text: "2019年12月底前", kind: .date)),
        Project(number: 14, title: "持续推进全市地名标识标牌清理整治工作", category: .own,
                responsibility: chain("孙家同", names, "85736027"),
                deadline: Deadline(text: "长期坚持", kind: .ongoing)),
        Project(number: 15, title: "统筹城乡特困人员救助供养", category: .own,
                responsibility: chain("张明武", relief, "85736109")),
        Project(number: 16, title: escapingTitle, category: .own,
                responsibility: Responsibility(firstResponsible: "李国汉", leaderInCharge: "张明武",
                                               responsibleUnits: relief, supportingUnits: ["市财政局", "市卫健委"],
                                               contactPhone: "85736109")),
    ]

    static func steps(_ project: Int, _ title: String, _ items: [(String, Int?, Int?)]) -> [Phase] {
        items.enumerated().map { index, item in
            Phase(project: project, stream: project, streamTitle: title, order: index + 1, title: item.0,
                  startMonth: item.1, endMonth: item.2)
        }
    }

    static let condition = "与全市“民呼我应”改革工作同步推进"

    static let phases: [Phase] =
        steps(1, "养老服务改革", [("签约部署", 1, 3), ("组织推进", 4, 6), ("加强指导", 7, 9), ("检查验收", 10, 12)])
        + steps(2, "建立完善社区工作者保障机制", [("走访调研", 1, 2), ("起草文件", 3, 3), ("组织风险评估", 4, 6)])
        + [Phase(project: 2, stream: 2, order: 4, title: "出台文件", condition: condition, timing: condition)]
        + steps(3, "大力培育发展社会组织", [("开展政府购买服务项目", 4, 11), ("组织实施公益创投大赛", 5, 8),
                                       ("建设区级孵化基地", nil, 11), ("实施社区治理创新助力计划", nil, 12)])
        + steps(4, "制定支出型贫困救助制度", [("广泛调研", 1, 3), ("形成初稿", 4, 4), ("风险评估", 5, 6),
                                         ("专家论证", 7, 9), ("推动出台", 10, 11)])
}
