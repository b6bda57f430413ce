import Foundation
import ReformPlan

/// A project's budget as an XLSX workbook: the lines with what was spent and
/// the execution rate, subtotals per funding source and the total (sheet
/// 预算执行), then every spending entry (sheet 支出明细). Amounts are numeric
/// cells in yuan, written from exact fen, so sums in Excel match the page.
public enum BudgetWorkbook {
    public static func xlsx(projectNumber: Int, projectTitle: String, planTitle: String, budget: ProjectBudget,
                            asOf: Day) throws -> Data {
        let execution = BudgetExecution(budget)
        let subtitle = "\(planTitle)　截至\(asOf.year)年\(asOf.month)月\(asOf.day)日"
        return try XlsxPackage(sheets: [
            lines(execution, title: "第\(projectNumber)项 \(projectTitle) 项目经费预算执行表", subtitle: subtitle),
            spending(budget, title: "第\(projectNumber)项 \(projectTitle) 支出明细", subtitle: subtitle),
        ]).data()
    }

    static func lines(_ execution: BudgetExecution, title: String, subtitle: String) -> XlsxGrid {
        let columns = [("序号", 6), ("资金来源", 14), ("预算金额（元）", 18), ("已支出（元）", 18), ("结余（元）", 18),
                       ("执行率", 10), ("是否超支", 10), ("说明", 36)]
        var rows = execution.lines.enumerated().map { index, figures in
            XlsxGrid.Row(cells: [.number(index + 1, XlsxStyles.centered), .text(figures.line.source.chineseName, XlsxStyles.centered)]
                         + money(figures.rate, amount: XlsxStyles.amount, percent: XlsxStyles.percent)
                         + [.text(figures.isOverspent ? "超支" : "", XlsxStyles.centered), .text(figures.line.note, XlsxStyles.wrapped)],
                         height: 20)
        }
        for source in execution.sources {
            rows.append(total("小计：\(source.source.chineseName)", source.rate))
        }
        rows.append(total("合计", execution.total))
        return XlsxGrid(name: "预算执行", title: title, subtitle: subtitle,
                        columns: columns.map { XlsxGrid.Column(heading: $0.0, width: $0.1) }, rows: rows)
    }

    static func spending(_ budget: ProjectBudget, title: String, subtitle: String) -> XlsxGrid {
        let sources = Dictionary(budget.lines.compactMap { line in line.id.map { ($0, line.source.chineseName) } }) { a, _ in a }
        let columns = [("序号", 6), ("日期", 12), ("资金来源", 14), ("摘要", 40), ("金额（元）", 18), ("凭证", 24)]
        var rows = budget.spending.enumerated().map { index, entry in
            XlsxGrid.Row(cells: [.number(index + 1, XlsxStyles.centered), .text(entry.date.description, XlsxStyles.centered),
                                 .text(sources[entry.line] ?? "", XlsxStyles.centered), .text(entry.description, XlsxStyles.wrapped),
                                 .decimal(entry.amount.plain, XlsxStyles.amount),
                                 .text(entry.voucher?.fileName ?? "", XlsxStyles.wrapped)], height: 20)
        }
        let sum = budget.spending.reduce(Money.zero) { $0 + $1.amount }
        rows.append(XlsxGrid.Row(cells: [.text("合计", XlsxStyles.header), .text("", XlsxStyles.header), .text("", XlsxStyles.header),
                                         .text("", XlsxStyles.header), .decimal(sum.plain, XlsxStyles.totalAmount),
                                         .text("", XlsxStyles.header)], height: 20))
        return XlsxGrid(name: "支出明细", title: title, subtitle: subtitle,
                        columns: columns.map { XlsxGrid.Column(heading: $0.0, width: $0.1) }, rows: rows)
    }

    /// Budgeted, spent, left, rate; no rate cell where nothing is budgeted.
    static func money(_ rate: ExecutionRate, amount: Int, percent: Int) -> [XlsxGrid.Cell] {
        let share: XlsxGrid.Cell = rate.permille.map { .decimal(fraction($0), percent) } ?? .text("—", percent)
        return [.decimal(rate.budgeted.plain, amount), .decimal(rate.spent.plain, amount),
                .decimal((rate.budgeted - rate.spent).plain, amount), share]
    }

    static func total(_ label: String, _ rate: ExecutionRate) -> XlsxGrid.Row {
        XlsxGrid.Row(cells: [.text(label, XlsxStyles.header), .text("", XlsxStyles.header)]
                     + money(rate, amount: XlsxStyles.totalAmount, percent: XlsxStyles.totalPercent)
                     + [.text(rate.isOverspent ? "超支" : "", XlsxStyles.header), .text("", XlsxStyles.header)], height: 20)
    }

    /// 456 ‰ → "0.456", exactly, for a cell formatted as a percent.
    static func fraction(_ permille: Int64) -> String {
        let sign = permille < 0 ? "-" : "", magnitude = permille.magnitude
        let rest = String(magnitude % 1000)
        return "\(sign)\(magnitude / 1000).\(String(repeating: "0", count: 3 - rest.count))\(rest)"
    }
}
