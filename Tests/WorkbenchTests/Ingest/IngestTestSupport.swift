import Foundation
import Synchronization
import Testing
@testable import Workbench

/// Shared helpers for the ingest tests: fixture paths, temp folders, and a load that
/// collects its diagnostics as the front end would print them.
enum IngestFixtures {
    /// `Tests/WorkbenchTests/Fixtures/ingest` as copied into the test bundle.
    static var root: String {
        get throws {
            let url = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
            return url.appendingPathComponent("ingest").path
        }
    }

    static func path(_ relative: String) throws -> String {
        try root + "/" + relative
    }
}

/// A load's outcome: the graph, the summary, and each diagnostic as printed
/// (`FILE:LINE: warning: MESSAGE`, with the fixture or temp folder prefix removed).
struct LoadOutcome {
    var graph: CorpusGraph
    var summary: LoadSummary
    var diagnostics: [String]
    var progress: [(Int, Int)]

    func document(_ id: String) throws -> Document {
        try #require(graph.document(id), "no document '\(id)'; have \(graph.documents.map(\.id))")
    }
}

final class Collector<Element: Sendable>: Sendable {
    private let storage = Mutex<[Element]>([])
    func append(_ element: Element) { storage.withLock { $0.append(element) } }
    var items: [Element] { storage.withLock { $0 } }
}

func loadForTest(_ paths: [String], options: LoadOptions = LoadOptions(), base: String? = nil,
                 into graph: CorpusGraph = CorpusGraph(), cancellation: CancellationToken = CancellationToken()) throws -> LoadOutcome {
    let prefix = try (base ?? IngestFixtures.root) + "/"
    var diagnostics: [String] = []
    var progress: [(Int, Int)] = []
    var loader = Loader(options: options,
                        diagnostic: { diagnostics.append($0.description.replacingOccurrences(of: prefix, with: "")) },
                        progress: { progress.append(($0, $1)) }, cancellation: cancellation)
    var graph = graph
    let summary = try loader.load(paths, into: &graph)
    return LoadOutcome(graph: graph, summary: summary, diagnostics: diagnostics, progress: progress)
}

/// A fresh temporary folder, removed by `remove()`.
struct TempFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "wb-ingest-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let file = path + "/" + name
        try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        return file
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, Array(text.utf8))
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}
