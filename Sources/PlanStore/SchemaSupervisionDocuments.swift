// Step 017: the periodic supervision documents (每月通报, 半年小结, 考核结果)
// and who has read them.
//
// An issued document keeps its text and its DOCX and XLSX bytes as issued:
// "what was issued is stored as issued", whatever later data or later code
// would make of it. The serial is unique per plan, kind and year, so two
// supervisors issuing at once cannot both take number 7.

extension Migrations {
    static let createSupervisionDocuments = Migration(number: 17, name: "CreateSupervisionDocuments") { w in [
        """
        CREATE TABLE supervision_documents (
            id \(w.id),
            plan_id BIGINT NOT NULL REFERENCES plans (id),
            kind TEXT NOT NULL, period TEXT NOT NULL, state TEXT NOT NULL, title TEXT NOT NULL,
            facts TEXT NOT NULL, narrative TEXT NOT NULL,
            year BIGINT, serial BIGINT, number TEXT, issued_text TEXT, docx \(w.blob), xlsx \(w.blob),
            issued_on TEXT, issued_by TEXT, issued_at TEXT,
            corrects_id BIGINT REFERENCES supervision_documents (id),
            version BIGINT NOT NULL,
            created_by TEXT NOT NULL, created_at TEXT NOT NULL, updated_by TEXT NOT NULL, updated_at TEXT NOT NULL,
            UNIQUE (plan_id, kind, year, serial))
        """,
        "CREATE INDEX supervision_documents_by_period ON supervision_documents (plan_id, kind, period)",
        // One draft per period, even when two instances create it at once.
        """
        CREATE UNIQUE INDEX supervision_documents_one_draft ON supervision_documents (plan_id, kind, period)
        WHERE state = 'draft'
        """,
        """
        CREATE TABLE document_receipts (
            document_id BIGINT NOT NULL REFERENCES supervision_documents (id),
            login TEXT NOT NULL, unit TEXT, read_at TEXT NOT NULL,
            PRIMARY KEY (document_id, login))
        """,
    ] }
}
