import OfficeTables
import ReformPlan

/// Reads the rows under a table's header into projects: group headings
/// carry their category to the rows below them, each other row with a title
/// is a project, notes under the table are reported, and whatever cannot be
/// placed (a row without a title, an unknown column, a count that differs
/// from the rows listed) becomes a finding at its row and column.
struct TablePlanBuilder {
    var source: TableSource
    let header: TableHeader
    let planYear: Int?
    private(set) var projects: [Project] = []
    var phases: [Phase] = []
    var extractor: IndicatorExtractor

    init(source: TableSource, header: TableHeader, planYear: Int?) {
        self.source = source
        self.header = header
        self.planYear = planYear
        extractor = IndicatorExtractor(text: source.text)
    }

    mutating func build() {
        reportColumns()
        let grid = source.grid
        guard grid.rowCount > header.rows.upperBound else { return }
        // First the rows' kinds and the items' numbers, so that numbering is
        // settled before phases and targets name their project.
        var kinds: [(row: Int, kind: TableRowKind)] = []
        for row in (header.rows.upperBound + 1)...grid.rowCount {
            let kind = TableRowKind.of(row: row, in: grid, header: header)
            if case .item = kind, TableCells(source: source, header: header, row: row).lines(.title).isEmpty {
                source.report(.warning, row: row, column: header.column(of: .title), "这一行有内容但没有改革项目名称，未导入。")
                continue
            }
            kinds.append((row, kind))
        }
        let numbers = numbering(kinds.filter { $0.kind == .item }.map { $0.row })
        var groups: [TableGroup] = []
        for (row, kind) in kinds {
            switch kind {
            case .blank:
                continue
            case let .heading(text):
                groups.append(TableGroup(row: row, heading: text))
            case let .note(text):
                source.report(.info, row: row, "表下说明“\(TableSource.clean(text).prefix(60))”不是改革项目，未导入。")
            case .item:
                let cells = TableCells(source: source, header: header, row: row)
                if !groups.isEmpty { groups[groups.count - 1].projects.append(projects.count) }
                let item = project(cells, number: numbers[row] ?? projects.count + 1, group: groups.last)
                projects.append(item)
            }
        }
        for group in groups {
            if let message = group.countMismatch(numbers: group.projects.map { projects[$0].number }) {
                source.report(.warning, row: group.row, message)
            }
        }
    }

    /// Numbers as printed when every item has one and no two are the same;
    /// otherwise the items are numbered in order, which is said once.
    private mutating func numbering(_ rows: [Int]) -> [Int: Int] {
        var printed: [Int: Int] = [:]
        let column = header.column(of: .number)
        for row in rows {
            let cells = TableCells(source: source, header: header, row: row)
            if let number = cells.number() {
                printed[row] = number
            } else if let text = cells.value(.number) {
                source.report(.info, row: row, column: column, "序号“\(text)”不是数字。")
            }
        }
        if printed.count == rows.count, Set(printed.values).count == rows.count { return printed }
        if column != nil, let first = rows.first, !printed.isEmpty {
            source.report(.info, row: first, column: column, "序号有空缺、重复或不是数字，已按出现顺序统一编为第1–\(rows.count)项。")
        }
        return Dictionary(uniqueKeysWithValues: rows.enumerated().map { ($1, $0 + 1) })
    }

    private mutating func reportColumns() {
        let row = header.rows.upperBound
        let body = (row + 1)...max(row + 1, source.grid.rowCount)
        for (column, text) in header.unknown {
            let filled = body.filter { !source.grid[$0, column].isBlank }.count
            source.report(.warning, row: row, column: column,
                          "列名“\(text)”不是已知的列（序号、改革项目、牵头单位、责任单位、配合单位、责任领导、完成时限、目标等），其中\(filled)格内容未导入。")
        }
        for (column, text) in header.repeated {
            source.report(.warning, row: row, column: column, "列“\(text)”与前面的列重复，只导入了前一列。")
        }
    }
}
