import Foundation
import OfficeTables

/// A spreadsheet as rows of cell texts, whatever it came as: every sheet of
/// an XLSX workbook, or a CSV as one sheet with no name. Row n of the result
/// is row n + 1 of the sheet, so places name the row a person sees in Excel.
public enum SheetFiles {
    /// Columns read from a sheet; tables of values and division lists have a handful.
    public static let maxColumns = 100

    public static func sheets(_ data: Data) throws -> [(name: String, rows: [[String]])] {
        if OfficeFileKind.looksLikeOfficeFile(data) {
            let workbook: Workbook
            do {
                workbook = try Workbook.read(data)
            } catch {
                throw ImportProblem(error.message)
            }
            return workbook.sheets.map { grid in
                // Only rows that hold something are read, and at most `maxColumns` columns of them: a
                // stray cell at XFD1048576 must not make a few kilobytes into a table of billions of cells.
                let filled = Set(grid.nonEmptyRows), columns = min(grid.columnCount, maxColumns)
                return (grid.name, (0..<grid.rowCount).map { r in
                    filled.contains(r + 1) ? (0..<columns).map { c in grid[r + 1, c + 1].text } : []
                })
            }
        }
        let table = try CSVTable(data)
        var grid = [table.header]
        for row in table.rows {
            // Blank lines CSVTable skipped come back as empty rows, so line numbers hold.
            while grid.count + 1 < row.line { grid.append([]) }
            grid.append(row.cells)
        }
        return [("", grid)]
    }
}
