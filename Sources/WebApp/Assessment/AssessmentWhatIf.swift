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

    /// The scheme with the form's numbers; a number that is not one is refused with its item named.
    static func apply(_ form: FormInput, to scheme: AssessmentScheme) throws -> AssessmentScheme {
        var proposed = scheme
        func number(_ field: String, _ item: AssessmentItem, _ what: String) throws -> Double? {
            guard let text = form.text(field) else { return nil }
            guard let value = Double(text), value.isFinite else {
                throw Refusal(.unprocessableContent, zh: "“\(item.name)”的\(what)“\(text)”不是数字。",
                              en: "\(item.key): \(what) is not a number.", field: field)
            }
            return value
        }
        for (index, item) in scheme.items.enumerated() {
            var changed = item
            if let weight = try number("weight_\(item.key)", item, "权重") { changed.weight = weight }
            if let cap = try number("cap_\(item.key)", item, "上限") { changed.cap = cap }
            if let points = try number("points_\(item.key)", item, "每次分值") {
                switch item.rule {
                case .bonus(let event, _): changed.rule = .bonus(event: event, points: points)
                case .deduction(let event, _): changed.rule = .deduction(event: event, points: points)
                case .publicityAdopted: changed.rule = .publicityAdopted(pointsEach: points)
                default: break
                }
            }
            proposed.items[index] = changed
        }
        if let problem = proposed.problems.first(where: { $0.severity == .error }) {
            throw Refusal(.unprocessableContent, zh: "\(problem.path)：\(problem.message)", en: problem.message, field: problem.path)
        }
        return proposed
    }
}
