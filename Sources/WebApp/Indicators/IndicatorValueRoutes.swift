import Foundation
import Hummingbird
import NoticeImport
import OfficialDocuments
import PlanStore
import ReformPlan

/// Values by spreadsheet: the pre-filled template for an indicator and month
/// (one protected sheet per district, codes and names locked, the value
/// column open), and the upload of a filled one, checked whole before
/// anything is stored. A district bureau's reporter works on its own
/// district only; the supervisor on all.
struct IndicatorValueRoutes {
    let services: Services

    func add(to router: Router<AppContext>) {
        router.get("/indicators/{number}/template.xlsx") { request, context in try await template(request, context) }
        router.post("/indicators/{number}/values") { request, context in try await upload(request, context) }
    }

    /// The districts the account may enter values for: all for a supervisor,
    /// its own unit's district for a district bureau's reporter.
    private func districts(for account: Account, desk: IndicatorDesk) async throws -> [Division] {
        let tree = try await desk.upperTree()
        let all = tree.children(of: try desk.city(tree).code).filter { $0.kind == .district }
        let links = try await services.store.unitDivisions()
        return try all.filter { d in
            let units = links.filter { $0.value == d.code }.map(\.key)
            return Access.allows(account, .enterValues, units: units.isEmpty ? [Self.unlinked(d)] : units)
        }.nonEmpty(or: Refusal(.forbidden, zh: "你单位尚未关联到区，请联系系统管理员（luoshi divisions link）关联后再报送。",
                               en: "Your unit is not linked to a district; ask the administrator to link it."))
    }

    /// A stand-in unit name for a district no unit is linked to, which no reporter's unit can match.
    static func unlinked(_ d: Division) -> String { "（未关联单位的\(d.name)）" }

    private func template(_ request: Request, _ context: AppContext) async throws -> Response {
        let account = try context.require(.enterValues)
        let current = try await services.currentPlan()
        let desk = IndicatorDesk(services: services, current: current)
        guard let number = context.parameters.get("number", as: Int.self) else { throw Refusal.notFound("该指标", "indicator") }
        let (indicator, id) = try await desk.indicator(number)
        let (rule, _) = try await desk.rule(for: indicator, id: id)
        let month = try Self.month(request.uri.queryParameters["month"].map(String.init), default: ReportMonth(services.today()))
        let kinds = rule.countedKinds
        var sheets: [XlsxWorkbook.Sheet] = []
        for district in try await districts(for: account, desk: desk) {
            let units = rule.level == .county ? [district] : try await services.store.divisions(of: kinds, within: district)
            let before = try await services.store.indicatorValues(indicatorID: id, month: month.previous, within: district)
            let now = try await services.store.indicatorValues(indicatorID: id, month: month, within: district)
            var rows: [[XlsxWorkbook.Cell]] = [
                [.text("\(indicator.name) · \(month.chineseName) · \(district.name)", .title)],
                [.text("代码", .header), .text("名称", .header), .text("类型", .header), .text("上月数值", .header),
                 .text("数值", .header)],
            ]
            for unit in units {
                let key = unit.key ?? 0
                rows.append([.text(unit.code), .text(unit.name), .text(unit.kind.chineseName),
                             before[key].map { .number($0) } ?? .text(""),
                             now[key].map { .number($0, .input) } ?? .empty()])
            }
            sheets.append(XlsxWorkbook.Sheet(name: district.name, widths: [16, 28, 10, 10, 12], rows: rows, frozenRows: 2,
                                             protected: true))
        }
        let data = try XlsxWorkbook(title: "\(indicator.name) \(month)", sheets: sheets).data()
        return Download.response(data, mediaType: DocumentFiles.xlsxType, fileName: "\(indicator.name)-\(month).xlsx")
    }

    /// The month asked for; a month after `fallback` (this month) is refused: its values would be stored and never shown.
    static func month(_ text: String?, default fallback: ReportMonth) throws -> ReportMonth {
        guard let text, !text.isEmpty else { return fallback }
        guard let month = ReportMonth(iso: text) else {
            throw Refusal(.unprocessableContent, zh: "月份“\(text)”应写成“2019-09”的形式。", en: "The month must look like 2019-09.", field: "month")
        }
        guard month <= fallback else {
            throw Refusal(.unprocessableContent, zh: "不能报送以后月份（\(month.chineseName)）的数值，本月是\(fallback.chineseName)。",
                          en: "Values cannot be entered for a month to come.", field: "month")
        }
        return month
    }

    private func upload(_ request: Request, _ context: AppContext) async throws -> Response {
        let account = try context.require(.enterValues)
        let form = try await FormInput.read(request, context: context)
        let current = try await services.currentPlan()
        let desk = IndicatorDesk(services: services, current: current)
        guard let number = context.parameters.get("number", as: Int.self) else { throw Refusal.notFound("该指标", "indicator") }
        let (indicator, id) = try await desk.indicator(number)
        let (rule, _) = try await desk.rule(for: indicator, id: id)
        let month = try Self.month(form["month"], default: ReportMonth(services.today()))
        guard let file = form.uploads.first(where: { $0.field == "file" && $0.bytes.readableBytes > 0 }) else {
            throw Refusal(.unprocessableContent, zh: "请选择要上传的表格文件（XLSX或CSV）。", en: "Choose a file to upload.", field: "file")
        }
        let data = Data(buffer: file.bytes)
        let rows: [ValueRow]
        do {
            rows = try ValuesFile.rows(data)
        } catch {
            throw Refusal(.unprocessableContent, zh: "“\(file.fileName)”：\(error)", en: "The file cannot be read: \(error)", field: "file")
        }
        let kinds = rule.countedKinds
        let known = try await services.store.divisionKinds(of: kinds)
        var checked = IndicatorValueCheck.check(rows, known: known, rule: rule)
        // A district may enter values only under its own district: others are named like any bad row.
        let mine = Set(try await districts(for: account, desk: desk).compactMap(\.key))
        let keyed = Dictionary(rows.compactMap { r in DivisionCode.key(r.code.trimmingCharacters(in: .whitespaces)).map { ($0, r.place) } },
                               uniquingKeysWith: { a, _ in a })
        for value in checked.values where !mine.contains(DivisionCode.ancestorKey(value.key, at: .county)) {
            checked.problems.append(RowProblem(place: keyed[value.key] ?? "", column: "代码",
                                               message: "\(DivisionCode.code(key: value.key, at: rule.level))不在你可报送的区内 (outside the districts you may enter)"))
        }
        guard checked.problems.isEmpty else {
            return UploadRefusal.page(services, context, indicator: indicator, number: number, fileName: file.fileName,
                                      problems: checked.problems)
        }
        let values = checked.values.map { DivisionValue(key: $0.key, kind: $0.kind, value: $0.value) }
        let source = "\(file.fileName) sha256:\(Secrets.sha256(data).prefix(16))"
        let stored = try await services.store.saveIndicatorValues(values, indicatorID: id, planID: current.id, month: month,
                                                                  source: source, rule: rule, comparator: indicator.comparator,
                                                                  by: account.login, at: services.now())
        return Response.redirect(to: "/indicators/\(number)?month=\(month)&stored=\(stored)")
    }
}

extension Array {
    func nonEmpty(or error: @autoclosure () -> any Error) throws -> [Element] {
        if isEmpty { throw error() }
        return self
    }
}
