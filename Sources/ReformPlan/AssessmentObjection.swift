import Foundation

/// A unit's objection (异议) to its published score, filed within the
/// scheme's window and answered by the supervising office.
public struct AssessmentObjection: Hashable, Sendable {
    public var id: Int64?
    public var unit: String
    public var text: String
    public var filedBy: String
    public var filedAt: Date
    public var answer: String?
    public var answeredBy: String?
    public var answeredAt: Date?

    public init(id: Int64? = nil, unit: String, text: String, filedBy: String, filedAt: Date, answer: String? = nil,
                answeredBy: String? = nil, answeredAt: Date? = nil) {
        self.id = id
        self.unit = unit
        self.text = text
        self.filedBy = filedBy
        self.filedAt = filedAt
        self.answer = answer
        self.answeredBy = answeredBy
        self.answeredAt = answeredAt
    }

    public var isAnswered: Bool { answer != nil }
}

/// One adopted version of the assessment scheme, as its file.
public struct StoredScheme: Hashable, Sendable {
    public var version: Int
    public var yaml: String
    public var note: String
    public var adoptedBy: String
    public var adoptedAt: Date

    public init(version: Int, yaml: String, note: String, adoptedBy: String, adoptedAt: Date) {
        self.version = version
        self.yaml = yaml
        self.note = note
        self.adoptedBy = adoptedBy
        self.adoptedAt = adoptedAt
    }
}
