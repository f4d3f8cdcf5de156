import BuiltInPlugins
import Foundation
import Synchronization
import Testing
@testable import Workbench

/// Issue 8: after `load` appends documents, an incremental layer (paragraphs) is extended
/// with the new documents instead of recomputed, and every command that reads it prints the
/// same, byte for byte, as a session that loaded every document before running anything.
@Suite(.serialized) struct IncrementalExtensionTests {
    /// Commands reading paragraphs (directly or through layers computed from them).
    static let statements = [
        "show doc03", "show doc40", "sentences", "kwic cooperation", "freq --top 50",
        "sentiment --unit paragraph", "topics --k 3 --unit paragraph", "entities", "quotes", "sentiment --unit sentence",
        "kwic cooperation | context --sentences 1", "times", "timeline",
    ].joined(separator: "; ")

    /// The fixture corpus cut in two JSONL files: the first 30 documents, then the rest.
    static func files() throws -> (first: String, second: String) {
        let dir = NSTemporaryDirectory() + "wb-incremental-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        func write(_ documents: ArraySlice<(id: String, text: String)>, _ name: String) throws -> String {
            let lines = try documents.map { document in
                let data = try JSONSerialization.data(withJSONObject: ["id": document.id, "text": document.text], options: [.sortedKeys])
                return String(decoding: data, as: UTF8.self)
            }
            let path = dir + "/" + name
            try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
        let all = ParallelFixture.documents
        return (try write(all[0..<30], "a.jsonl"), try write(all[30...], "b.jsonl"))
    }

    @Test(arguments: [1, 4])
    func extendedLayerPrintsTheSameAsAFullRun(threads: Int) throws {
        let (a, b) = try Self.files()
        let prefix = "set threads \(threads); load '\(a)'; set format json; show doc03; kwic cooperation; sentences --doc doc03; times | count"
        let before = try ParallelFixture.run(prefix)
        let extended = try ParallelFixture.run(prefix + "; load '\(b)'; \(Self.statements)")
        let fresh = try ParallelFixture.run("set threads \(threads); load '\(a)'; load '\(b)'; set format json; \(Self.statements)")
        #expect(extended.errors.isEmpty && fresh.errors.isEmpty, "\(extended.errors) \(fresh.errors)")
        #expect(extended.output.hasPrefix(before.output))
        #expect(String(extended.output.dropFirst(before.output.count)) == fresh.output)
        #expect(fresh.output.contains("doc40"))
        #expect(extended.notes.contains("extending paragraphs (+18 documents)"), "\(extended.notes)")
        #expect(extended.notes.filter { $0 == "running paragraphs" }.count == 1, "\(extended.notes)")
        #expect(extended.notes.contains("extending tokens (+18 documents)"), "\(extended.notes)")
        #expect(extended.notes.filter { $0 == "running tokens" }.count == 1, "\(extended.notes)")
        #expect(extended.notes.contains("extending sentences (+18 documents)"), "\(extended.notes)")
        #expect(extended.notes.filter { $0 == "running sentences" }.count == 1, "\(extended.notes)")
        #expect(extended.notes.contains("extending timeline.times (+18 documents)"), "\(extended.notes)")
        #expect(extended.notes.filter { $0 == "running timeline.times" }.count == 1, "\(extended.notes)")
        #expect(fresh.output.contains("\"text\": \"3 March 2019\", \"type\": \"DATE\", \"value\": \"2019-03-03\""), "the fixture has dates")
    }

    @Test func statusSaysTheLayerWillExtendAndClearMeansAFullRun() throws {
        let (a, b) = try Self.files()
        let run = try ParallelFixture.run(
            "load '\(a)'; sentences --doc doc03; load '\(b)'; status | select analysis state why --format tsv; clear; load '\(a)'; show doc03")
        #expect(run.errors.isEmpty, "\(run.errors)")
        for analysis in ["paragraphs", "tokens", "sentences"] {
            #expect(run.output.contains("\(analysis)\tstale\tdocuments added (+18): will extend"), "\(run.output)")
        }
        #expect(run.output.contains("entities\tnot computed"), "\(run.output)")
        #expect(run.notes.filter { $0 == "running paragraphs" }.count == 2, "\(run.notes)")
        #expect(!run.notes.contains { $0.hasPrefix("extending") }, "\(run.notes)")
    }

    @Test func aReopenedWorkspaceExtendsToTheSameResult() throws {
        let (a, b) = try Self.files()
        let workspace = NSTemporaryDirectory() + "wb-incremental-\(UUID().uuidString).wbdb"
        let reopened = try ParallelFixture.run(
            "load '\(a)'; show doc03; sentences | count; times | count; save '\(workspace)'; close; open '\(workspace)'; load '\(b)'; set format json; \(Self.statements); save; close")
        let fresh = try ParallelFixture.run("load '\(a)'; load '\(b)'; set format json; \(Self.statements)")
        #expect(reopened.errors.isEmpty, "\(reopened.errors)")
        #expect(reopened.output.hasSuffix(fresh.output))
        #expect(reopened.notes.contains("extending paragraphs (+18 documents)"), "\(reopened.notes)")
        #expect(reopened.notes.contains("extending tokens (+18 documents)"), "\(reopened.notes)")
        #expect(reopened.notes.contains("extending sentences (+18 documents)"), "\(reopened.notes)")
        #expect(reopened.notes.contains("extending timeline.times (+18 documents)"), "\(reopened.notes)")
        // Saved extended, reopened again: the same, nothing recomputed.
        let again = try ParallelFixture.run("open '\(workspace)'; set format json; \(Self.statements); close")
        #expect(again.errors.isEmpty, "\(again.errors)")
        #expect(again.output == fresh.output)
        #expect(!again.notes.contains { $0.hasPrefix("running") || $0.hasPrefix("extending") }, "\(again.notes)")
        try? FileManager.default.removeItem(atPath: workspace)
    }
}

/// The extended token layer itself: the same vocabularies (ids in first-occurrence order)
/// and token arrays as a full run, with one thread and with four.
@Suite struct IncrementalTokenLayerTests {
    @Test(arguments: [1, 4])
    func extendedVocabulariesHaveTheIdsOfAFullRun(threads: Int) throws {
        let workbench = try Workbench(plugins: BuiltInPlugins.all)
        var settings = workbench.defaultSettings
        settings[ParallelMap.setting] = String(threads)
        let documents = ParallelFixture.documents.map { Document(id: $0.id, text: $0.text) }
        var extended = CorpusGraph(), full = CorpusGraph()
        for document in documents[..<25] { try extended.add(document) }
        try workbench.engine.ensure([.tokens], in: &extended, settings: settings)
        for document in documents[25...] { try extended.add(document) }
        let log = LogLines()
        try workbench.engine.ensure([.tokens], in: &extended, settings: settings, log: { line in log.append(line) })
        for document in documents { try full.add(document) }
        try workbench.engine.ensure([.tokens], in: &full, settings: settings)
        #expect(log.lines == ["extending tokens (+23 documents)"])
        let a = try #require(extended.payload(of: "tokens", as: TokenLayer.self))
        let b = try #require(full.payload(of: "tokens", as: TokenLayer.self))
        #expect(a.normalizedForms.count == b.normalizedForms.count && a.stems.count == b.stems.count)
        #expect(a.stemOfNormalized == b.stemOfNormalized)
        #expect((0..<Int32(a.normalizedForms.count)).allSatisfy { a.normalized($0) == b.normalized($0) })
        #expect((0..<Int32(a.stems.count)).allSatisfy { a.stem($0) == b.stem($0) })
        for document in documents {
            let x = a.tokens(in: document.id), y = b.tokens(in: document.id)
            #expect(Array(x.starts) == Array(y.starts) && Array(x.ends) == Array(y.ends) && x.normalized == y.normalized && x.flags == y.flags)
        }
    }
}

/// Log lines heard from the engine (on whatever thread).
final class LogLines: Sendable {
    private let storage = Mutex<[String]>([])
    func append(_ line: String) { storage.withLock { $0.append(line) } }
    var lines: [String] { storage.withLock { $0 } }
}
