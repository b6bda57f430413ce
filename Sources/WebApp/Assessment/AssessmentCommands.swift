import Foundation
import NoticeImport
import PlanStore
import ReformPlan

/// The year-end assessment for the command line (`luoshi assess …`): the
/// same desk as the pages, so the scores printed are the scores shown.
public enum AssessmentCommands {
    static func desk(_ store: PlanStore) async throws -> AssessmentDesk {
        let plans = PlanCache(store: store)
        guard let current = try await plans.current() else {
            throw DocumentCommands.Failure(description: "库中还没有实施方案，请先 luoshi load。 (No plan is loaded.)")
        }
        let thresholds = Services.thresholds(StatusThresholds(), stored: try await plans.settings())
        return AssessmentDesk(store: store, plans: plans, current: current, thresholds: thresholds)
    }

    /// The ranking of each group as tab-separated lines (名次, 单位, each item, 调整, 总分); with
    /// `unit`, that unit's items with their explanations and records instead.
    public static func score(store: PlanStore, asOf: Day, unit: String?) async throws -> [String] {
        let desk = try await desk(store)
        let (scheme, stored) = try await desk.scheme()
        let result = try await desk.result(scheme: scheme, asOf: asOf)
        var lines = ["\(scheme.name) 第\(stored?.version ?? scheme.version)版\(stored == nil ? "（标准方案）" : "")，统计截至\(asOf.chineseName)"]
        if let unit {
            guard let entry = result.entry(for: unit) else {
                throw DocumentCommands.Failure(description: "没有“\(unit)”的考核得分；单位名称见 luoshi assess score。 (No such unit.)")
            }
            lines.append("\(unit)：第\(entry.rank)名，总分\(entry.score.totalText)")
            for item in entry.score.items {
                lines.append("  \(item.name) \(AssessmentPoints.text(item.points))/\(AssessmentPoints.text(item.maximum))：\(item.explanation)")
                for use in item.evidence { lines.append("    [\(use.standing.chineseName)] \(use.record.chineseName) \(use.note)") }
            }
            for a in entry.score.adjustments { lines.append("  调整 \(AssessmentPoints.signedText(a.points))：\(a.reason)（\(a.by)）") }
            return lines
        }
        for kind in AssessmentEvidence.UnitKind.allCases {
            let ranking = result.ranking(of: kind)
            guard !ranking.isEmpty else { continue }
            lines.append("\n\(kind.chineseName)")
            lines.append((["名次", "单位"] + scheme.items.map(\.name) + ["调整", "总分"]).joined(separator: "\t"))
            for entry in ranking {
                let s = entry.score
                lines.append(([String(entry.rank), s.unit] + scheme.items.map { s.item($0.key).map { AssessmentPoints.text($0.points) } ?? "" }
                    + [AssessmentPoints.signedText(s.adjustments.map(\.points).reduce(0, +)), s.totalText]).joined(separator: "\t"))
            }
        }
        return lines
    }

    /// The scheme in force as its file.
    public static func schemeFile(store: PlanStore) async throws -> String {
        try AssessmentSchemeFile.yaml(try await desk(store).scheme().scheme)
    }

    /// Adopts a scheme file as the next version; refused whole with every problem by line and field.
    public static func adopt(store: PlanStore, yaml: String, note: String, by actor: String) async throws -> Int {
        let problems = AssessmentSchemeFile.problems(of: yaml)
        guard problems.isEmpty else {
            throw DocumentCommands.Failure(description: "方案文件有\(problems.count)处错误，未采用 (not adopted):\n"
                                           + problems.map { "  \($0)" }.joined(separator: "\n"))
        }
        let desk = try await desk(store)
        return try await store.adoptAssessmentScheme(planID: desk.current.id, yaml: yaml, note: note, by: actor, at: Date())
    }

    /// What changing items' weights (`key=number`; points per event for a bonus
    /// or deduction) would do: one sentence per unit that moves.
    public static func whatIf(store: PlanStore, asOf: Day, settings: [String]) async throws -> [String] {
        let desk = try await desk(store)
        let (scheme, _) = try await desk.scheme()
        var proposed = scheme
        for setting in settings {
            let parts = setting.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let value = Double(parts[1]), value.isFinite,
                  let figure = scheme.naturalFigure(of: parts[0]), let changed = proposed.changing(parts[0], figure, to: value) else {
                throw DocumentCommands.Failure(description: "“\(setting)”应写成 项目键=数字，项目键为 "
                    + scheme.items.map(\.key).joined(separator: "、") + "。 (Use key=number.)")
            }
            proposed = changed
        }
        if let problem = proposed.problems.first(where: { $0.severity == .error }) {
            throw DocumentCommands.Failure(description: "\(problem.path)：\(problem.message)")
        }
        let comparison = AssessmentComparison(current: try await desk.result(scheme: scheme, asOf: asOf),
                                              proposed: try await desk.result(scheme: proposed, asOf: asOf))
        return comparison.moves.isEmpty ? ["名次没有变化。 (Nobody moves.)"] : comparison.moves.map(\.sentence)
    }
}
