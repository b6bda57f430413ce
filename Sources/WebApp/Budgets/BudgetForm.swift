import Foundation
import ReformPlan

/// The budget page's two forms read into values or problems. What was typed
/// is kept as typed, so a refused form comes back with the user's text in it.
struct BudgetForm {
    typealias Problem = ReportForm.Problem

    /// A form's fields as typed, by name.
    var typed: [String: String]
    var problems: [Problem] = []

    init(_ form: FormInput, fields: [String]) {
        typed = Dictionary(uniqueKeysWithValues: fields.map { ($0, form[$0] ?? "") })
    }

    var version: Int { Int(typed["version"] ?? "") ?? 0 }
    var id: Int64? { Int64(typed["id"] ?? "") }

    /// The amount in the unit chosen beside it (元 or 万元), or a problem naming the field.
    mutating func amount(allowZero: Bool) -> Money? {
        let unit = MoneyUnit(rawValue: typed["unit"] ?? "") ?? .yuan
        switch Money.parse(typed["amount"] ?? "", unit: unit, allowZero: allowZero) {
        case .success(let money): return money
        case .failure(let problem):
            problems.append(Problem(field: "amount", zh: "金额（\(unit.chineseName)）：" + problem.message,
                                    en: "Amount: " + problem.englishMessage))
            return nil
        }
    }

    mutating func source() -> FundingSource? {
        if let source = FundingSource(rawValue: typed["source"] ?? "") { return source }
        problems.append(Problem(field: "source", zh: "资金来源：请从列表中选择（市级财政、区级财政、专项资金、以奖代补、其他）。",
                                en: "Funding source: choose one from the list."))
        return nil
    }

    mutating func text(_ name: String, label: (zh: String, en: String), required: Bool, max: Int) -> String {
        let value = (typed[name] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if required && value.isEmpty {
            problems.append(Problem(field: name, zh: "\(label.zh)：不能为空。", en: "\(label.en): required."))
        } else if value.count > max {
            problems.append(Problem(field: name, zh: "\(label.zh)：不能超过\(max)个字（现有\(value.count)个）。",
                                    en: "\(label.en): at most \(max) characters (\(value.count) given)."))
        }
        return value
    }

    /// A spending's date: a real day, not after the as-of day.
    mutating func date(notAfter today: Day) -> Day? {
        let text = (typed["date"] ?? "").trimmingCharacters(in: .whitespaces)
        guard let day = Day(iso: text) else {
            problems.append(Problem(field: "date", zh: "支出日期：“\(text)”不是日期，请按 年-月-日 填写，如 2019-06-18。",
                                    en: "Date: “\(text)” is not a date; use yyyy-mm-dd."))
            return nil
        }
        if day > today {
            problems.append(Problem(field: "date", zh: "支出日期：\(day)晚于统计日期\(today)，尚未发生的支出不能登记。",
                                    en: "Date: \(day) is after today (\(today)); spending not yet made cannot be entered."))
            return nil
        }
        return day
    }

    /// The line a spending is booked against: one of the project's.
    mutating func line(in lines: [BudgetLine]) -> Int64? {
        if let id = Int64(typed["line"] ?? ""), lines.contains(where: { $0.id == id }) { return id }
        problems.append(Problem(field: "line", zh: "预算项：请选择本项目的一个预算项；尚无预算项时请先添加。",
                                en: "Budget line: choose one of this project's lines; add one first if there is none."))
        return nil
    }
}
