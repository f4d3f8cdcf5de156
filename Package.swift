// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "wb",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "wb", targets: ["wb"]),
        .library(name: "Workbench", targets: ["Workbench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        // YAML for the cooperation taxonomy: libyaml's node marks give every error its line.
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        // SQLite workspaces (issue 8): migrations, transactions, typed rows. Debian: libsqlite3-dev.
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
    ],
    targets: [
        // libedit through pkg-config; Debian: apt-get install libedit-dev
        .systemLibrary(
            name: "CLibEdit",
            path: "Sources/CLibEdit",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // Snowball stemmers (libstemmer); Debian ships no pkg-config file, so the module map links it.
        .systemLibrary(
            name: "CStemmer",
            path: "Sources/CStemmer",
            providers: [.apt(["libstemmer-dev"])]
        ),
        // The core: corpus graph, analyses, commands, script language, output. No terminal code.
        .target(
            name: "Workbench",
            dependencies: ["CStemmer", .product(name: "GRDB", package: "GRDB.swift")],
            path: "Sources/Workbench",
            // The gazetteer and name lexicons: TSV files read at run time (Gazetteer.shared).
            resources: [.copy("Resources")]
        ),
        // Time expressions and the timeline (issue 4).
        .target(name: "TimelinePlugin", dependencies: ["Workbench"], path: "Sources/Plugins/Timeline"),
        // Cooperation-area tagging (issue 6): a YAML taxonomy, tags with evidence and partners.
        .target(
            name: "CooperationPlugin",
            dependencies: ["Workbench", .product(name: "Yams", package: "Yams")],
            path: "Sources/Plugins/Cooperation",
            resources: [.copy("Resources")]
        ),
        // Sentiment of quotes: lexicon-and-rules scorer, quotes' sentiment column, eval sentiment.
        // Resources: the VADER lexicon with its MIT licence, the international-affairs domain layer.
        .target(
            name: "QuoteSentimentPlugin",
            dependencies: ["Workbench"],
            path: "Sources/Plugins/QuoteSentiment",
            resources: [.copy("Resources")]
        ),
        // Topic clustering: TF-IDF over stems, spherical k-means, labels, stable ids (issue 5).
        .target(
            name: "TopicsPlugin",
            dependencies: ["Workbench"],
            path: "Sources/Plugins/Topics"
        ),
        // The list of built-in plugins: the only place a plugin is named.
        .target(
            name: "BuiltInPlugins",
            dependencies: ["Workbench", "TimelinePlugin", "CooperationPlugin", "QuoteSentimentPlugin", "TopicsPlugin"],
            path: "Sources/Plugins/BuiltIn"
        ),
        // The executable: command line, libedit REPL, script runner, terminal niceties.
        .executableTarget(
            name: "wb",
            dependencies: [
                "Workbench", "BuiltInPlugins", "CLibEdit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/wb"
        ),
        // What the test targets share: marker texts, a transcript, a session driver.
        .target(name: "TestSupport", dependencies: ["Workbench"], path: "Tests/TestSupport"),
        .testTarget(
            name: "WorkbenchTests",
            dependencies: [
                "Workbench", "BuiltInPlugins", "TimelinePlugin", "CooperationPlugin", "TestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            path: "Tests/WorkbenchTests",
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "QuoteSentimentTests",
            dependencies: ["Workbench", "QuoteSentimentPlugin", "TestSupport"],
            path: "Tests/QuoteSentimentTests"
        ),
        .testTarget(
            name: "TopicsTests",
            dependencies: ["Workbench", "TopicsPlugin", "TestSupport"],
            path: "Tests/TopicsTests"
        ),
        .testTarget(
            name: "wbTests",
            dependencies: ["Workbench"],
            path: "Tests/wbTests"
        ),
    ],
    swiftLanguageModes: [.v6]
)
