import ReformPlan

/// The what-if form: every item's weight (base items) or points per event
/// (bonuses and deductions) and cap, and the scheme they make.
enum AssessmentWhatIf {
    static func fields(_ scheme: AssessmentScheme) -> [[String: Any]] {
        scheme.items.map { item -> [String: Any] in
            var field: [String: Any] = ["key": item.key, "name": item.name, "group": item.rule.group.chineseName,
                                        "isBase": item.rule.group == .base, "cap": item.cap.map(AssessmentPoints.text) ?? ""]
            switch item.rule {
            case .bonus(_, let points), .deduction(_, let points), .publicityAdopted(let points):
                field["points"] = AssessmentPoints.text(points)
                field["hasPoints"] = true
            default:
                field["hasPoints"] = false
            }
            field["weight"] = AssessmentPoints.text(item.weight)
            return field
        }
    }

    /// The scheme with the form's numbers (`weight_<key>`, `points_<key>`,
    /// `cap_<key>`); a number that is not one is refused with its item named.
    static func apply(_ form: FormInput, to scheme: AssessmentScheme) throws -> AssessmentScheme {
        var proposed = scheme
        for item in scheme.items {
            for figure in AssessmentScheme.Figure.allCases {
                let field = "\(figure.rawValue)_\(item.key)"
                guard let text = form.text(field) else { continue }
                guard let value = Double(text), value.isFinite else {
                    throw Refusal(.unprocessableContent, zh: "“\(item.name)”的\(figure.chineseName)“\(text)”不是数字。",
                                  en: "\(item.key): \(figure.rawValue) is not a number.", field: field)
                }
                proposed = proposed.changing(item.key, figure, to: value) ?? proposed
            }
        }
        if let problem = proposed.problems.first(where: { $0.severity == .error }) {
            throw Refusal(.unprocessableContent, zh: "\(problem.path)：\(problem.message)", en: problem.message, field: problem.path)
        }
        return proposed
    }
}
