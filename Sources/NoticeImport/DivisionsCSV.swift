import Foundation
import ReformPlan

/// Reads a list of divisions (streets, communities) from a CSV or the first
/// sheet of an XLSX workbook with the
/// columns 代码, 名称, 上级代码, 类型 and optionally 标签 (separated by 、)
/// and 托管功能区. Rows whose kind is not understood are reported here; the
/// codes and parents are checked against the tree by `DivisionTree.problems`.
public enum DivisionsCSV {
    public static let columns = "代码、名称、上级代码、类型（可选：标签、托管功能区）"

    public static func rows(_ data: Data, demo: Bool = false) throws -> (rows: [DivisionRow], problems: [RowProblem]) {
        guard let sheet = try SheetFiles.sheets(data).first(where: { !$0.rows.isEmpty }) else {
            throw ImportProblem("文件是空的 (the file is empty)")
        }
        let table = CSVTable(header: sheet.rows[0].map { $0.trimmingCharacters(in: .whitespaces) },
                             rows: sheet.rows.enumerated().dropFirst().filter { !$0.element.allSatisfy { $0.isEmpty } }
                                .map { ($0.offset + 1, $0.element) })
        let prefix = sheet.name.isEmpty ? "" : sheet.name + " "
        guard let code = table.column(["代码", "区划代码", "统计用区划代码", "code"]),
              let name = table.column(["名称", "区划名称", "name"]),
              let parent = table.column(["上级代码", "上级区划代码", "parent"]),
              let kind = table.column(["类型", "类别", "kind"]) else {
            throw ImportProblem("第1行应为表头，含\(columns) (the header must name code, name, parent and kind)")
        }
        let tags = table.column(["标签", "tags"]), zone = table.column(["托管功能区", "功能区", "managed_by"])
        var rows: [DivisionRow] = [], problems: [RowProblem] = []
        for (line, cells) in table.rows {
            let place = "\(prefix)第\(line)行", kindText = CSVTable.cell(cells, kind)
            guard let k = Division.Kind(text: kindText) else {
                problems.append(RowProblem(place: place, column: "类型", message:
                    "“\(kindText)”不是区划类型（街道、镇、乡、城市社区、农村社区、区、功能区…） (unknown kind)"))
                continue
            }
            let parentCode = CSVTable.cell(cells, parent).trimmingCharacters(in: .whitespaces)
            let tagText = CSVTable.cell(cells, tags), zoneCode = CSVTable.cell(cells, zone).trimmingCharacters(in: .whitespaces)
            rows.append(DivisionRow(division: Division(
                code: CSVTable.cell(cells, code).trimmingCharacters(in: .whitespaces),
                name: CSVTable.cell(cells, name).trimmingCharacters(in: .whitespaces), kind: k,
                parent: parentCode.isEmpty ? nil : parentCode,
                tags: tagText.split(whereSeparator: { "、,，;；".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) },
                managedBy: zoneCode.isEmpty ? nil : zoneCode, isDemo: demo), place: place))
        }
        return (rows, problems)
    }
}
