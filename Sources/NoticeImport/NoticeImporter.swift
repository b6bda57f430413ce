import Foundation
import ReformPlan

/// Placeholder API; the importer lands in its own commit.
public enum NoticeImporter {
    public static func importNotice(text: String) -> Plan {
        Plan(notice: Notice(title: ""))
    }
}
