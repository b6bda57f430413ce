extension ProjectAssessment {
    /// The reasons for the status, most telling first: what decided it, then
    /// the phases that need attention, then whose report set the completion.
    func explanation(phases: [Phase], thresholds: StatusThresholds) -> [String] {
        let expected = Self.percent(expectedCompletion)
        let reported = reportedCompletion.map { "报送完成度\($0)%" } ?? "尚无报送"
        // Overdue phases first, then those due now, then those finished late.
        let phaseReasons = [PhaseStatus.overdue, .dueThisMonth, .doneLate].flatMap { wanted in
            phases.filter { phaseStatuses[PhaseKey($0)] == wanted }.map { phase in
                "阶段“\(phase.title)”\(wanted.chineseName)" + (phase.dueMonth.map { "（\($0)月底前）" } ?? "")
            }
        }
        var reasons: [String]
        switch status {
        case .done:
            reasons = [phases.isEmpty ? reported : "全部\(phases.count)个阶段已完成"] + phaseReasons
        case .overdue where phases.isEmpty:
            reasons = ["已过完成时限（\(due.chineseName)），\(reported)"]
        case .overdue:
            // An overdue phase decided it, so the phases come first.
            reasons = phaseReasons + ["\(reported)，时间进度\(expected)%"]
        case .lagging:
            let behind = reportedCompletion == nil ? "时间进度" : "落后时间进度"
            reasons = ["\(reported)，\(behind)\(expected)%超过\(thresholds.lagMargin)个百分点"] + phaseReasons
        case .notStarted:
            reasons = ["计划于\(start.chineseName)启动"] + phaseReasons
        case .onTrack:
            reasons = ["\(reported)，时间进度\(expected)%"] + phaseReasons
        }
        if units.count > 1, let completion = reportedCompletion,
           let slowest = units.first(where: { $0.completion == completion }) {
            reasons.append("按最慢的责任单位计：\(slowest.unit)\(completion)%")
        }
        let silent = units.filter { $0.completion == nil }.map(\.unit)
        if reportedCompletion != nil, !silent.isEmpty {
            reasons.append("未报送的责任单位按0%计：\(silent.joined(separator: "、"))")
        }
        return reasons
    }

    /// A share in percent to one decimal, without a trailing ".0": "49.9", "100".
    /// One decimal, so that a share just past the margin does not read as equal to it.
    public static func percent(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
    }
}
