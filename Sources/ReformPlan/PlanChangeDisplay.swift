import Foundation

/// How model values read in a change list.
enum Display {
    static func unwrap(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first.flatMap { unwrap($0.value) }
    }

    static func elements(_ value: Any) -> [Any] { Mirror(reflecting: value).children.map(\.value) }

    static func isEmptyCollection(_ value: Any) -> Bool {
        let mirror = Mirror(reflecting: value)
        return mirror.displayStyle == .collection && mirror.children.isEmpty
    }

    static func fields(_ value: Any) -> [(label: String, value: Any)] {
        Mirror(reflecting: value).children.compactMap { child in child.label.map { ($0, child.value) } }
    }

    /// Values shown whole: scalars, days, enum cases, and lists of those
    /// (a list of unit names reads better as one line than as one change per name).
    static func isLeaf(_ value: Any) -> Bool {
        switch value {
        case is String, is Int, is Double, is Bool, is Day: return true
        default:
            let mirror = Mirror(reflecting: value)
            if mirror.displayStyle == .enum { return true }
            return mirror.displayStyle == .collection && mirror.children.allSatisfy { isLeaf($0.value) }
        }
    }

    static func text(_ value: Any) -> String {
        switch value {
        case let text as String:
            // Whole source texts would swamp the history; the path says what changed.
            text.count > 200 ? "\(text.prefix(80))…（共\(text.count)字）" : text
        case let number as Double:
            number.rounded() == number && abs(number) < 1e15 ? String(Int(number)) : String(number)
        case let day as Day: day.description
        default:
            Mirror(reflecting: value).displayStyle == .collection
                ? elements(value).compactMap(unwrap).map(text).joined(separator: "、")
                : String(describing: value)
        }
    }

    /// An added or removed item in one line: its number and title, or its name.
    static func summary(_ value: Any) -> String {
        let named = fields(value).filter { ["number", "stream", "order", "title", "name", "message"].contains($0.label) }
        let parts = named.compactMap { unwrap($0.value) }.map(text)
        return parts.isEmpty ? text(value) : parts.joined(separator: " ")
    }
}
