import Foundation
import BuiltInPlugins
import GRDB
import Testing
@testable import Workbench

/// Workspaces in one process: save and reopen, what goes stale, migrations, bad files.
@Suite(.serialized) struct WorkspaceTests {
    /// A fresh folder for one test's files.
    static func folder() throws -> String {
        let path = NSTemporaryDirectory() + "wb-workspace-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static let text = """
        Tokyo, 3 May 2012. "We will deepen cooperation with NATO," said Foreign Minister Koichiro Gemba.

        NATO Secretary General Anders Fogh Rasmussen said the alliance "values Japan as a partner".
        """

    @Test func reopenedLayersAreNotRecomputedAndPrintTheSame() throws {
        let dir = try Self.folder()
        let first = try Harness(documents: [Document(id: "a", date: "2012-05-03", text: Self.text)], plugins: BuiltInPlugins.all)
        let before = try first.output("quotes --format tsv; entities --format tsv; sentences --format tsv")
        try first.run("save \(dir)/w.wbdb")
        first.session.closeWorkspace()

        let second = try Harness(documents: [Document(id: "b", text: "Another text.")], plugins: BuiltInPlugins.all)
        try second.run("open \(dir)/w.wbdb")
        let after = try second.output("quotes --format tsv; entities --format tsv; sentences --format tsv")
        #expect(after == before)
        #expect(!second.transcript.notes.contains { $0.contains("running") }, "\(second.transcript.notes)")

        // A new document and a changed setting: status tells what went stale.
        try second.run("set sentiment.domain none")
        try second.run("fixture")
        let status = try second.output("status | select analysis state why --format tsv")
        #expect(status.contains("quotes\tstale\tdocuments changed (corpus version 1 → 2)"), "\(status)")
        #expect(status.contains("timeline.times\tnot computed"), "\(status)")
        try second.run("close; open \(dir)/w.wbdb; set sentiment.domain none")
        let changed = try second.output("status | select analysis state why --format tsv")
        #expect(changed.contains("quotes\tfresh\tsaved; read when needed"), "\(changed)")
        #expect(changed.contains("sentiment.quotes\tstale\tsetting changed: sentiment.domain=none"), "\(changed)")
        second.session.closeWorkspace()
    }

    /// Reopened, a command reads the layers it asks for; those they were computed from stay
    /// unread until something reads them — even a command that did not declare them — and
    /// then give the same output as when computed.
    @Test func layersAreReadOnlyWhenSomethingReadsThem() throws {
        let dir = try Self.folder()
        let first = try Harness(documents: [Document(id: "a", date: "2012-05-03", text: Self.text)], plugins: BuiltInPlugins.all)
        try first.run("quotes | count; save \(dir)/w.wbdb; close")
        let sentences = first.session.state.graph.nodes("sentence")
        let tokens = first.session.state.graph.payload(of: "tokens", as: TokenLayer.self)
        let second = try Harness(documents: [], plugins: BuiltInPlugins.all)
        try second.run("open \(dir)/w.wbdb")
        let counts = try second.output("quotes | count by speaker --format tsv")
        #expect(counts == (try first.output("quotes | count by speaker --format tsv")))
        #expect(!second.transcript.notes.contains { $0.contains("running") }, "\(second.transcript.notes)")
        let graph = second.session.state.graph
        #expect(graph.layers["quotes"]?.deferred == nil)
        #expect(graph.layers["sentences"]?.deferred != nil)
        #expect(graph.layers["tokens"]?.deferred != nil)
        // Read now, by a query no command declared.
        #expect(graph.nodes("sentence").map(\.span) == sentences.map(\.span))
        #expect(graph.layers["sentences"]?.deferred == nil)
        #expect(graph.payload(of: "tokens", as: TokenLayer.self)?.tokens(in: "a").normalized == tokens?.tokens(in: "a").normalized)
        second.session.closeWorkspace()
    }

    /// Evidence of column nodes and edges (a quote's cue and speaker mention) survives the file.
    @Test func evidenceOfColumnNodesAndEdgesComesBack() throws {
        let dir = try Self.folder()
        let first = try Harness(documents: [Document(id: "a", text: Self.text)])
        try first.run("quotes | count; save \(dir)/w.wbdb; close")
        let quotes = first.session.state.graph.nodes("quote")
        let saidBy = first.session.state.graph.edges("said-by")
        #expect(quotes.count == 2 && quotes.allSatisfy { $0.provenance.evidence.count == 2 })
        let second = try Harness(documents: [])
        try second.run("open \(dir)/w.wbdb; quotes | count")
        #expect(!second.transcript.notes.contains { $0.contains("running") }, "\(second.transcript.notes)")
        #expect(second.session.state.graph.nodes("quote").map(\.provenance.evidence) == quotes.map(\.provenance.evidence))
        #expect(second.session.state.graph.edges("said-by").map(\.provenance.evidence) == saidBy.map(\.provenance.evidence))
        second.session.closeWorkspace()
    }

    @Test func savingAgainWritesOnlyWhatChanged() throws {
        let dir = try Self.folder()
        let harness = try Harness(documents: [Document(id: "a", text: Self.text)])
        try harness.run("sentences | count; save \(dir)/w.wbdb")
        try harness.run("quotes | count; save")
        let status = try harness.output("status | where saved = yes | select analysis --format tsv")
        #expect(status.contains("sentences") && status.contains("quotes"))
        try harness.run("close")
        let error = harness.failure("save")
        #expect(error?.message == "no workspace is open")
    }

    @Test func documentsComeBackWithEveryField() throws {
        let dir = try Self.folder()
        let documents = [
            Document(id: "m1", title: "Title \"quoted\"", date: "2011-11", source: "x.jsonl:3", text: "Text one.\n\nÉté 日本.",
                     metadata: ["category": "politics", "note": "a \"b\"\nc", "empty": ""]),
            Document(id: "m2", text: "No title, no date."),
        ]
        let first = try Harness(documents: documents)
        let before = try first.output("docs --format json")
        try first.run("save \(dir)/w.wbdb; close")
        let second = try Harness(documents: [])
        try second.run("open \(dir)/w.wbdb")
        #expect(try second.output("docs --format json") == before)
        let reopened = second.session.state.graph.documents
        #expect(reopened.map(\.metadata) == documents.map(\.metadata))
        #expect(reopened.map(\.source) == documents.map(\.source))
        #expect(reopened.map(\.text) == documents.map(\.text))
        second.session.closeWorkspace()
    }

    /// `clear`, then documents with the same ids but other texts: the file gets the new ones.
    @Test func clearingAndReloadingReplacesTheDocuments() throws {
        struct Other: Plugin {
            let name = "other"
            var commands: [CommandSpec] {
                [CommandSpec("other", summary: "add d1 with another text") { context in
                    try context.graph.add(Document(id: "d1", text: "Another text altogether."))
                    return .empty("other")
                }]
            }
        }
        let dir = try Self.folder()
        let harness = try Harness(plugins: [Other()])
        try harness.run("save \(dir)/w.wbdb; clear; other; save; close; open \(dir)/w.wbdb")
        #expect(harness.session.state.graph.documents.map(\.text) == ["Another text altogether."])
        harness.session.closeWorkspace()
    }

    @Test func aLayerThatCannotBeReadIsRecomputed() throws {
        let dir = try Self.folder()
        let first = try Harness(documents: [Document(id: "a", text: Self.text)])
        let before = try first.output("quotes --format tsv")
        try first.run("save \(dir)/w.wbdb")
        first.session.closeWorkspace()
        let queue = try DatabaseQueue(path: "\(dir)/w.wbdb")
        try queue.write { db in
            try db.execute(sql: "UPDATE layers SET payload_version = 99 WHERE analysis = 'entities'")
            try db.execute(sql: "UPDATE layers SET columns = x'0102' WHERE analysis = 'sentences'")
        }
        try queue.close()
        let second = try Harness(documents: [])
        try second.run("open \(dir)/w.wbdb")
        #expect(try second.output("quotes --format tsv") == before)
        #expect(second.transcript.notes.contains { $0.contains("running entities") })
        #expect(second.transcript.notes.contains { $0.contains("layer 'entities' could not be read") && $0.contains("version 99") })
        second.session.closeWorkspace()
    }

    /// The schema itself refuses a node outside its text, a reversed span and a document that
    /// nodes still point at, whatever wb's code does (most layers keep their nodes as column
    /// blobs, so the probe row is inserted here).
    @Test func spansMustLieInsideTheirText() throws {
        let dir = try Self.folder()
        let harness = try Harness(documents: [Document(id: "a", text: Self.text)])
        try harness.run("quotes | count; save \(dir)/w.wbdb")
        harness.session.closeWorkspace()
        let queue = try DatabaseQueue(path: "\(dir)/w.wbdb")
        try queue.write { db in
            try db.execute(sql: "PRAGMA foreign_keys = ON")
            let insert = "INSERT INTO nodes (id, analysis, kind, document, start, \"end\", attributes) VALUES (?, 'quotes', 'probe', (SELECT min(position) FROM documents), ?, ?, x'')"
            try db.execute(sql: insert, arguments: [900_000, 0, 5])
            #expect(throws: DatabaseError.self) { try db.execute(sql: insert, arguments: [900_001, 0, 100_000]) }
            #expect(throws: DatabaseError.self) { try db.execute(sql: insert, arguments: [900_002, 6, 5]) }
            #expect(throws: DatabaseError.self) {
                try db.execute(sql: "UPDATE nodes SET \"end\" = 100000 WHERE id = 900000")
            }
            #expect(throws: DatabaseError.self) {
                try db.execute(sql: "UPDATE nodes SET start = \"end\" + 1 WHERE id = 900000")
            }
            #expect(throws: DatabaseError.self) { try db.execute(sql: "DELETE FROM documents") }
        }
        try queue.close()
    }

    @Test func badFilesGetClearErrorsAndTheSessionKeepsItsCorpus() throws {
        let dir = try Self.folder()
        let harness = try Harness()
        _ = FileManager.default.createFile(atPath: "\(dir)/text.wbdb", contents: Data("hello, not a database\n".utf8))
        var random = SystemRandomNumberGenerator()
        _ = FileManager.default.createFile(atPath: "\(dir)/random.wbdb", contents: Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &random) }))
        let other = try DatabaseQueue(path: "\(dir)/other.wbdb")
        try other.write { try $0.execute(sql: "CREATE TABLE t (x)") }
        try other.close()
        // A real workspace cut short.
        try harness.run("quotes | count; save \(dir)/good.wbdb; close")
        let good = try Data(contentsOf: URL(fileURLWithPath: "\(dir)/good.wbdb"))
        _ = FileManager.default.createFile(atPath: "\(dir)/cut.wbdb", contents: good.prefix(good.count / 3))
        let cases = [("text.wbdb", "is not a wb workspace: it is not a SQLite database"),
                     ("random.wbdb", "is not a wb workspace: it is not a SQLite database"),
                     ("other.wbdb", "is a SQLite database but not a wb workspace"),
                     ("cut.wbdb", "damaged"),
                     ("missing.wbdb", "not found")]
        for (file, expected) in cases {
            let error = harness.failure("open \(dir)/\(file)")
            #expect(error?.message.contains("\(dir)/\(file)") == true, "\(file): \(error?.message ?? "")")
            #expect(error?.message.contains(expected) == true, "\(file): \(error?.message ?? "")")
            #expect(harness.session.state.graph.documents.count == 3)
        }
    }

    @Test func aNewerWorkspaceIsRefusedWithBothVersions() throws {
        let dir = try Self.folder()
        let harness = try Harness()
        try harness.run("save \(dir)/w.wbdb; close")
        let queue = try DatabaseQueue(path: "\(dir)/w.wbdb")
        try queue.write { try $0.execute(sql: "PRAGMA user_version = 9") }
        try queue.close()
        let error = harness.failure("open \(dir)/w.wbdb")
        #expect(error?.message == "workspace '\(dir)/w.wbdb' was written by a newer wb: its schema version is 9, this wb reads up to version \(WorkspaceSchema.coreVersion)")
    }

    /// `Fixtures/workspace/v1.wbdb` was written by the v1 schema alone (`makeV1Fixture`).
    @Test func aVersionOneWorkspaceIsMigrated() throws {
        let dir = try Self.folder()
        let fixture = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil)).appendingPathComponent("workspace/v1.wbdb")
        try FileManager.default.copyItem(atPath: fixture.path, toPath: "\(dir)/v1.wbdb")
        let harness = try Harness(documents: [])
        try harness.run("open \(dir)/v1.wbdb")
        #expect(try harness.output("docs | select id title --format tsv") == "id\ttitle\nv1\tOld\n")
        harness.session.closeWorkspace()
        let queue = try DatabaseQueue(path: "\(dir)/v1.wbdb")
        let (version, indexes) = try queue.read { db in
            (try Int.fetchOne(db, sql: "PRAGMA user_version"),
             try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'nodes_by%' ORDER BY name"))
        }
        #expect(version == WorkspaceSchema.coreVersion)
        #expect(indexes == ["nodes_by_document", "nodes_by_layer"])
    }

    /// The session-2 fixture (see `WorkspaceProcessTests.aWorkspaceOfTheOldBlobFormatStillOpens`)
    /// has entities in a payload this wb no longer reads, so they are recomputed with new node
    /// ids; the saved cooperation layer, whose partner edges point at the old entity nodes,
    /// must then not count as fresh: every `cooperates-on` edge ends at an entity that exists.
    @Test func layersBuiltOnARecomputedLayerAreRecomputedToo() throws {
        let dir = try Self.folder()
        let fixture = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil)).appendingPathComponent("workspace/v4-unpacked.wbdb")
        try FileManager.default.copyItem(atPath: fixture.path, toPath: "\(dir)/old.wbdb")
        let harness = try Harness(documents: [], plugins: BuiltInPlugins.all)
        try harness.run("open \(dir)/old.wbdb; quotes | count; coop.partners | count")
        #expect(harness.transcript.notes.contains("running entities"), "\(harness.transcript.notes)")
        #expect(harness.transcript.notes.contains("running coop.tags"), "\(harness.transcript.notes)")
        let graph = harness.session.state.graph
        let edges = graph.edges("cooperates-on")
        #expect(!edges.isEmpty)
        // Partners are entities (places, organisations, groups) or the plugin's own actors.
        let partnerKinds: Set<String> = ["place", "organization", "group", "coop.actor"]
        for edge in edges {
            for end in [edge.from, edge.to] {
                #expect(partnerKinds.contains(graph.node(end)?.kind.name ?? "none"), "\(end) is \(graph.node(end)?.kind.name ?? "no node")")
            }
        }
        harness.session.closeWorkspace()
    }

    /// A restored layer already in use (coop tags) whose upstream layer (entities) turns out
    /// unreadable only later, when another analysis reads it and has it recomputed, is
    /// dropped then and recomputed when next asked for: its partner edges pointed at the
    /// entity nodes that were replaced.
    @Test func aLayerInUseIsDroppedWhenWhatItWasBuiltOnIsRecomputed() throws {
        let dir = try Self.folder()
        let text = Self.text + "\n\nJapan and NATO will deepen their cooperation on maritime security and counter-piracy in the Gulf of Aden."
        let first = try Harness(documents: [Document(id: "a", text: text)], plugins: BuiltInPlugins.all)
        try first.run("coop | count; save \(dir)/w.wbdb")
        first.session.closeWorkspace()
        let queue = try DatabaseQueue(path: "\(dir)/w.wbdb")
        try queue.write { db in try db.execute(sql: "UPDATE layers SET columns = x'0102' WHERE analysis = 'entities'") }
        try queue.close()
        let second = try Harness(documents: [], plugins: BuiltInPlugins.all)
        try second.run("open \(dir)/w.wbdb; coop | count")
        #expect(!second.transcript.notes.contains("running coop.tags"), "\(second.transcript.notes)")
        try second.run("quotes | count")
        #expect(second.transcript.notes.contains("running entities"), "\(second.transcript.notes)")
        #expect(second.session.state.graph.layers["coop.tags"] == nil)
        try second.run("coop.partners | count")
        #expect(second.transcript.notes.contains("running coop.tags"), "\(second.transcript.notes)")
        let graph = second.session.state.graph
        #expect(!graph.edges("cooperates-on").isEmpty)
        #expect(graph.edges("cooperates-on").allSatisfy { graph.node($0.from) != nil && graph.node($0.to) != nil })
        second.session.closeWorkspace()
    }

    @Test func pluginMigrationsRunAfterTheCore() throws {
        struct TablePlugin: Plugin {
            let name = "tables"
            var commands: [CommandSpec] { [] }
            var migrations: [WorkspaceMigration] {
                [WorkspaceMigration("tables.v1-notes", sql: "CREATE TABLE tables_notes (document INTEGER REFERENCES documents(position), note TEXT)")]
            }
        }
        let dir = try Self.folder()
        let harness = try Harness(plugins: [TablePlugin()])
        try harness.run("save \(dir)/w.wbdb; close")
        let queue = try DatabaseQueue(path: "\(dir)/w.wbdb")
        let applied = try queue.read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid") }
        try queue.close()
        #expect(applied == ["v1-core", "v2-node-indexes", "v3-layer-kinds", "v4-layer-blob-parts", "v5-covering-indexes", "tables.v1-notes"])
        // Without the plugin, the file is refused rather than half understood.
        let plain = try Harness(documents: [])
        let error = plain.failure("open \(dir)/w.wbdb")
        #expect(error?.message.contains("schema changes this wb does not know (tables.v1-notes)") == true)
    }

    /// Writes the v1 fixture: run with WB_WRITE_WORKSPACE_FIXTURE=PATH once, commit the file.
    @Test func makeV1Fixture() throws {
        guard let path = ProcessInfo.processInfo.environment["WB_WRITE_WORKSPACE_FIXTURE"] else { return }
        try? FileManager.default.removeItem(atPath: path)
        let queue = try DatabaseQueue(path: path)
        try WorkspaceSchema.migrator(plugins: [], coreLimit: 1).migrate(queue)
        try queue.write { db in
            try db.execute(sql: "PRAGMA user_version = 1")
            try WorkspaceDocuments.insert([Document(id: "v1", title: "Old", text: "Written by the first schema.")], from: 0, in: db)
            try WorkspaceMeta.write(["corpus_version": "1"], in: db)
        }
        try queue.close()
    }
}
