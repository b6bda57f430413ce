/// The responsibility table as a worksheet. Flat rows, no heading rows between
/// categories: a spreadsheet is for sorting and filtering, and the 类别 column carries it.
extension ResponsibilityTable {
    var grid: XlsxGrid {
        let columns = Column.allCases
        let rows = self.rows.map { project in
            XlsxGrid.Row(cells: columns.map { column in
                let value = project[column]
                if column == .number, let number = Int(value) { return .number(number, XlsxStyles.centered) }
                return .text(value, Self.isCentered(column) ? XlsxStyles.centered : XlsxStyles.wrapped)
            }, height: Self.height(of: project, columns))
        }
        return XlsxGrid(name: "责任分解表", title: title, subtitle: subtitle,
                        columns: columns.map { XlsxGrid.Column(heading: $0.heading, width: Self.width(of: $0)) }, rows: rows)
    }

    static func isCentered(_ column: Column) -> Bool {
        switch column {
        case .title, .responsibleUnits, .steps: false
        default: true
        }
    }

    static func width(of column: Column) -> Int {
        switch column {
        case .number: 6
        case .category: 14
        case .title: 36
        case .leadAgency: 14
        case .firstResponsible, .leaderInCharge: 11
        case .responsibleUnits: 22
        case .contactPhone: 11
        case .deadline: 16
        case .steps: 40
        }
    }

    /// Excel does not fit row heights to wrapped text when it opens a file, so
    /// the height is estimated here from the longest cell: its lines at the
    /// column's width, 15 pt a line, with a little slack.
    static func height(of row: Row, _ columns: [Column]) -> Double {
        let lines = columns.map { column in
            row[column].split(separator: "\n", omittingEmptySubsequences: false).map { line in
                let units = line.reduce(0) { $0 + ($1.isASCII ? 1 : 2) }
                return max(1, (units + width(of: column) - 3) / (width(of: column) - 2))
            }.reduce(0, +)
        }.max() ?? 1
        return Double(lines) * 15 + 4
    }
}
