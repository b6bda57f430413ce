import Foundation
import OfficeTables
import ReformPlan

/// The values of one project row, column by column, as a person reads them:
/// a cell merged down from a row above (one unit for several projects) gives
/// its value to every row it covers; a dash or 无 is an empty cell.
struct TableCells {
    let source: TableSource
    let header: TableHeader
    let row: Int

    static let emptyMarks: Set<String> = ["-", "--", "—", "——", "－", "/", "无", "暂无", "空"]

    func address(_ role: TableColumn) -> CellAddress? {
        header.column(of: role).map { CellAddress(row: row, column: $0) }
    }

    /// The cell's text as shown, line breaks kept; nil when empty or a dash.
    func raw(_ role: TableColumn) -> String? {
        guard let address = address(role) else { return nil }
        let text = source.grid.resolvedValue(at: address).text
        return Self.emptyMarks.contains(Chrome.compact(text)) || Chrome.compact(text).isEmpty ? nil : text
    }

    /// The cell's text as a value: one line, layout spaces gone.
    func value(_ role: TableColumn) -> String? {
        raw(role).map(TableSource.clean).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The cell's lines, each cleaned, blank ones dropped.
    func lines(_ role: TableColumn) -> [String] {
        (raw(role) ?? "").split(whereSeparator: \.isNewline).map { TableSource.clean(String($0)) }.filter { !$0.isEmpty }
    }

    /// "社会救助处、市低保中心；配合：市财政局": the units, and after a 配合 label
    /// the supporting units, as the table renderer writes them.
    func units() -> (responsible: [String], supporting: [String]) {
        var responsible: [String] = []
        var supporting = value(.supportingUnits).map(UnitList.split) ?? []
        guard let text = value(.responsibleUnits) else { return (responsible, supporting) }
        let normal = String(String.UnicodeScalarView(text.unicodeScalars.map(Normalization.normalize)))
        if let label = ["配合单位:", "配合:", "协同:"].lazy.compactMap({ normal.range(of: $0) }).first {
            let scalarsBefore = { (index: String.Index) in normal.unicodeScalars.distance(from: normal.startIndex, to: index) }
            let cut = scalarsBefore(label.lowerBound), after = scalarsBefore(label.upperBound)
            let scalars = Array(text.unicodeScalars)
            responsible = UnitList.split(String(String.UnicodeScalarView(scalars[..<cut])))
            supporting += UnitList.split(String(String.UnicodeScalarView(scalars[after...])))
        } else {
            responsible = UnitList.split(text)
        }
        return (responsible, supporting)
    }

    /// The number in the 序号 cell: "1", "1.", "（1）", "01"; nil when none.
    func number() -> Int? {
        guard let text = value(.number) else { return nil }
        let s = Array(text.unicodeScalars.map(Normalization.normalize)).filter { $0 != "(" && $0 != ")" }
        guard let (value, length) = MarkerScanner.digits(s, from: 0, limit: s.count), value > 0,
              s[length...].allSatisfy({ $0 == "." || $0 == "、" }) else { return nil }
        return value
    }
}
