import Foundation
import NoticeImport
import ReformPlan
import Testing

extension Fixture {
    /// A table made with LibreOffice, in Fixtures/tables/ ("qingshi-2020-task-table.docx").
    static func tableData(_ file: String) throws -> Data {
        let url = try #require(
            Bundle.module.url(forResource: (file as NSString).deletingPathExtension, withExtension: (file as NSString).pathExtension,
                              subdirectory: "Fixtures/tables"),
            "table fixture \(file) is missing from the test bundle")
        return try Data(contentsOf: url)
    }

    static func tablePlan(_ file: String) throws -> Plan {
        try NoticeImporter.importFile(data: tableData(file))
    }
}
