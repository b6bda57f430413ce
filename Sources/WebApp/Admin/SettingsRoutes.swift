import Foundation
import Hummingbird
import ReformPlan

/// 设置: the thresholds staff may change without a restart — the report due
/// day, the lag margin, the default reply time of a notice. They are kept in
/// the database, so every instance applies the same values.
struct SettingsRoutes {
    let services: Services

    static let fields: [(key: String, label: String, range: ClosedRange<Int>)] = [
        ("reports.dueDay", "每月报送截止日 / report due day of the month", 1...31),
        ("status.lagMargin", "滞后判定阈值（百分点） / lag margin (percentage points)", 0...100),
        ("notices.replyDays", "督办单默认回复天数 / default reply days of a notice", 1...60),
    ]

    func add(to router: Router<AppContext>) {
        router.get("/settings") { _, context in try await page(context) }
        router.post("/settings") { request, context -> Response in
            let account = try context.require(.manageSettings)
            let form = try await FormInput.read(request, context: context)
            for field in Self.fields {
                guard let text = form.text(field.key) else { continue }
                guard let value = Int(text), field.range.contains(value) else {
                    return try await page(context, error: Refusal(.unprocessableContent,
                        zh: "“\(field.label)”应为\(field.range.lowerBound)到\(field.range.upperBound)之间的整数，收到“\(text)”。",
                        en: "\(field.key) must be a whole number from \(field.range.lowerBound) to \(field.range.upperBound).", field: field.key))
                }
                try await services.store.setSetting(field.key, String(value), by: account.login, at: services.now())
            }
            return Response.redirect(to: "/settings")
        }
        router.post("/settings/letterhead") { request, context in try await LetterheadSettings(services: services).save(request, context) }
    }

    private func page(_ context: AppContext, error: Refusal? = nil) async throws -> Response {
        try context.require(.manageSettings)
        let thresholds = try await services.thresholds()
        let values = ["reports.dueDay": thresholds.reportDueDay, "status.lagMargin": thresholds.lagMargin,
                      "notices.replyDays": thresholds.noticeReplyDays]
        var data = Frame.data(context, services, title: "设置 / Settings", active: "settings")
        data["fields"] = Self.fields.map { ["key": $0.key, "label": $0.label, "value": values[$0.key] ?? 0,
                                            "min": $0.range.lowerBound, "max": $0.range.upperBound] as [String: Any] }
        if let error { data["error"] = error.message(context.language) }
        if let plan = try await services.plans.current()?.plan {
            let values = LetterheadSettings.values(LetterheadSettings.current(try await services.plans.settings(), plan: plan))
            data["letterhead"] = LetterheadSettings.fields.map {
                ["key": $0.key, "label": $0.label, "lines": $0.lines, "value": values[$0.key] ?? ""] as [String: Any]
            }
        }
        return services.pages.page("settings", data, status: error?.status ?? .ok)
    }
}

extension Services {
    /// The thresholds in force: the server's defaults, overridden by what an
    /// administrator set on the settings page.
    func thresholds() async throws -> StatusThresholds {
        Self.thresholds(settings.thresholds, stored: try await plans.settings())
    }

    /// The server's thresholds with what the settings page stored over them.
    static func thresholds(_ base: StatusThresholds, stored: [String: String]) -> StatusThresholds {
        var thresholds = base
        if let value = stored["reports.dueDay"].flatMap(Int.init) { thresholds.reportDueDay = value }
        if let value = stored["status.lagMargin"].flatMap(Int.init) { thresholds.lagMargin = value }
        if let value = stored["notices.replyDays"].flatMap(Int.init) { thresholds.noticeReplyDays = value }
        return thresholds
    }
}
