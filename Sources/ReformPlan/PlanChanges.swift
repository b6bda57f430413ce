/// One difference between two versions of a plan, for people to read in a
/// revision's history: where (`projects[3].responsibility.leaderInCharge`),
/// and the value before and after as display text (nil where there was none).
public struct PlanChange: Hashable, Sendable, Codable {
    public var path: String
    public var before: String?
    public var after: String?

    public init(path: String, before: String?, after: String?) {
        self.path = path
        self.before = before
        self.after = after
    }
}

extension Plan {
    /// What changed from `self` to `newer`. Items are matched the way the store
    /// matches rows, so a path names the same thing in both versions: projects
    /// and tasks by number (`projects[3]` is project 3, not the fourth), phases
    /// by stream and order (`phases[2.1]`), units and people by name; notice
    /// lists, indicators and findings by position. An added or removed item is
    /// one change whose other side is nil; a reordering is one change to the
    /// list's order. Empty exactly when the plans are equal.
    public func changes(to newer: Plan) -> [PlanChange] {
        var diff = ChangeCollector()
        diff.compare("notice", notice, newer.notice)
        diff.compareKeyed("projects", projects, newer.projects) { "\($0.number)" }
        diff.compareKeyed("tasks", tasks, newer.tasks) { "\($0.number)" }
        diff.compareList("indicators", indicators, newer.indicators)
        diff.compareKeyed("phases", phases, newer.phases) { "\($0.stream).\($0.order)" }
        diff.compareKeyed("units", units, newer.units) { $0.name }
        diff.compareKeyed("people", people, newer.people) { $0.name }
        diff.compareList("findings", findings, newer.findings)
        if diff.changes.isEmpty && self != newer {
            // Only possible with duplicate keys, which the keyed views cannot tell apart.
            diff.changes.append(PlanChange(path: "plan", before: "…", after: "…"))
        }
        return diff.changes
    }
}

/// Walks two values of the same type side by side with `Mirror`, so that a field
/// added to the model is compared without anyone remembering to add it here.
struct ChangeCollector {
    var changes: [PlanChange] = []

    mutating func compareKeyed<T: Hashable>(_ path: String, _ old: [T], _ new: [T], key: (T) -> String) {
        let oldByKey = Dictionary(old.map { (key($0), $0) }, uniquingKeysWith: { first, _ in first })
        let newKeys = Set(new.map(key))
        for item in new {
            let itemPath = "\(path)[\(key(item))]"
            if let before = oldByKey[key(item)] {
                compare(itemPath, before, item, skipping: ["number"])
            } else {
                changes.append(PlanChange(path: itemPath, before: nil, after: Display.summary(item)))
            }
        }
        for item in old where !newKeys.contains(key(item)) {
            changes.append(PlanChange(path: "\(path)[\(key(item))]", before: Display.summary(item), after: nil))
        }
        let oldOrder = old.map(key).filter(newKeys.contains), newOrder = new.map(key).filter { oldByKey[$0] != nil }
        if oldOrder != newOrder {
            changes.append(PlanChange(path: "\(path).order", before: oldOrder.joined(separator: "、"),
                                      after: newOrder.joined(separator: "、")))
        }
    }

    mutating func compareList<T: Hashable>(_ path: String, _ old: [T], _ new: [T]) {
        for index in 0..<max(old.count, new.count) {
            let itemPath = "\(path)[\(index)]"
            switch (index < old.count ? old[index] : nil, index < new.count ? new[index] : nil) {
            case let (before?, after?): compare(itemPath, before, after)
            case let (before, after):
                changes.append(PlanChange(path: itemPath, before: before.map(Display.summary),
                                          after: after.map(Display.summary)))
            }
        }
    }

    /// Compares any two model values; either side may be nil (an optional that is
    /// not set, or the missing side of an added struct), so that a responsibility
    /// given where there was none shows up field by field.
    mutating func compare(_ path: String, _ old: Any?, _ new: Any?, skipping: Set<String> = []) {
        let old = old.flatMap(Display.unwrap), new = new.flatMap(Display.unwrap)
        if let o = old as? AnyHashable, let n = new as? AnyHashable, o == n { return }
        guard let sample = new ?? old else { return }
        // An empty list where the other side has nothing at all says nothing new.
        if old == nil || new == nil, Display.isEmptyCollection(sample) { return }
        if Display.isLeaf(sample) {
            changes.append(PlanChange(path: path, before: old.map(Display.text), after: new.map(Display.text)))
        } else if Mirror(reflecting: sample).displayStyle == .collection {
            let o = old.map(Display.elements) ?? [], n = new.map(Display.elements) ?? []
            for index in 0..<max(o.count, n.count) {
                compare("\(path)[\(index)]", index < o.count ? o[index] : nil, index < n.count ? n[index] : nil)
            }
        } else {
            let o = old.map(Display.fields), n = new.map(Display.fields)
            for (label, _) in Display.fields(sample) where !skipping.contains(label) {
                compare("\(path).\(label)", o?.first { $0.label == label }?.value,
                        n?.first { $0.label == label }?.value)
            }
        }
    }
}
