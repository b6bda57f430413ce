// Step 019: when a report was first sent. submitted_at moves when a returned
// report is sent again; bulletins and the assessment judge on-time reporting
// by the first sending, which this keeps.

extension Migrations {
    static let addFirstSubmission = Migration(number: 19, name: "AddFirstSubmission") { _ in [
        "ALTER TABLE progress_reports ADD COLUMN first_submitted_at TEXT",
        "UPDATE progress_reports SET first_submitted_at = submitted_at",
    ] }
}
