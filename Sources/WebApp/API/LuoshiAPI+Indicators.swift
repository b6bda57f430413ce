import ReformPlan

/// Indicators rolled up by division: the same figures as the indicator page.
extension LuoshiAPI {
    func getIndicatorRollup(_ input: Operations.GetIndicatorRollup.Input) async throws -> Operations.GetIndicatorRollup.Output {
        try APIRequest.current().require(.readPlan)
        try Check.range(input.path.number, 1...9999, "number")
        let month = try input.query.month.map { text -> ReportMonth in
            guard let month = ReportMonth(iso: text) else {
                throw Refusal(.unprocessableContent, zh: "月份应写成“2019-09”的形式。", en: "The month must look like 2019-09.", field: "month")
            }
            return month
        }
        if let code = input.query.division,
           !(code.count >= 6 && code.count <= 12 && code.drop { $0 == "Z" }.allSatisfy(\.isASCII) && code.drop { $0 == "Z" }.allSatisfy(\.isNumber)) {
            throw Refusal(.unprocessableContent, zh: "区划代码“\(code)”应为6到12位数字（功能区以Z开头）。",
                          en: "A division code has 6 to 12 digits (a functional zone's starts with Z).", field: "division")
        }
        let current = try await services.currentPlan()
        let f = try await IndicatorDesk(services: services, current: current)
            .figures(number: input.path.number, divisionCode: input.query.division, month: month, asOf: services.today())
        let method = f.rule.method
        func figure(_ division: Division, _ tally: RollupTally?, target: Double?, leaf: Bool) -> S.DivisionFigure {
            S.DivisionFigure(code: division.code, name: division.name, kind: .init(rawValue: division.kind.rawValue)!,
                             value: tally?.value(leaf ? .sum : method), target: target, reported: tally?.reported ?? 0,
                             eligible: tally?.eligible ?? 0, meeting: tally?.meeting ?? 0, demo: division.isDemo ? true : nil)
        }
        let project = f.indicator.project.flatMap(current.plan.project)
        return .ok(.init(body: .json(S.IndicatorRollup(
            number: f.number, name: f.indicator.name, measure: f.indicator.measure,
            method: .init(rawValue: method.rawValue)!, rule: f.rule.explanation(measure: f.indicator.measure),
            project: project?.number, answeringUnits: project?.responsibility.answeringUnits ?? [],
            month: f.month?.description,
            division: figure(f.focus, f.focusTally, target: f.focusTarget, leaf: false),
            parts: f.rows.map { figure($0.division, $0.tally, target: $0.target, leaf: $0.isLeaf) },
            breakdownProblem: f.breakdownProblem))))
    }
}
