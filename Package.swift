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
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-openapi-generator", from: "1.14.3"),
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4"),
        .package(url: "https://github.com/hummingbird-project/swift-openapi-hummingbird", from: "2.1.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
    ],
    targets: [
        // Domain values and rules: no I/O, nothing but Foundation.
        .target(name: "ReformPlan"),
        // Reading DOCX tables and XLSX sheets into plain grids, merges resolved: for
        // imports of plans and of values. Knows nothing of plans.
        .target(name: "OfficeTables", dependencies: [
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        // Notices (text in UTF-8 or GB18030; DOCX and XLSX tables) and plan files (YAML/JSON) into ReformPlan.
        .target(name: "NoticeImport", dependencies: [
            "ReformPlan", "OfficeTables",
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
        // The outbox's delivery: e-mail over SMTP (a small client on SwiftNIO, STARTTLS
        // by swift-nio-ssl), DingTalk and WeCom robots by webhook (AsyncHTTPClient).
        .target(name: "Messaging", dependencies: [
            "ReformPlan", "PlanStore",
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "NIOHTTP1", package: "swift-nio"),
            .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            .product(name: "NIOSSL", package: "swift-nio-ssl"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        ]),
        // The Hummingbird application: pages, sign-in, reports, notices, the JSON API.
        .target(name: "WebApp", dependencies: [
            "ReformPlan", "NoticeImport", "PlanStore", "OfficialDocuments", "Messaging",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "Mustache", package: "swift-mustache"),
            .product(name: "MultipartKit", package: "multipart-kit"),
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "Metrics", package: "swift-metrics"),
            .product(name: "Prometheus", package: "swift-prometheus"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
            .product(name: "OpenAPIHummingbird", package: "swift-openapi-hummingbird"),
            .product(name: "Yams", package: "Yams"),
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "NIOCore", package: "swift-nio"),
        ], resources: [.copy("Templates"), .copy("Static"), .copy("DemoPlan"), .copy("openapi.yaml")],
        // The JSON API's types and server stubs are generated from openapi.yaml at build time.
        plugins: [.plugin(name: "OpenAPIGenerator", package: "swift-openapi-generator")]),
        // The importer's libFuzzer target (scripts/fuzz); a corpus replayer when built normally.
        .executableTarget(name: "ImporterFuzzer", dependencies: ["NoticeImport"]),
        .executableTarget(name: "luoshi", dependencies: [
            "ReformPlan", "NoticeImport", "PlanStore", "OfficialDocuments", "Messaging", "WebApp",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        .testTarget(name: "ReformPlanTests", dependencies: ["ReformPlan"]),
        .testTarget(name: "OfficeTablesTests", dependencies: [
            "OfficeTables", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        // OfficialDocuments renders the tables that the table importer must read back.
        .testTarget(name: "NoticeImportTests", dependencies: ["NoticeImport", "ReformPlan", "OfficeTables", "OfficialDocuments"],
                    resources: [.copy("Fixtures")]),
        // A fresh database per test, SQLite and PostgreSQL, shared by the store and web tests.
        .target(name: "StoreTestSupport", dependencies: ["PlanStore"], path: "Tests/StoreTestSupport"),
        .testTarget(name: "PlanStoreTests", dependencies: ["PlanStore", "NoticeImport", "ReformPlan", "StoreTestSupport"]),
        .testTarget(name: "OfficialDocumentsTests", dependencies: [
            "OfficialDocuments", "ReformPlan",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        .testTarget(name: "WebAppTests", dependencies: [
            "WebApp", "ReformPlan", "PlanStore", "NoticeImport", "OfficialDocuments", "OfficeTables", "StoreTestSupport",
            .product(name: "HummingbirdTesting", package: "hummingbird"),
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        // Delivery against real receivers on loopback: aiosmtpd and webhook receivers (scripts/receivers.py).
        .testTarget(name: "MessagingTests", dependencies: [
            "Messaging", "PlanStore", "ReformPlan", "StoreTestSupport",
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "NIOCore", package: "swift-nio"),
        ]),
        // Runs the built `luoshi` as a user would, so it depends on the executable.
        .testTarget(name: "LuoshiTests", dependencies: ["luoshi", "ReformPlan", "NoticeImport", "OfficialDocuments"]),
    ],
    swiftLanguageModes: [.v6]
)
