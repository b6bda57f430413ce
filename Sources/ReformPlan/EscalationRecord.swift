import Foundation

/// A rung of the ladder that people climb by hand, recorded: a 催办 (the
/// supervisor pressed the unit, by telephone or in person, and says what was
/// said), a 约谈 (the leader in charge interviewed the unit's head, with the
/// outcome), or a 问责 (a referral to the office that handles accountability,
/// and later what it decided). 提醒, 督办单 and 通报 are recorded by the
/// events themselves (the reminder sent, the notice issued, the bulletin
/// naming the unit) and never here.
public struct EscalationRecord: Hashable, Sendable {
    public enum Step: String, Hashable, Sendable, Codable, CaseIterable {
        case pressed, interview, referral

        public var rung: Rung {
            switch self {
            case .pressed: .pressed
            case .interview: .interview
            case .referral: .accountability
            }
        }

        public var chineseName: String { rung.chineseName }
    }

    public var id: Int64?
    public var planID: Int
    public var unit: String
    public var step: Step
    /// The day it happened (the interview's day, the referral's day).
    public var day: Day
    /// 催办: what was pressed for; 约谈: what the interview was about; 问责: the grounds.
    public var summary: String
    /// 约谈: the leader who held it; 问责: the office it was referred to (e.g. 机关纪委); 催办: who pressed.
    public var by: String
    /// 约谈: the outcome (the unit's undertakings); 问责: the result, once the office decides.
    public var outcome: String?
    /// 问责 only: whether the office held the unit to account (nil until it decides).
    /// Only a case held counts in the year-end assessment.
    public var held: Bool?
    public var recordedBy: String
    public var recordedAt: Date
    public var version: Int

    public init(id: Int64? = nil, planID: Int, unit: String, step: Step, day: Day, summary: String, by: String,
                outcome: String? = nil, held: Bool? = nil, recordedBy: String, recordedAt: Date, version: Int = 0) {
        self.id = id
        self.planID = planID
        self.unit = unit
        self.step = step
        self.day = day
        self.summary = summary
        self.by = by
        self.outcome = outcome
        self.held = held
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
        self.version = version
    }

    /// A referral still waiting for the office's decision.
    public var awaitsResult: Bool { step == .referral && held == nil }

    /// What is wrong with a record about to be kept, field by field, in the
    /// words a form shows; empty when nothing is. `today` is the day the rules
    /// judge by: nothing is recorded as having happened after it.
    public func problems(today: Day, units: [String]) -> [(field: String, message: String)] {
        var found: [(String, String)] = []
        if !units.contains(unit) { found.append(("unit", "“\(unit)”不是本方案的报送单位")) }
        if day > today { found.append(("day", "日期\(day)晚于今天（\(today)），只能记录已经发生的\(step.chineseName)")) }
        let summaryName = switch step {
        case .pressed: "催办内容"
        case .interview: "约谈事由"
        case .referral: "移送问责的事由"
        }
        if summary.trimmingCharacters(in: .whitespacesAndNewlines).count < 4 { found.append(("summary", "请写明\(summaryName)（至少4个字）")) }
        if summary.count > 2000 { found.append(("summary", "\(summaryName)不超过2000字，现为\(summary.count)字")) }
        let byName = switch step {
        case .pressed: "催办人"
        case .interview: "约谈人（分管领导）"
        case .referral: "移送的处理机关（如机关纪委）"
        }
        if by.trimmingCharacters(in: .whitespaces).isEmpty { found.append(("by", "请写明\(byName)")) }
        if step == .interview, (outcome ?? "").trimmingCharacters(in: .whitespacesAndNewlines).count < 4 {
            found.append(("outcome", "约谈须记录结果（被约谈单位的表态和整改承诺，至少4个字）"))
        }
        return found
    }
}

extension Messages {
    /// The unit hears of a 催办, a 约谈 or a 问责 referral recorded against it.
    public static func escalated(_ record: EscalationRecord) -> Message {
        let (kind, subject, body): (Message.Kind, String, String) = switch record.step {
        case .pressed:
            (.pressed, "【催办】\(record.unit)：\(record.summary.prefix(30))",
             "\(record.unit)：\(record.by)于\(record.day.chineseName)催办：\(record.summary)。请抓紧办理并在系统中报送。")
        case .interview:
            (.interviewed, "【约谈】\(record.unit)（\(record.day.chineseName)）",
             "\(record.unit)：\(record.by)于\(record.day.chineseName)就“\(record.summary)”约谈本单位。约谈结果：\(record.outcome ?? "")")
        case .referral:
            (.referred, "【问责移送】\(record.unit)",
             "\(record.unit)：因“\(record.summary)”，本单位推进改革不力的情况已于\(record.day.chineseName)移送\(record.by)处理。")
        }
        return Message(kind: kind, recipient: .unit(record.unit), subject: subject, body: body,
                       link: "/units/\(Self.pathComponent(record.unit))")
    }

    /// A unit's name in a link: percent-encoded, since names are Chinese.
    public static func pathComponent(_ name: String) -> String {
        name.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/"))) ?? name
    }
}
