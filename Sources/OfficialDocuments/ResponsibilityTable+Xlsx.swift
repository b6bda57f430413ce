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

    static func height(of row: Row, _ columns: [Column]) -> Double {
        XlsxGrid.height(columns.map { (row[$0], width(of: $0)) })
    }
}
