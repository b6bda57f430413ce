import OfficeTables
import ReformPlan

extension TablePlanBuilder {
    /// One project row: title (first line of the title cell; further lines
    /// are its description), category and group, the responsibility chain,
    /// deadline, steps and the targets of its 目标 cell.
    mutating func project(_ cells: TableCells, number: Int, group: TableGroup?) -> Project {
        let row = cells.row
        let titleLines = cells.lines(.title)
        var description = Array(titleLines.dropFirst()) + cells.lines(.description)
        if let target = cells.value(.target) { description.append("目标：" + target) }
        if let remarks = cells.value(.remarks) { description.append("备注：" + remarks) }
        let units = cells.units()
        let responsibility = Responsibility(
            firstResponsible: cells.value(.firstResponsible), leaderInCharge: cells.value(.leaderInCharge),
            responsibleUnits: units.responsible, supportingUnits: units.supporting,
            contactPhone: cells.value(.contactPhone),
            leadAgency: cells.value(.leadAgency).map { UnitList.split($0).joined(separator: "、") })
        var category = group?.category
        var groupName = group?.title
        if let named = cells.value(.category) {
            groupName = named
            category = ProjectCategory.allCases.first { $0.chineseName == named } ?? ProjectGroup.category(of: Chrome.compact(named))
        }
        let steps = cells.lines(.steps)
        if !steps.isEmpty {
            let stream = Set(phases.compactMap(\.project)).count + 1
            phases += TableSteps.phases(steps, project: number, stream: stream, line: row, planYear: planYear)
        }
        if let address = cells.address(.target), let range = source.range(of: address) {
            extractor.scan(CleanText(source.text, range), context: .init(project: number, task: nil, line: row))
        }
        return Project(number: number, title: titleLines.first ?? "", description: description.isEmpty ? nil : description.joined(separator: "\n"),
                       category: category, group: groupName, responsibility: responsibility,
                       deadline: deadline(cells), line: row)
    }

    /// The 完成时限 cell read as a labelled deadline of a notice: any wording
    /// is a deadline, a date where it names one. "按实施步骤…" is what the
    /// table renderer writes for a project whose only timing is its steps, so
    /// it is no deadline of its own. A second, different deadline is reported.
    mutating func deadline(_ cells: TableCells) -> Deadline? {
        guard let address = cells.address(.deadline), let text = cells.value(.deadline),
              !text.hasPrefix("按实施步骤"), let range = source.range(of: address) else { return nil }
        let found = DeadlineParser(planYear: planYear)
            .matches(in: source.text.normal, range, original: source.text.original, labelled: true)
        guard let first = found.first else { return Deadline(text: text, kind: .relative) }
        if let other = found.dropFirst().first(where: { $0.deadline.text != first.deadline.text && $0.deadline.date != first.deadline.date }) {
            source.report(.warning, row: cells.row, column: address.column,
                          "另有时限“\(other.deadline.text)”，已取第一个时限“\(first.deadline.text)”。")
        }
        return first.deadline
    }
}
