// swift-tools-version:6.0
// Luoshi (落实): an issued government work plan, tracked to the end.
// Module order follows DESIGN.md: a module depends only on modules above it.
import PackageDescription

let package = Package(
    name: "luoshi",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "luoshi", targets: ["luoshi"]),
        .library(name: "ReformPlan", targets: ["ReformPlan"]),
        .library(name: "NoticeImport", targets: ["NoticeImport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/vapor/sql-kit", from: "3.36.0"),
        .package(url: "https://github.com/vapor/sqlite-kit", from: "4.5.2"),
        .package(url: "https://github.com/vapor/postgres-kit", from: "2.17.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // Domain values and rules: no I/O, nothing but Foundation.
        .target(name: "ReformPlan"),
        // Notices (text in UTF-8 or GB18030) and plan files (YAML/JSON) into ReformPlan.
        .target(name: "NoticeImport", dependencies: [
            "ReformPlan",
            .product(name: "Yams", package: "Yams"),
        ]),
        // Persistence through SQLKit on SQLite and PostgreSQL.
        .target(name: "PlanStore", dependencies: [
            "ReformPlan",
            .product(name: "SQLKit", package: "sql-kit"),
            .product(name: "SQLiteKit", package: "sqlite-kit"),
            .product(name: "PostgresKit", package: "postgres-kit"),
            // SHA-256 for the audit log's hash chain: Foundation on Linux has no CryptoKit.
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // DOCX, XLSX, CSV and Markdown renderings of plan data.
        .target(name: "OfficialDocuments", dependencies: [
            "ReformPlan",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        // The importer's libFuzzer target (scripts/fuzz); a corpus replayer when built normally.
        .executableTarget(name: "ImporterFuzzer", dependencies: ["NoticeImport"]),
        .executableTarget(name: "luoshi", dependencies: [
            "ReformPlan", "NoticeImport", "PlanStore", "OfficialDocuments",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], resources: [.copy("Resources/wuhan-2019-civil-affairs-reform.yaml")]),

        .testTarget(name: "ReformPlanTests", dependencies: ["ReformPlan"]),
        .testTarget(name: "NoticeImportTests", dependencies: ["NoticeImport", "ReformPlan"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "PlanStoreTests", dependencies: ["PlanStore", "NoticeImport", "ReformPlan"]),
        .testTarget(name: "OfficialDocumentsTests", dependencies: [
            "OfficialDocuments", "ReformPlan",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        // Runs the built `luoshi` as a user would, so it depends on the executable.
        .testTarget(name: "LuoshiTests", dependencies: ["luoshi", "ReformPlan", "NoticeImport"]),
    ],
    swiftLanguageModes: [.v6]
)
