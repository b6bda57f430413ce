import Foundation
import NoticeImport
import ReformPlan

/// The demo plan: the 2019 Wuhan civil-affairs reform plan, as a plan file
/// made by `luoshi import` from the published notice and kept with the program.
public enum DemoPlan {
    public static let fileName = "wuhan-2019-civil-affairs-reform"

    public static func load() throws -> Plan {
        guard let url = Bundle.module.url(forResource: "DemoPlan/\(fileName)", withExtension: "yaml")
                ?? Bundle.module.url(forResource: fileName, withExtension: "yaml", subdirectory: "DemoPlan") else {
            throw DemoError.missingPlan
        }
        return try PlanFile.decode(try Data(contentsOf: url))
    }

    /// The day the demo is judged as of, unless `--as-of` says otherwise.
    public static let defaultAsOf = Day(year: 2019, month: 9, day: 30)
}

public enum DemoError: Error, CustomStringConvertible {
    case missingPlan
    case asOfOutsidePlanYear(Day, Int)

    public var description: String {
        switch self {
        case .missingPlan: "演示计划文件缺失 (the demo plan file is missing from the build)."
        case let .asOfOutsidePlanYear(day, year):
            "演示日期\(day)不在计划年度\(year)年内。 (The demo date \(day) is outside the plan year \(year).)"
        }
    }
}
