import ReformPlan

/// A plan shaped like the Wuhan bureau's 2019 reform plan: 16 projects in three
/// categories, responsibility chains over bureau offices, a city project led by
/// another agency, phases with months and one with only a condition, and
/// indicators such as 社会化运营率70%以上. Built in code so each test can vary it.
enum SamplePlan {
    static let offices = ["养老服务处", "社会救助处", "社会组织管理局", "区划地名处", "社会事务处", "儿童福利处",
                          "基层政权和社区建设处", "慈善事业促进和社会工作处"]

    static func make(title: String = "2019年武汉市民政改革工作实施方案") -> Plan {
        let notice = Notice(
            title: title, noticeTitle: "市民政局关于印发《\(title)》的通知", documentNumber: nil, year: 2019,
            issuer: "武汉市民政局", issuedDate: Day(year: 2019, month: 5, day: 16), publishedDate: nil,
            addressees: ["各区民政局", "各功能区社会发展局", "局机关各处室", "局直属各单位"],
            references: [DocumentReference(title: "关于印发《2019年全市改革工作要点》的通知", number: "武改委发〔2019〕1号"),
                         DocumentReference(title: nil, number: "")],
            attachments: ["2019年市民政局改革要点责任分解表.docx"],
            supervisingUnit: "局规划发展处",
            leaders: [NamedLeader(name: "李国汉", title: "局长", role: "组长"), NamedLeader(name: "王副", title: "副局长")],
            contacts: [Contact(unit: "政策法规处", person: "张联络", phone: "027-85000000", email: nil,
                               purpose: "宣传稿件报送局政策法规处")],
            supervisionSchedule: [
                SupervisionActivity(cadence: .monthly, activity: "通报", text: "每月通报"),
                SupervisionActivity(cadence: .quarterly, activity: "调度", text: "季度调度"),
                SupervisionActivity(cadence: .halfYear, activity: "小结", text: "半年小结"),
                SupervisionActivity(cadence: .yearEnd, activity: "考核", text: "年底考核"),
            ],
            sections: [Section(number: 1, heading: "总体思路", text: "以习近平新时代中国特色社会主义思想为指导……"),
                       Section(number: 3, heading: "改革项目和责任分解", text: "")],
            sourceText: "市民政局关于印发《\(title)》的通知\n各区民政局：\n……")
        let categories: [ProjectCategory] = Array(repeating: .lead, count: 5) + Array(repeating: .participating, count: 4)
            + Array(repeating: .own, count: 7)
        let projects = (1...16).map { n in
            let office = offices[(n - 1) % offices.count], category = categories[n - 1]
            return Project(
                number: n, title: "改革项目\(n)：深化\(office.dropLast())改革",
                description: n == 2 ? "" : n % 3 == 0 ? "完善\(office)工作机制，提升服务水平。" : nil,
                category: category, group: category.chineseName,
                responsibility: Responsibility(
                    firstResponsible: "局长李国汉", leaderInCharge: n <= 8 ? "副局长王副" : "副局长赵副",
                    responsibleUnits: n == 4 ? [office, "规划发展处"] : [office],
                    supportingUnits: n == 5 ? ["市低保中心", "各区民政局"] : [],
                    contactPhone: n == 1 ? "85000001" : nil,
                    leadAgency: category == .participating ? "市发改委、市财政局" : nil),
                deadline: n == 1 ? Deadline(date: Day(year: 2019, month: 12, day: 31), text: "年底前", kind: .date)
                    : n == 7 ? Deadline(text: "长期坚持", kind: .ongoing) : nil,
                line: 40 + n * 3)
        }
        let tasks = [
            Task(number: 1, title: "推进养老服务社会化", projects: [1, 2], deadline: nil, line: 100),
            Task(number: 2, title: "加强社区建设", description: "每个城市社区拥有10个社会组织", projects: [7, 99],
                 responsibility: Responsibility(leaderInCharge: "副局长王副", responsibleUnits: ["基层政权和社区建设处"],
                                                supportingUnits: ["各区民政局"])),
            Task(number: 3, title: "培育社会组织", responsibility: Responsibility()),
        ]
        let indicators = [
            Indicator(name: "社区养老服务设施社会化运营率", measure: "%", comparator: .atLeast, target: 70,
                      sentence: "社会化运营率70%以上", project: 1, task: 1, line: 101),
            Indicator(name: "新建社区老年人服务中心", measure: "个", comparator: .atLeast, target: 100,
                      sentence: "新建社区老年人服务中心(站)100个", project: 1, line: 102),
            Indicator(name: "有效应答街道", measure: "%", comparator: .atLeast, target: 60, scope: "中心城区街道",
                      sentence: "有效应答街道60%以上", project: 7),
            Indicator(name: "孵化基地", measure: "个", comparator: .between, target: 1, targetUpper: 2,
                      sentence: "建设1到2个孵化基地", task: 3),
            Indicator(name: "覆盖率", measure: "%", comparator: .about, target: 0.1, sentence: "约0.1%"),
        ]
        let phases = [
            Phase(project: 1, stream: 1, streamTitle: "养老服务改革", order: 1, title: "签约部署", startMonth: 1,
                  endMonth: 3, timing: "1-3月", deliverables: ["制定方案", "签订责任书"], line: 200),
            Phase(project: 1, stream: 1, streamTitle: "养老服务改革", order: 2, title: "全面推进", startMonth: 4,
                  endMonth: 10, timing: "4-10月", deliverables: ["新建中心100个"]),
            Phase(project: 1, stream: 1, streamTitle: "养老服务改革", order: 3, title: "总结验收", endMonth: 11,
                  timing: "11月前"),
            Phase(project: 7, stream: 2, order: 1, title: "同步推进",
                  condition: "与全市“民呼我应”改革工作同步推进"),
            Phase(project: nil, stream: 3, streamTitle: "全局", order: 1, title: "年底考核", startMonth: 12, endMonth: 12,
                  timing: "12月", deliverables: [""]),
        ]
        let units = [Unit(name: "武汉市民政局", kind: .bureau)] + offices.map { Unit(name: $0, kind: .bureauOffice) }
            + [Unit(name: "市低保中心", kind: .affiliatedUnit), Unit(name: "各区民政局", kind: .collective),
               Unit(name: "市发改委", kind: .externalAgency)]
        let people = [Person(name: "李国汉", title: "局长"), Person(name: "王副", title: "副局长"), Person(name: "赵副")]
        let findings = [Finding(line: 3, column: 1, severity: .info, message: "跳过网页导航"),
                        Finding(line: 88, column: 5, message: "“以上5项”只列出4项")]
        return Plan(notice: notice, projects: projects, tasks: tasks, indicators: indicators, phases: phases,
                    units: units, people: people, findings: findings)
    }
}
