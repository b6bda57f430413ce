/// Changing a scheme's figures, for a what-if and for adopting its result:
/// a base item's weight, the points per event of a bonus, a deduction or
/// publicity, and an item's cap. The page and the command line both go
/// through here, so a number means the same in both.
extension AssessmentScheme {
    public enum Figure: String, Sendable, CaseIterable {
        case weight, points, cap

        public var chineseName: String {
            switch self {
            case .weight: "权重"
            case .points: "每次分值"
            case .cap: "上限"
            }
        }
    }

    /// The figure a bare number for an item changes: a base item's weight,
    /// otherwise its points per event.
    public func naturalFigure(of key: String) -> Figure? {
        guard let item = items.first(where: { $0.key == key }) else { return nil }
        return item.rule.group == .base ? .weight : .points
    }

    /// The scheme with one figure changed; nil when no item has `key`, or the
    /// item has no such figure (a rate has no points per event).
    public func changing(_ key: String, _ figure: Figure, to value: Double) -> AssessmentScheme? {
        guard let index = items.firstIndex(where: { $0.key == key }) else { return nil }
        var changed = self
        switch (figure, items[index].rule) {
        case (.weight, _): changed.items[index].weight = value
        case (.cap, _): changed.items[index].cap = value
        case (.points, .bonus(let event, _)): changed.items[index].rule = .bonus(event: event, points: value)
        case (.points, .deduction(let event, _)): changed.items[index].rule = .deduction(event: event, points: value)
        case (.points, .publicityAdopted): changed.items[index].rule = .publicityAdopted(pointsEach: value)
        case (.points, _): return nil
        }
        return changed
    }
}
