import Foundation
import Hummingbird
import OfficialDocuments
import ReformPlan

/// The quarterly list of adopted pieces that goes to 市委改革办, as XLSX.
extension PublicityRoutes {
    /// The quarter's adopted pieces as a worksheet, for 市委改革办.
    func adoptedList(_ request: Request, _ context: AppContext) async throws -> Response {
        let account = try context.require(.readPublicity)
        let current = try await services.currentPlan()
        guard seesAll(account, office: office(current.plan)) else { throw Refusal.forbidden("导出全部单位的宣传稿件", "export all units' pieces") }
        let year = current.plan.year ?? services.today().year
        let asked = request.uri.queryParameters.get("q") ?? String((services.today().month - 1) / 3 + 1)
        guard let quarter = Int(asked), (1...4).contains(quarter) else {
            throw Refusal(.badRequest, zh: "季度“\(asked)”应为1到4。", en: "Quarter must be 1 to 4.", field: "q")
        }
        let months = (quarter - 1) * 3 + 1 ... quarter * 3
        let adopted = try await services.store.publicitySubmissions(planID: current.id).filter { piece in
            guard piece.state == .adopted, let day = piece.decidedAt.map(Shanghai.day(of:)) else { return false }
            return day.year == year && months.contains(day.month)
        }.sorted { ($0.decidedAt ?? .distantPast, $0.id ?? 0) < ($1.decidedAt ?? .distantPast, $1.id ?? 0) }
        let title = "\(year)年第\(ChineseNumber.text(quarter))季度民政改革宣传稿件采用情况"
        var rows: [[XlsxWorkbook.Cell]] = [[.text(title)], ["序号", "单位", "标题", "报送时间", "采用级别", "采用载体", "采用日期"].map { .text($0) }]
        for (i, piece) in adopted.enumerated() {
            rows.append([.number(Double(i + 1)), .text(piece.unit), .text(piece.title), .text(Shanghai.minute(piece.submittedAt)),
                         .text(piece.outlet?.chineseName ?? ""), .text(piece.outletName ?? ""),
                         .text(piece.decidedAt.map { Shanghai.day(of: $0).description } ?? "")])
        }
        let data = try XlsxWorkbook(title: title, sheets: [XlsxWorkbook.Sheet(name: "采用情况", widths: [6, 24, 40, 18, 20, 28, 12],
                                                                            rows: rows, frozenRows: 2)]).data()
        return Download.response(data, mediaType: DocumentFiles.xlsxType, fileName: "\(title).xlsx")
    }
}
