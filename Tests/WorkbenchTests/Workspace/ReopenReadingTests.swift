import Foundation
import BuiltInPlugins
import Testing
@testable import Workbench

/// Reopening reads no more than a command uses: columns the next stage does not read are
/// left empty (projection push-down), and documents' texts are read on first use.
@Suite(.serialized) struct ReopenReadingTests {
    static let text = WorkspaceTests.text
    static let documents = [
        Document(id: "a", date: "2012-05-03", text: text),
        Document(id: "b", text: "\"Trade must stay open,\" said Angela Merkel in Berlin. Été 日本."),
    ]

    /// A pipeline whose last stage reads a few columns gives the table it gave when every
    /// column was filled (a saved table is whole: `let` keeps the last stage's table).
    @Test func pushedDownColumnsGiveTheSameTables() throws {
        let harness = try Harness(documents: Self.documents, plugins: BuiltInPlugins.all)
        try harness.run("let whole = quotes")
        for tail in ["count by speaker", "count by sentiment", "count", "select speaker text", "select KIND cue",
                     "count by speaker_text"] {
            let pushed = try harness.output("quotes | \(tail) --format tsv")
            #expect(pushed == (try harness.output("$whole | \(tail) --format tsv")), "\(tail)")
        }
        try harness.run("let docs = docs")
        for tail in ["count by date", "count", "select id words"] {
            #expect(try harness.output("docs | \(tail) --format tsv") == (try harness.output("$docs | \(tail) --format tsv")), "\(tail)")
        }
        let filtered = try harness.output("quotes --kind direct --speaker gemba | count by speaker --format tsv")
        #expect(filtered == (try harness.output("let d = quotes --kind direct --speaker gemba; $d | count by speaker --format tsv")))
        // An unknown column is the same error, naming every column (the provided one too).
        let error = harness.failure("quotes | count by speeker")
        #expect(error?.message == "no column 'speeker' in table 'quotes'")
        #expect(error?.hint?.contains("sentiment") == true, "\(String(describing: error?.hint))")
    }

    /// Node attributes read without making nodes agree with the nodes, computed or reopened.
    @Test func attributesWithoutNodesAgreeWithTheNodes() throws {
        let dir = try WorkspaceTests.folder()
        let first = try Harness(documents: Self.documents, plugins: BuiltInPlugins.all)
        try first.run("quotes | count; save \(dir)/w.wbdb; close")
        let second = try Harness(documents: [], plugins: BuiltInPlugins.all)
        try second.run("open \(dir)/w.wbdb; quotes | count")
        let names = ["speaker", "text", "cue_start", "missing", "speaker"]
        for graph in [first.session.state.graph, second.session.state.graph] {
            for document in ["a", "b"] {
                let nodes = graph.nodes("quote", in: document)
                let rows = graph.attributes(names, of: "quote", in: document)
                #expect(!nodes.isEmpty)
                #expect(rows.map(\.span) == nodes.map(\.span))
                #expect(rows.map(\.values) == nodes.map { node in names.map { node[$0] } })
            }
        }
        second.session.closeWorkspace()
    }

    /// `quotes | count by speaker` after reopening reads the quotes only: not the sentiment
    /// layer (its column is not read: the layer is fresh, restored unread), not the texts.
    @Test func countBySpeakerReadsNeitherTextsNorSentiment() throws {
        let dir = try WorkspaceTests.folder()
        let first = try Harness(documents: Self.documents, plugins: BuiltInPlugins.all)
        let expected = try first.output("quotes | count by speaker --format tsv")
        try first.run("save \(dir)/w.wbdb; close")
        let second = try Harness(documents: [], plugins: BuiltInPlugins.all)
        try second.run("open \(dir)/w.wbdb")
        #expect(try second.output("quotes | count by speaker --format tsv") == expected)
        let graph = second.session.state.graph
        #expect(graph.layers["sentiment.quotes"]?.deferred != nil)
        #expect(graph.documents.allSatisfy { $0.unreadTexts != nil })
        #expect(!second.transcript.notes.contains { $0.contains("running") }, "\(second.transcript.notes)")
        // Neither does a count of documents by date, nor saving to the same file (which
        // writes no document again).
        try second.run("docs | count by date; save")
        #expect(second.session.state.graph.documents.allSatisfy { $0.unreadTexts != nil })
        // Read on first use, all at once, and the same texts.
        #expect(graph.documents.map(\.text) == Self.documents.map(\.text))
        #expect(graph.documents.allSatisfy { $0.unreadTexts == nil })
        second.session.closeWorkspace()
    }

    /// Texts not read yet survive `save FILE` (save as), `close`, and a later load still finds
    /// a duplicate of a reopened text.
    @Test func unreadTextsSurviveSaveAsCloseAndDeduplication() throws {
        let dir = try WorkspaceTests.folder()
        let first = try Harness(documents: Self.documents, plugins: BuiltInPlugins.all)
        try first.run("save \(dir)/w.wbdb; close")

        let copy = try Harness(documents: [], plugins: BuiltInPlugins.all)
        try copy.run("open \(dir)/w.wbdb; save \(dir)/copy.wbdb; close")
        #expect(copy.session.state.graph.documents.map(\.text) == Self.documents.map(\.text))
        let reopened = try Harness(documents: [], plugins: BuiltInPlugins.all)
        try reopened.run("open \(dir)/copy.wbdb")
        #expect(reopened.session.state.graph.documents.map(\.text) == Self.documents.map(\.text))
        reopened.session.closeWorkspace()

        let jsonl = "\(dir)/again.jsonl"
        try #"{"id": "again", "text": "\"Trade must stay open,\" said Angela Merkel in Berlin. Été 日本."}"#
            .write(toFile: jsonl, atomically: true, encoding: .utf8)
        let loading = try Harness(documents: [], plugins: BuiltInPlugins.all)
        try loading.run("open \(dir)/w.wbdb; load \(jsonl)")
        #expect(loading.transcript.notes.contains { $0.contains("same text as document 'b'") }, "\(loading.transcript.notes)")
        #expect(loading.session.state.graph.documents.map(\.id) == ["a", "b"])
        loading.session.closeWorkspace()
    }

    /// Texts that cannot be read, or do not match their stored lengths, read as spaces (every
    /// span stays inside them), and `read()` — what a save calls first — fails clearly.
    @Test func unreadableTextsReadAsSpacesAndFailASave() throws {
        let failing = StoredTexts(lengths: [3, 2]) { throw WorkbenchError(.io, "disk gone") }
        let document = Document(id: "x", title: nil, date: nil, source: "", length: 3, metadata: [:], texts: failing, position: 0)
        #expect(document.text == "   ")
        #expect(throws: WorkbenchError.self) { try failing.read() }
        let wrong = StoredTexts(lengths: [3]) { ["four"] }
        #expect(wrong.text(at: 0) == "   ")
        do {
            try wrong.read()
            Issue.record("expected an error")
        } catch let error as WorkbenchError {
            #expect(error.message.contains("does not match its stored length"), "\(error.message)")
        }
        let good = StoredTexts(lengths: [4]) { ["Été!"] }
        #expect(!good.isRead)
        #expect(good.text(at: 0) == "Été!")
        #expect(good.key(at: 0) == Document(id: "y", text: "Été!").textKey)
    }
}
