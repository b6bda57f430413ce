import Foundation
import ReformPlan
import Yams

/// Turns decoding errors into field paths and lines of the plan file and
/// of the assessment scheme file, so that both speak to staff alike.
enum PlanFileErrorMapping {
    /// The file's YAML tree, or the syntax error with its line; `empty` is
    /// the message for a file with no document in it.
    static func compose(_ text: String, empty: String) throws(PlanFileError) -> Node {
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw PlanFileError(problems: [.init(path: "", line: nil, message: empty)])
            }
            return node
        } catch let error as PlanFileError {
            throw error
        } catch let error as YamlError {
            throw PlanFileError(problems: [problem(from: error)])
        } catch {
            throw PlanFileError(problems: [.init(path: "", line: nil, message: "\(error)")])
        }
    }

    static func problem(from error: YamlError) -> PlanFileError.Problem {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _):
            return .init(path: "", line: mark.line, message: "YAML语法错误：\(problem) (YAML syntax error, column \(mark.column))")
        default:
            return .init(path: "", line: nil, message: "YAML错误：\(error)")
        }
    }

    static func problem(from error: DecodingError, root: Node) -> PlanFileError.Problem {
        switch error {
        case .keyNotFound(let key, let context):
            let path = render(context.codingPath)
            return .init(path: join(path, key.stringValue), line: line(of: path, in: root),
                         message: "缺少必填字段“\(key.stringValue)”。 (Missing required field.)")
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            let path = render(context.codingPath)
            return .init(path: path, line: line(of: path, in: root),
                         message: "类型不对：应为\(describe(type))。 (Expected \(describe(type)).) \(context.debugDescription)")
        case .dataCorrupted(let context):
            let path = render(context.codingPath)
            return .init(path: path, line: line(of: path, in: root), message: "取值无效：\(context.debugDescription)")
        @unknown default:
            return .init(path: "", line: nil, message: "\(error)")
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "文本 (text)"
        case is Int.Type: "整数 (integer)"
        case is Double.Type: "数字 (number)"
        case is Bool.Type: "true/false"
        default: "\(type)".contains("Scalar") ? "单个值，不是列表或映射 (a single value, not a list or mapping)" : "\(type)"
        }
    }

    private static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// projects[3].responsibility.leaderInCharge
    static func render(_ path: [any CodingKey]) -> String {
        var out = ""
        for key in path {
            if let index = key.intValue { out += "[\(index)]" } else { out += out.isEmpty ? key.stringValue : ".\(key.stringValue)" }
        }
        return out
    }

    /// The line of the deepest node on `path` that exists in the file.
    static func line(of path: String, in root: Node) -> Int? {
        var node = root
        var line = root.mark?.line
        let parts = path.replacingOccurrences(of: "[", with: ".[").split(separator: ".")
        for part in parts {
            if part.hasPrefix("["), let index = Int(part.dropFirst().dropLast()), let seq = node.sequence, index < seq.count {
                node = seq[index]
            } else if let mapping = node.mapping, let child = mapping[String(part)] {
                node = child
            } else {
                break
            }
            line = node.mark?.line ?? line
        }
        return line
    }
}
