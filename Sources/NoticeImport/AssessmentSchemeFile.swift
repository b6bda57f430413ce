import Foundation
import ReformPlan
import Yams

/// The assessment scheme's editable file (YAML; JSON reads too). Reading one
/// reports every problem at once with its field path and line, through the
/// plan file's error type and mapping: staff meet one kind of message. Only
/// errors refuse the file; warnings (base weights not summing to 100) are
/// left on `scheme.problems` for the page to show.
public enum AssessmentSchemeFile {
    public static func read(_ data: Data) throws(PlanFileError) -> AssessmentScheme {
        guard let text = String(data: data, encoding: .utf8) else {
            throw PlanFileError(problems: [.init(path: "", line: nil, message: "考核方案文件不是UTF-8文本。 (Not UTF-8 text.)")])
        }
        return try read(text)
    }

    /// What is wrong with a scheme file, one line each with its line number
    /// and field path; empty when it reads.
    public static func problems(of text: String) -> [String] {
        do {
            _ = try read(text)
            return []
        } catch {
            return error.description.split(separator: "\n").map(String.init)
        }
    }

    public static func read(_ text: String) throws(PlanFileError) -> AssessmentScheme {
        let root = try PlanFileErrorMapping.compose(text, empty: "考核方案文件为空。 (The file is empty.)")
        guard root.mapping?["items"] != nil else {
            throw PlanFileError(problems: [.init(path: "items", line: root.mark?.line, message:
                "这不是考核方案文件：找不到顶层的 items 字段。 (Not an assessment scheme: no top-level `items`.)")])
        }
        var problems = unknownFields(in: root)
        // Items one by one, so that every bad item is named and not only the first.
        var decoded: [(offset: Int, element: AssessmentItem)] = []
        do {
            for (i, item) in try YAMLDecoder().decode(LenientItems.self, from: root).items.enumerated() {
                switch item.result {
                case .success(let item): decoded.append((i, item))
                case .failure(let error): problems.append(PlanFileErrorMapping.problem(from: error, root: root))
                }
            }
        } catch {
            problems.append(problem(from: error, root: root))
        }
        var scheme: AssessmentScheme?
        do {
            scheme = try YAMLDecoder().decode(AssessmentScheme.self, from: root)
        } catch {
            let problem = problem(from: error, root: root)
            if !problem.path.hasPrefix("items") { problems.append(problem) }
        }
        let validation = scheme?.problems ?? AssessmentScheme.problems(items: decoded)
        problems += validation.filter { $0.severity == .error }.map {
            .init(path: $0.path, line: PlanFileErrorMapping.line(of: $0.path, in: root), message: $0.message)
        }
        guard let scheme, problems.isEmpty else { throw PlanFileError(problems: problems) }
        return scheme
    }

    static func problem(from error: any Error, root: Node) -> PlanFileError.Problem {
        if let error = error as? DecodingError { return PlanFileErrorMapping.problem(from: error, root: root) }
        return .init(path: "", line: nil, message: "\(error)")
    }

    /// A misspelt field ("wieght") would otherwise be ignored and the item
    /// silently scored with its default.
    static func unknownFields(in root: Node) -> [PlanFileError.Problem] {
        func check(_ node: Node?, _ path: String, _ known: [String]) -> [PlanFileError.Problem] {
            guard let mapping = node?.mapping else { return [] }
            return mapping.compactMap { key, _ in
                guard let name = key.string, !known.contains(name) else { return nil }
                let at = path.isEmpty ? name : "\(path).\(name)"
                return .init(path: at, line: key.mark?.line, message:
                    "未知字段“\(name)”，可用：\(known.joined(separator: "、"))。 (Unknown field.)")
            }
        }
        var problems = check(root, "", AssessmentScheme.fieldNames)
        for (i, item) in (root.mapping?["items"]?.sequence.map(Array.init) ?? []).enumerated() {
            problems += check(item, "items[\(i)]", AssessmentScheme.itemFieldNames)
            problems += check(item.mapping?["rule"], "items[\(i)].rule", AssessmentScheme.ruleFieldNames)
        }
        return problems
    }

    private struct LenientItems: Decodable {
        var items: [LenientItem]
    }

    /// An item that failed to decode keeps its error, with the full coding path.
    private struct LenientItem: Decodable {
        var result: Result<AssessmentItem, DecodingError>

        init(from decoder: any Decoder) throws {
            do {
                result = .success(try AssessmentItem(from: decoder))
            } catch let error as DecodingError {
                result = .failure(error)
            }
        }
    }
}
