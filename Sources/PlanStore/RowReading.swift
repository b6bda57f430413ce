import Foundation
import ReformPlan
import SQLKit

/// Typed reads of one column, so the reader reads like the model it builds.
extension SQLRow {
    func string(_ column: String) throws -> String { try decode(column: column, as: String.self) }
    func string(ifAny column: String) throws -> String? { try decode(column: column, as: String?.self) }
    func int(_ column: String) throws -> Int { try decode(column: column, as: Int.self) }
    func int(ifAny column: String) throws -> Int? { try decode(column: column, as: Int?.self) }
    func double(_ column: String) throws -> Double { try decode(column: column, as: Double.self) }
    func double(ifAny column: String) throws -> Double? { try decode(column: column, as: Double?.self) }
    func int64(_ column: String) throws -> Int64 { try decode(column: column, as: Int64.self) }
    /// Flags are BIGINT 0 or 1 in both databases.
    func bool(_ column: String) throws -> Bool { try int(column) != 0 }

    func date(_ column: String, in table: String) throws -> Date {
        let text = try string(column)
        guard let date = try? Timestamp.date(text) else { throw StoreError.unreadable(table: table, column: column, value: text) }
        return date
    }

    func date(ifAny column: String, in table: String) throws -> Date? {
        try string(ifAny: column) == nil ? nil : try date(column, in: table)
    }

    func day(_ column: String, in table: String) throws -> Day {
        let text = try string(column)
        guard let day = Day(iso: text) else { throw StoreError.unreadable(table: table, column: column, value: text) }
        return day
    }

    func day(ifAny column: String, in table: String) throws -> Day? {
        guard let text = try string(ifAny: column) else { return nil }
        guard let day = Day(iso: text) else { throw StoreError.unreadable(table: table, column: column, value: text) }
        return day
    }

    /// An enum stored by its raw value.
    func value<E: RawRepresentable<String>>(_ column: String, in table: String, as _: E.Type = E.self) throws -> E {
        let text = try string(column)
        guard let value = E(rawValue: text) else { throw StoreError.unreadable(table: table, column: column, value: text) }
        return value
    }

    func value<E: RawRepresentable<String>>(ifAny column: String, in table: String, as _: E.Type = E.self) throws -> E? {
        try string(ifAny: column) == nil ? nil : try value(column, in: table, as: E.self)
    }

    func deadline(in table: String) throws -> Deadline? {
        guard let kind: Deadline.Kind = try value(ifAny: "deadline_kind", in: table) else { return nil }
        return Deadline(date: try day(ifAny: "deadline_date", in: table), text: try string("deadline_text"), kind: kind)
    }

    /// The responsibility columns, with the unit lists read from the link table.
    func responsibility(units: [String: [String]]) throws -> Responsibility {
        Responsibility(firstResponsible: try string(ifAny: "first_responsible"),
                       leaderInCharge: try string(ifAny: "leader_in_charge"),
                       responsibleUnits: units["responsible"] ?? [], supportingUnits: units["supporting"] ?? [],
                       contactPhone: try string(ifAny: "contact_phone"), leadAgency: try string(ifAny: "lead_agency"))
    }
}
