import Hummingbird
import ReformPlan

/// The page for a spreadsheet refused whole (values or targets): every bad
/// row named, at most 500 listed, and nothing stored.
enum UploadRefusal {
    static let listed = 500

    static func page(_ services: Services, _ context: AppContext, indicator: Indicator, number: Int, fileName: String,
                     problems: [RowProblem]) -> Response {
        var data = Frame.data(context, services, title: indicator.name, active: "indicators")
        data["number"] = number
        data["name"] = indicator.name
        data["fileName"] = fileName
        data["problems"] = problems.prefix(listed).map { ["text": $0.description] }
        data["more"] = max(0, problems.count - listed)
        data["count"] = problems.count
        return services.pages.page("indicator-upload-problems", data, status: .unprocessableContent)
    }
}
