import Foundation
import ReformPlan
import Yams

/// The plan's editable form: the same shape in YAML and JSON (top-level `plan`,
/// `projects`, `tasks`, `indicators`, `phases`, `units`, `people`, `findings`).
/// Reading one reports every problem with its field path and line.
public enum PlanFile {
    public enum Format: String, CaseIterable, Sendable {
        case yaml, json
    }

    public static func encode(_ plan: Plan, as format: Format) throws -> Data {
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
            var data = try encoder.encode(plan)
            data.append(0x0A)
            return data
        case .yaml:
            let encoder = YAMLEncoder()
            encoder.options.allowUnicode = true
            encoder.options.width = -1
            return Data(try encoder.encode(plan).utf8)
        }
    }

    /// Reads a plan file (YAML, or JSON, which is YAML too) and checks it.
    public static func decode(_ data: Data) throws(PlanFileError) -> Plan {
        guard let text = String(data: data, encoding: .utf8) else {
            throw PlanFileError(problems: [.init(path: "", line: nil, message: "计划文件不是UTF-8文本。 (Not UTF-8 text.)")])
        }
        let looksLikePlanFile = text.hasPrefix("plan:") || text.contains("\nplan:")
            || text.drop { $0.isWhitespace }.hasPrefix("{")
        guard looksLikePlanFile else { throw notAPlanFile(line: nil) }
        let node = try PlanFileErrorMapping.compose(text, empty: "计划文件为空。 (The plan file is empty.)")
        // A notice given where a plan file belongs reads as one long YAML string.
        guard node.mapping?["plan"] != nil else { throw notAPlanFile(line: node.mark?.line) }
        let plan: Plan
        do {
            plan = try YAMLDecoder().decode(Plan.self, from: node)
        } catch let error as DecodingError {
            throw PlanFileError(problems: [PlanFileErrorMapping.problem(from: error, root: node)])
        } catch {
            throw PlanFileError(problems: [.init(path: "", line: nil, message: "\(error)")])
        }
        let issues = PlanValidation.problems(in: plan)
        guard issues.isEmpty else {
            throw PlanFileError(problems: issues.map { .init(path: $0.path, line: PlanFileErrorMapping.line(of: $0.path, in: node), message: $0.message) })
        }
        return plan
    }
}

extension PlanFile {
    static func notAPlanFile(line: Int?) -> PlanFileError {
        PlanFileError(problems: [.init(path: "plan", line: line, message:
            "这不是计划文件：找不到顶层的 plan 字段。如果这是通知原文，请先运行 luoshi import 通知.txt -o plan.yaml。"
            + " (Not a plan file: no top-level `plan`. For a notice, run `luoshi import` first.)")])
    }
}

/// Everything wrong with a plan file (or an assessment scheme file), each with where it is.
public struct PlanFileError: Error, Equatable, Sendable, CustomStringConvertible {
    public struct Problem: Equatable, Sendable {
        public var path: String
        public var line: Int?
        public var message: String
    }

    public var problems: [Problem]

    public var description: String {
        problems.map { p in
            let place = [p.line.map { "第\($0)行 (line \($0))" }, p.path.isEmpty ? nil : p.path].compactMap { $0 }.joined(separator: " ")
            return place.isEmpty ? p.message : "\(place): \(p.message)"
        }.joined(separator: "\n")
    }
}
