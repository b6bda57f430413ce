/// Divisions indexed by code, with each one's children, so that pages can
/// walk from the city down to a community and roll-ups know who belongs where.
public struct DivisionTree: Sendable {
    public private(set) var byCode: [String: Division] = [:]
    /// Codes of each division's children, in code order.
    public private(set) var children: [String: [String]] = [:]

    public init(_ divisions: [Division] = []) {
        for division in divisions { byCode[division.code] = division }
        for division in divisions.sorted(by: { $0.code < $1.code }) {
            if let parent = division.parent { children[parent, default: []].append(division.code) }
        }
    }

    public var count: Int { byCode.count }
    public subscript(code: String) -> Division? { byCode[code] }

    /// The divisions without a parent in the tree, in code order.
    public var roots: [Division] {
        byCode.values.filter { $0.parent.flatMap { byCode[$0] } == nil }.sorted { $0.code < $1.code }
    }

    public func children(of code: String) -> [Division] {
        (children[code] ?? []).compactMap { byCode[$0] }
    }

    /// From the top down to the division itself.
    public func path(to code: String) -> [Division] {
        var path: [Division] = []
        var next: String? = code
        while let c = next, let d = byCode[c], !path.contains(where: { $0.code == c }) {
            path.insert(d, at: 0)
            next = d.parent
        }
        return path
    }

    /// Every division below `code` of one of `kinds` (all kinds when empty).
    /// A functional zone's descendants are the streets placed under it and theirs.
    public func descendants(of code: String, kinds: Set<Division.Kind> = []) -> [Division] {
        var found: [Division] = []
        var stack = byCode[code]?.kind == .functionalZone ? managedStreets(of: code).map(\.code) : children[code] ?? []
        while let c = stack.popLast() {
            guard let d = byCode[c] else { continue }
            if kinds.isEmpty || kinds.contains(d.kind) { found.append(d) }
            stack.append(contentsOf: children[c] ?? [])
        }
        return found.sorted { $0.code < $1.code }
    }

    /// The streets (and towns) a functional zone administers.
    public func managedStreets(of zone: String) -> [Division] {
        byCode.values.filter { $0.managedBy == zone }.sorted { $0.code < $1.code }
    }

    /// Whether the division or one of its ancestors carries `tag` (a street of a 中心城区 district does).
    public func hasTag(_ tag: String, _ code: String) -> Bool {
        path(to: code).contains { $0.tags.contains(tag) }
    }

    /// The tree with `divisions` added or replacing those of the same code.
    public func adding(_ divisions: [Division]) -> DivisionTree {
        var all = byCode
        for division in divisions { all[division.code] = division }
        return DivisionTree(Array(all.values))
    }
}

/// One row of a list of divisions being loaded (a CSV or a sheet), with where it came from.
public struct DivisionRow: Hashable, Sendable {
    public var division: Division
    /// Where a person finds the row: "第12行" of a CSV, "Sheet1 第12行" of a workbook.
    public var place: String

    public init(division: Division, place: String) {
        self.division = division
        self.place = place
    }
}

/// A row that cannot be loaded and why, in words a person can act on.
public struct RowProblem: Hashable, Sendable, CustomStringConvertible {
    public var place: String
    public var column: String?
    public var message: String

    public init(place: String, column: String? = nil, message: String) {
        self.place = place
        self.column = column
        self.message = message
    }

    public var description: String {
        [place, column.map { "“\($0)”列" }].compactMap { $0 }.joined(separator: " ") + "：" + message
    }
}

extension DivisionTree {
    /// Checks rows to be added to this tree: each code well formed for its kind,
    /// its parent known (already stored, or earlier or later in the same list),
    /// no code twice in the list. Every bad row is reported; an empty answer
    /// means the whole list may be stored.
    public func problems(adding rows: [DivisionRow]) -> [RowProblem] {
        var problems: [RowProblem] = []
        var firstPlace: [String: String] = [:]
        let incoming = Dictionary(rows.map { ($0.division.code, $0.division) }, uniquingKeysWith: { a, _ in a })
        for row in rows {
            let d = row.division
            if d.name.isEmpty { problems.append(RowProblem(place: row.place, column: "名称", message: "名称为空 (name is empty)")) }
            if let earlier = firstPlace[d.code] {
                problems.append(RowProblem(place: row.place, column: "代码",
                                           message: "代码\(d.code)与\(earlier)重复 (the code appears twice)"))
                continue
            }
            firstPlace[d.code] = row.place
            if let existing = byCode[d.code], existing.kind != d.kind {
                problems.append(RowProblem(place: row.place, column: "类型", message:
                    "代码\(d.code)已登记为\(existing.kind.chineseName)“\(existing.name)”，不能改为\(d.kind.chineseName) (a stored division cannot change kind)"))
                continue
            }
            // A stored division is the parent even when a row of the list reuses its code wrongly.
            let parent = d.parent.flatMap { byCode[$0] ?? incoming[$0] }
            if let code = d.parent, parent == nil {
                problems.append(RowProblem(place: row.place, column: "上级代码",
                                           message: "上级代码\(code)既未登记，也不在本文件中 (unknown parent)"))
                continue
            }
            if d.parent == nil, d.kind != .province {
                problems.append(RowProblem(place: row.place, column: "上级代码",
                                           message: "\(d.kind.chineseName)必须填写上级代码 (the parent is missing)"))
                continue
            }
            if let problem = DivisionCode.problem(code: d.code, kind: d.kind, parent: parent) {
                problems.append(RowProblem(place: row.place, column: "代码", message: problem))
            }
            if let zone = d.managedBy, (byCode[zone] ?? incoming[zone])?.kind != .functionalZone {
                problems.append(RowProblem(place: row.place, column: "托管功能区",
                                           message: "\(zone)不是已登记的功能区 (not a known functional zone)"))
            }
        }
        return problems
    }
}
