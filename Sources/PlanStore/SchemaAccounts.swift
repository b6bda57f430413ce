// Step 009: who signs in, and what a signed-in browser or API client holds.
// Sessions, tokens and sign-in failures are in the database, not in a server's
// memory, so that several instances behind one address share them.

extension Migrations {
    static let createAccounts = Migration(number: 9, name: "CreateAccounts") { w in [
        // login_key is the login folded to lower case: logins are unique without
        // regard to case, so that "Admin" cannot pass for "admin".
        // password_hash is whatever the web tier's hasher produced (bcrypt text).
        """
        CREATE TABLE accounts (
            id \(w.id),
            login TEXT NOT NULL, login_key TEXT NOT NULL UNIQUE,
            display_name TEXT NOT NULL, role TEXT NOT NULL, unit TEXT, person TEXT,
            disabled BIGINT NOT NULL,
            password_hash TEXT NOT NULL,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL)
        """,
        // Keyed by the SHA-256 of the cookie's token: the token itself is never stored.
        """
        CREATE TABLE sessions (
            token_hash TEXT PRIMARY KEY,
            account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
            csrf_token TEXT NOT NULL,
            created_at TEXT NOT NULL, expires_at TEXT NOT NULL)
        """,
        "CREATE INDEX sessions_by_account ON sessions (account_id)",
        "CREATE INDEX sessions_by_expiry ON sessions (expires_at)",
        """
        CREATE TABLE access_tokens (
            id \(w.id),
            account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            token_hash TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL, expires_at TEXT NOT NULL, revoked_at TEXT, last_used_at TEXT)
        """,
        "CREATE INDEX access_tokens_by_account ON access_tokens (account_id)",
        // One row per failed sign-in, counted over a window by the caller.
        "CREATE TABLE sign_in_failures (throttle_key TEXT NOT NULL, at TEXT NOT NULL)",
        "CREATE INDEX sign_in_failures_by_key ON sign_in_failures (throttle_key, at)",
    ] }
}
