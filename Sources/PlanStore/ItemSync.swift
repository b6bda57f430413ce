import SQLKit

/// A table of plan items that keep their ids across loads. `columns` are the
/// values written for each item, `plan_id` first and `position` last.
struct ItemTable: Sendable {
    let name: String
    let columns: [String]
    /// What names an item across versions (SQL column list and how to read it
    /// from a row); an item whose key disappears is deleted.
    let keyColumns: String
    let key: @Sendable (any SQLRow) throws -> String
}

extension SQLDatabase {
    /// Brings a plan's rows in `table` to `items` in place and returns each
    /// item's id in order: rows whose key is still there are rewritten under
    /// their old id, the rest are deleted, new items are inserted.
    /// With `byPositionToo`, an item whose key is new takes over the unmatched
    /// row at its position (an indicator whose name was corrected is the same
    /// indicator).
    func sync(_ table: ItemTable, planID: Int, keys: [String], rows: [Values],
              byPositionToo: Bool = false) async throws -> [Int] {
        let stored = try await raw("""
            SELECT id, position, \(unsafeRaw: table.keyColumns) FROM \(ident: table.name)
            WHERE plan_id = \(bind: planID) ORDER BY position
            """).all()
        var idsByKey: [String: [Int]] = [:], idByPosition: [Int: Int] = [:]
        for row in stored {
            let id = try row.decode(column: "id", as: Int.self)
            idsByKey[try table.key(row), default: []].append(id)
            idByPosition[try row.decode(column: "position", as: Int.self)] = id
        }
        var matched: [Int?] = keys.map { key in
            guard let id = idsByKey[key]?.first else { return nil }
            idsByKey[key]?.removeFirst()
            return id
        }
        if byPositionToo {
            var taken = Set(matched.compactMap { $0 })
            for index in matched.indices where matched[index] == nil {
                if let id = idByPosition[index], !taken.contains(id) {
                    matched[index] = id
                    taken.insert(id)
                }
            }
        }
        let kept = Set(matched.compactMap { $0 })
        let vanished = try stored.map { try $0.decode(column: "id", as: Int.self) }.filter { !kept.contains($0) }
        try await delete(from: table.name, ids: vanished)

        let updates: [Values] = rows.indices.compactMap { i in matched[i].map { [$0] + rows[i] } }
        try await update(table: table.name, columns: table.columns, rowsWithID: updates)
        let newIndices = rows.indices.filter { matched[$0] == nil }
        let newIDs = try await insertReturningIDs(into: table.name, columns: table.columns,
                                                  rows: newIndices.map { rows[$0] }, positions: newIndices)
        for (index, id) in zip(newIndices, newIDs) { matched[index] = id }
        return matched.map { $0! }
    }
}
