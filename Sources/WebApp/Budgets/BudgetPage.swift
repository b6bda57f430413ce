import ReformPlan

/// The budget page's content: totals by funding source, the lines with their
/// execution, the spending, and — for those who may edit — a line form and a
/// spending form, each empty, filled for editing, or as refused with its problems.
struct BudgetPage {
    enum FormKind { case line, spending }

    let project: Project
    let budget: ProjectBudget
    let account: Account
    let language: Language
    var notice: String?
    private var lineForm: [String: String] = [:]
    private var spendingForm: [String: String] = [:]
    private var problems: [BudgetForm.Problem] = []

    init(project: Project, budget: ProjectBudget, account: Account, language: Language) {
        self.project = project
        self.budget = budget
        self.account = account
        self.language = language
    }

    var canEdit: Bool { Access.allows(account, .editBudget) }

    mutating func editLine(_ id: Int64) {
        guard let line = budget.lines.first(where: { $0.id == id }) else { return }
        lineForm = ["id": String(id), "version": String(line.version), "source": line.source.rawValue,
                    "amount": line.amount.plain, "unit": MoneyUnit.yuan.rawValue, "note": line.note]
    }

    mutating func editSpending(_ id: Int64) {
        guard let entry = budget.spending.first(where: { $0.id == id }) else { return }
        spendingForm = ["id": String(id), "version": String(entry.version), "line": String(entry.line),
                        "date": entry.date.description, "amount": entry.amount.plain, "unit": MoneyUnit.yuan.rawValue,
                        "description": entry.description]
    }

    mutating func refused(_ form: BudgetForm, kind: FormKind) {
        if kind == .line { lineForm = form.typed } else { spendingForm = form.typed }
        problems = form.problems
    }

    var data: [String: Any] {
        let execution = BudgetExecution(budget)
        let sourceNames = Dictionary(budget.lines.compactMap { line in line.id.map { ($0, BudgetCells.source(line.source, language)) } }) { a, _ in a }
        var data: [String: Any] = [
            "project": ["number": project.number, "title": project.title],
            "canEdit": canEdit,
            "total": Self.figures(execution.total),
            "sources": execution.sources.map { Self.figures($0.rate).merging(["name": BudgetCells.source($0.source, language)]) { $1 } },
            "lines": execution.lines.map { figures in
                Self.figures(figures.rate).merging([
                    "id": figures.line.id ?? 0, "version": figures.line.version, "source": BudgetCells.source(figures.line.source, language),
                    "note": figures.line.note,
                ]) { $1 }
            },
            "spending": budget.spending.map { entry in
                ["id": entry.id ?? 0, "version": entry.version, "date": entry.date.description,
                 "source": sourceNames[entry.line] ?? "", "description": entry.description, "amount": entry.amount.grouped,
                 "voucher": entry.voucher.map { ["name": $0.fileName, "id": entry.id ?? 0] as [String: Any] } ?? false] as [String: Any]
            },
            "hasLines": !budget.lines.isEmpty,
            "hasSpending": !budget.spending.isEmpty,
            "problemList": problems.map { ["field": $0.field, "text": language == .zh ? $0.zh : $0.en] },
        ]
        if let notice { data["notice"] = notice }
        if canEdit {
            data["lineForm"] = form(lineForm, unit: .tenThousandYuan, extra: [
                "sources": FundingSource.allCases.map { source in
                    ["value": source.rawValue, "label": BudgetCells.source(source, language), "selected": lineForm["source"] == source.rawValue]
                },
                "note": lineForm["note"] ?? "",
            ])
            data["spendingForm"] = form(spendingForm, unit: .yuan, extra: [
                "lines": execution.lines.map { figures in
                    let id = figures.line.id ?? 0
                    return ["value": id, "label": "\(BudgetCells.source(figures.line.source, language)) \(figures.line.amount.grouped)"
                            + (figures.line.note.isEmpty ? "" : " · \(figures.line.note)"),
                            "selected": spendingForm["line"] == String(id)] as [String: Any]
                },
                "date": spendingForm["date"] ?? "",
                "description": spendingForm["description"] ?? "",
            ])
        }
        return data
    }

    /// The fields both forms share: id and version when editing, the amount
    /// as typed with its unit, and each field's problem beside it.
    private func form(_ typed: [String: String], unit fallback: MoneyUnit, extra: [String: Any]) -> [String: Any] {
        let unit = typed["unit"].flatMap(MoneyUnit.init) ?? fallback
        var form: [String: Any] = [
            "id": typed["id"] ?? "", "version": typed["version"] ?? "0", "editing": !(typed["id"] ?? "").isEmpty,
            "amount": typed["amount"] ?? "",
            "units": MoneyUnit.allCases.map { ["value": $0.rawValue, "label": $0.chineseName, "selected": $0 == unit] },
        ]
        if typed.isEmpty == false {
            for problem in problems { form["problem_" + problem.field] = language == .zh ? problem.zh : problem.en }
        }
        form.merge(extra) { $1 }
        return form
    }

    static func figures(_ rate: ExecutionRate) -> [String: Any] {
        ["budgeted": rate.budgeted.grouped, "spent": rate.spent.grouped, "left": (rate.budgeted - rate.spent).grouped,
         "execution": rate.percentText, "overspent": rate.isOverspent]
    }
}
