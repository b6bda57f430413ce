import Foundation
import OfficeTables

/// A spreadsheet as rows of cell texts, whatever it came as: every sheet of
/// an XLSX workbook, or a CSV as one sheet with no name. Row n of the result
/// is row n + 1 of the sheet, so places name the row a person sees in Excel.
public enum SheetFiles {
    public static func sheets(_ data: Data) throws -> [(name: String, rows: [[String]])] {
        if OfficeFileKind.looksLikeOfficeFile(data) {
            let workbook: Workbook
            do {
                workbook = try Workbook.read(data)
            } catch {
                throw ImportProblem(error.message)
            }
            return workbook.sheets.map { grid in
                (grid.name, (0..<grid.rowCount).map { r in (0..<grid.columnCount).map { c in grid[r + 1, c + 1].text } })
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
