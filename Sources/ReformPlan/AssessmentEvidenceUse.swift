/// One evidence record's part in an item score: counted for the unit,
/// against it, or not counted (not yet due, not adopted, after the as-of
/// day), with a note saying which. The record itself is kept whole so that
/// the page can link it to its report, phase, notice or document.
public struct AssessmentEvidenceUse: Hashable, Sendable, Codable {
    public enum Record: Hashable, Sendable, Codable {
        case report(AssessmentEvidence.Report)
        case phase(AssessmentEvidence.PhaseRecord)
        case indicator(AssessmentEvidence.IndicatorRecord)
        case notice(AssessmentEvidence.NoticeRecord)
        case publicity(AssessmentEvidence.PublicityRecord)
        case event(AssessmentEvent)

        /// How the page names the record: "2019年6月进展报告", "督办〔2019〕3号".
        public var chineseName: String {
            switch self {
            case .report(let r): "\(r.month.chineseName)进展报告"
            case .phase(let p): "项目\(p.project) 步骤\(p.phase.stream).\(p.phase.order)“\(p.title)”"
            case .indicator(let i): "指标“\(i.name)”"
            case .notice(let n): n.number
            case .publicity(let p): "《\(p.title)》"
            case .event(let e): "\(e.kind.chineseName)：\(e.description)" + (e.reference.map { "（\($0)）" } ?? "")
            }
        }
    }

    public enum Standing: String, Hashable, Sendable, Codable, CaseIterable {
        case counted, against, notCounted

        public var chineseName: String {
            switch self {
            case .counted: "计分"
            case .against: "失分"
            case .notCounted: "不计"
            }
        }
    }

    public var record: Record
    public var standing: Standing
    /// What the record brings: under a share item its share of credit, 0–1
    /// (1 or 0 except an indicator's partial attainment); under a per-event
    /// item its points before caps (negative for a deduction); 0 when not counted.
    public var credit: Double
    /// Why: "迟报（2019年6月28日，期限2019年6月25日）", "完成率85%".
    public var note: String

    public init(record: Record, standing: Standing, credit: Double, note: String) {
        self.record = record
        self.standing = standing
        self.credit = credit
        self.note = note
    }
}
