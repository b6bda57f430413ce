/// The half-year summary (半年小结): per project, what the accepted reports of
/// January to June say — progress, phases completed, indicators, problems and
/// next steps — as of 30 June. Only accepted reports: a summary the bureau
/// files should rest on what the supervising office has checked.
public struct HalfYearFacts: Codable, Hashable, Sendable {
    public var year: Int
    public var asOf: Day
    public var statusCounts: BulletinFacts.StatusCounts
    public var projects: [ProjectHalf]

    public struct ProjectHalf: Codable, Hashable, Sendable {
        public var number: Int
        public var title: String
        public var units: [String]
        public var firstResponsible: String?
        public var status: ProjectStatus
        public var completion: Int?
        public var phasesDone: [String]
        /// Phases due by June and not done by then.
        public var phasesMissed: [String]
        public var indicators: [String]
        /// Each answering unit's latest accepted words, "单位：…".
        public var progress: [String]
        public var problems: [String]
        public var nextSteps: [String]
    }

    /// `year` is the plan's year (the caller's fallback for a plan that names none).
    public static func compile(plan: Plan, year: Int, reports: [ProgressReport], indicators: [IndicatorStanding],
                               thresholds: StatusThresholds = StatusThresholds()) -> HalfYearFacts {
        let asOf = Day(year: year, month: 6, day: 30)
        let accepted = reports.filter { $0.state == .accepted && $0.month.year == year && $0.month.month <= 6 }
        let projects = plan.projects.map { project in
            let phases = plan.phases(of: project.number)
            let assessment = ProjectStatus.of(project: project, phases: phases, planYear: year, reports: accepted,
                                              thresholds: thresholds, asOf: asOf)
            func status(_ phase: Phase) -> PhaseStatus {
                PhaseStatus.of(phase, planYear: year, reports: accepted, asOf: asOf)
            }
            // Each unit's latest accepted section on the project.
            let latest = project.responsibility.answeringUnits.compactMap { unit in
                accepted.filter { $0.unit == unit }.sorted { $0.month > $1.month }.lazy
                    .compactMap { report in report.section(for: project.number).map { (unit, $0) } }.first
            }
            func said(_ text: KeyPath<ProjectProgress, String>) -> [String] {
                latest.compactMap { unit, section in
                    let words = section[keyPath: text].trimmingCharacters(in: .whitespacesAndNewlines)
                    return words.isEmpty ? nil : "\(unit)：\(words)"
                }
            }
            return ProjectHalf(
                number: project.number, title: project.title, units: project.responsibility.answeringUnits,
                firstResponsible: project.responsibility.firstResponsible, status: assessment.status,
                completion: assessment.reportedCompletion,
                phasesDone: phases.filter { status($0).isDone }.map(\.title),
                phasesMissed: phases.filter { status($0) == .overdue }.map(\.title),
                indicators: indicators.filter { $0.project == project.number }.map {
                    "\($0.name)：目标\($0.targetText)，目前\($0.valueText)"
                },
                progress: said(\.progress), problems: said(\.problems), nextSteps: said(\.nextSteps))
        }
        return HalfYearFacts(year: year, asOf: asOf, statusCounts: .init(projects.map(\.status)), projects: projects)
    }
}

/// The summary's words, drafted from the facts and edited by the supervisor:
/// an opening, the overall judgement, one passage per project, and the plan
/// for the second half.
public struct HalfYearNarrative: Codable, Hashable, Sendable {
    public struct ProjectText: Codable, Hashable, Sendable {
        public var project: Int
        public var text: String

        public init(project: Int, text: String) {
            self.project = project
            self.text = text
        }
    }

    public var opening: String
    public var overall: String
    public var projects: [ProjectText]
    public var problems: String
    public var nextHalf: String

    public init(opening: String, overall: String, projects: [ProjectText], problems: String, nextHalf: String) {
        self.opening = opening
        self.overall = overall
        self.projects = projects
        self.problems = problems
        self.nextHalf = nextHalf
    }

    public func text(of project: Int) -> String {
        projects.first { $0.project == project }?.text ?? ""
    }

    public static func drafted(from facts: HalfYearFacts, planTitle: String) -> HalfYearNarrative {
        let c = facts.statusCounts
        return HalfYearNarrative(
            opening: "根据《\(planTitle)》“半年小结”的要求，现将\(facts.year)年上半年改革工作情况小结如下。",
            overall: "截至\(facts.asOf.chineseName)，方案所列\(c.total)个改革项目中，已完成\(c.done)个，"
                + "正常推进\(c.onTrack)个，进度滞后\(c.lagging)个，已逾期\(c.overdue)个。",
            projects: facts.projects.map { line in
                ProjectText(project: line.number, text: line.progress.isEmpty
                    ? "上半年尚无经审核的进展报送。" : line.progress.joined(separator: "\n"))
            },
            problems: facts.projects.flatMap(\.problems).prefix(8).joined(separator: "\n"),
            nextHalf: "下半年，各责任单位要对照实施步骤，倒排工期、挂图作战，确保年底前完成全部改革任务。")
    }
}
