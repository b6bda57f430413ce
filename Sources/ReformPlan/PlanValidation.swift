import Foundation

/// Checks a plan as a whole, beyond what its types enforce: numbers unique,
/// references pointing at things that exist, months that are months. Used on
/// plan files before they are loaded, so that an edit mistake is named by its
/// field path instead of surfacing later as a wrong report.
public enum PlanValidation {
    public struct Problem: Hashable, Sendable {
        public var path: String
        public var message: String
    }

    public static func problems(in plan: Plan) -> [Problem] {
        var result: [Problem] = []
        if plan.notice.title.trimmingCharacters(in: .whitespaces).isEmpty {
            result.append(Problem(path: "plan.title", message: "方案标题不能为空。 (The plan needs a title.)"))
        }
        var seen = Set<Int>()
        for (i, p) in plan.projects.enumerated() {
            if !seen.insert(p.number).inserted {
                result.append(Problem(path: "projects[\(i)].number", message: "项目编号\(p.number)重复。 (Duplicate project number.)"))
            }
            if p.title.trimmingCharacters(in: .whitespaces).isEmpty {
                result.append(Problem(path: "projects[\(i)].title", message: "项目标题不能为空。 (A project needs a title.)"))
            }
        }
        let numbers = Set(plan.projects.map(\.number))
        for (i, t) in plan.tasks.enumerated() {
            for (j, n) in t.projects.enumerated() where !numbers.contains(n) {
                result.append(Problem(path: "tasks[\(i)].projects[\(j)]", message: "没有编号为\(n)的项目。 (No project \(n).)"))
            }
        }
        for (i, ind) in plan.indicators.enumerated() {
            if let n = ind.project, !numbers.contains(n) {
                result.append(Problem(path: "indicators[\(i)].project", message: "没有编号为\(n)的项目。 (No project \(n).)"))
            }
            if !ind.target.isFinite || !(ind.targetUpper?.isFinite ?? true) {
                result.append(Problem(path: "indicators[\(i)].target", message: "目标值必须是有限的数。 (A target must be a finite number.)"))
            }
            if ind.comparator == .between, (ind.targetUpper ?? -.infinity) < ind.target {
                result.append(Problem(path: "indicators[\(i)].targetUpper", message: "区间指标需要不小于下限的上限。 (A range needs an upper bound ≥ target.)"))
            }
        }
        for (i, ph) in plan.phases.enumerated() {
            if let n = ph.project, !numbers.contains(n) {
                result.append(Problem(path: "phases[\(i)].project", message: "没有编号为\(n)的项目。 (No project \(n).)"))
            }
            for (key, month) in [("startMonth", ph.startMonth), ("endMonth", ph.endMonth)] {
                if let m = month, !(1...12).contains(m) {
                    result.append(Problem(path: "phases[\(i)].\(key)", message: "\(m)不是月份（1–12）。 (Not a month 1–12.)"))
                }
            }
            if let s = ph.startMonth, let e = ph.endMonth, s > e {
                result.append(Problem(path: "phases[\(i)].endMonth", message: "结束月\(e)早于开始月\(s)。 (Ends before it starts.)"))
            }
        }
        return result
    }
}
