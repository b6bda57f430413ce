import ReformPlan

/// A responsibility chain being put together from the notes that cover an
/// item: its own notes, a shared "以上N项" note, a group's note, a "下同" note.
struct DraftResponsibility {
    enum Mode {
        /// The item's own note: every field counts.
        case own
        /// "以上N项": adds people and units the item lacks; its own lead agency is kept.
        case shared
        /// A group's note, "下同", a forward rule: fills only what the item has not said.
        case fallback
    }

    var firstResponsible: String?
    var leaderInCharge: String?
    var responsibleUnits: [String] = []
    var supportingUnits: [String] = []
    var leadUnits: [String] = []
    var contactPhone: String?
    /// The range of a 完成时限 value, read by the deadline parser.
    var deadlineRange: Range<Int>?
    var people: [Person] = []

    var isEmpty: Bool {
        firstResponsible == nil && leaderInCharge == nil && responsibleUnits.isEmpty && supportingUnits.isEmpty
            && leadUnits.isEmpty && contactPhone == nil
    }

    mutating func add(_ note: NoteScanner.Note, from text: SourceText, mode: Mode) {
        for field in note.fields {
            switch field.role {
            case .firstResponsible:
                guard firstResponsible == nil, let person = field.person else { break }
                people.append(person)
                firstResponsible = person.name
            case .leaderInCharge:
                guard leaderInCharge == nil, let person = field.person else { break }
                people.append(person)
                leaderInCharge = person.name
            case .responsible: merge(field.units, into: &responsibleUnits, mode: mode)
            case .supporting: merge(field.units, into: &supportingUnits, mode: mode)
            case .lead:
                if mode == .own || leadUnits.isEmpty { merge(field.units, into: &leadUnits, mode: .own) }
            case .phone: if contactPhone == nil { contactPhone = Chrome.compact(field.text) }
            case .deadline: if deadlineRange == nil { deadlineRange = field.value }
            case .contactPerson, .email: break
            }
        }
    }

    mutating func addResponsibleUnits(_ units: [String]) {
        merge(units, into: &responsibleUnits, mode: .shared)
    }

    private func merge(_ units: [String], into list: inout [String], mode: Mode) {
        if mode == .fallback, !list.isEmpty { return }
        for unit in units where !list.contains(unit) { list.append(unit) }
    }

    var responsibility: Responsibility {
        Responsibility(firstResponsible: firstResponsible, leaderInCharge: leaderInCharge,
                       responsibleUnits: responsibleUnits, supportingUnits: supportingUnits,
                       contactPhone: contactPhone, leadAgency: leadUnits.isEmpty ? nil : leadUnits.joined(separator: "、"))
    }
}
