/// A whole plan as imported or loaded: the notice and everything in it. This is
/// the one shape shared by the importer's output, plan files (YAML and JSON) and
/// the store, so the top-level keys are those of the plan-file format.
public struct Plan: Hashable, Sendable, Codable {
    public var notice: Notice
    public var projects: [Project]
    public var tasks: [Task]
    public var indicators: [Indicator]
    public var phases: [Phase]
    public var units: [Unit]
    public var people: [Person]
    public var findings: [Finding]

    public init(notice: Notice, projects: [Project] = [], tasks: [Task] = [], indicators: [Indicator] = [],
                phases: [Phase] = [], units: [Unit] = [], people: [Person] = [], findings: [Finding] = []) {
        self.notice = notice
        self.projects = projects
        self.tasks = tasks
        self.indicators = indicators
        self.phases = phases
        self.units = units
        self.people = people
        self.findings = findings
    }

    /// Identifies a plan across loads: the same issuer's plan of the same title is
    /// the same plan, so loading it again updates it instead of adding a copy.
    public var key: String {
        "\(notice.issuer ?? "")/\(notice.title)"
    }

    /// The year the plan is for, in which its phases' months fall: the
    /// notice's `year` when given (the importer and plan files set it);
    /// otherwise the first "YYYY年" in the plan's or the notice's title
    /// (2019年武汉市民政改革工作实施方案), since a plan for next year is often
    /// issued in December; otherwise the year of issue. nil when none is known.
    public var year: Int? {
        notice.year
            ?? Plan.yearNamed(in: notice.title)
            ?? notice.noticeTitle.flatMap(Plan.yearNamed(in:))
            ?? notice.issuedDate?.year
    }

    /// The first four ASCII digits followed by 年 and not preceded by a digit.
    static func yearNamed(in title: String) -> Int? {
        let s = Array(title.unicodeScalars)
        func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }
        guard s.count >= 5 else { return nil }
        for i in 0...(s.count - 5) where s[i + 4] == "年" && (i == 0 || !isDigit(s[i - 1])) {
            let digits = s[i..<(i + 4)]
            guard digits.allSatisfy(isDigit) else { continue }
            let year = digits.reduce(0) { $0 * 10 + Int($1.value) - 48 }
            if (1950...2100).contains(year) { return year }
        }
        return nil
    }

    public func project(_ number: Int) -> Project? {
        projects.first { $0.number == number }
    }

    /// The units that report monthly: every unit answering for a project, once,
    /// in plan order. Bulletins name them, the assessment ranks them.
    public var reportingUnits: [String] {
        var seen = Set<String>()
        return projects.flatMap(\.responsibility.answeringUnits).filter { seen.insert($0).inserted }
    }

    /// Every unit named on a responsibility chain (responsible, supporting,
    /// lead; projects, then tasks), once, in the order first named: who can be
    /// asked to answer, whether or not the directory lists them.
    public var unitsOnResponsibilityChains: [String] {
        var seen = Set<String>()
        var names: [String] = []
        for r in projects.map(\.responsibility) + tasks.compactMap(\.responsibility) {
            for name in r.responsibleUnits + r.supportingUnits + r.leadUnits where seen.insert(name).inserted {
                names.append(name)
            }
        }
        return names
    }

    public func phases(of project: Int) -> [Phase] {
        phases.filter { $0.project == project }
    }

    /// The first month a report was owed in `year`: the notice's month when it
    /// was issued that year, else January.
    public func firstReportMonth(year: Int) -> ReportMonth {
        if let issued = notice.issuedDate, issued.year == year { return ReportMonth(issued) }
        return ReportMonth(year: year, month: 1)
    }

    /// The projects `unit` answers for (see `Responsibility.answeringUnits`),
    /// in plan order: the sections of the unit's monthly report.
    public func projects(answeredBy unit: String) -> [Project] {
        projects.filter { $0.responsibility.answeringUnits.contains(unit) }
    }

    enum CodingKeys: String, CodingKey {
        case notice = "plan"
        case projects, tasks, indicators, phases, units, people, findings
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        notice = try c.decode(Notice.self, forKey: .notice)
        projects = try c.decodeIfPresent([Project].self, forKey: .projects) ?? []
        tasks = try c.decodeIfPresent([Task].self, forKey: .tasks) ?? []
        indicators = try c.decodeIfPresent([Indicator].self, forKey: .indicators) ?? []
        phases = try c.decodeIfPresent([Phase].self, forKey: .phases) ?? []
        units = try c.decodeIfPresent([Unit].self, forKey: .units) ?? []
        people = try c.decodeIfPresent([Person].self, forKey: .people) ?? []
        findings = try c.decodeIfPresent([Finding].self, forKey: .findings) ?? []
    }
}
