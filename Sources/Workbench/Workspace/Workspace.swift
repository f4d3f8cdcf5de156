import Foundation
import GRDB
import Synchronization

/// An open workspace: one SQLite file holding the documents, every saved analysis layer
/// with its fingerprint and corpus version, and the settings in force. Held by the session
/// (`SessionState.workspace`) from `open`/`--workspace` until `close`; locked against other
/// wb processes meanwhile (`WorkspaceLock`).
///
/// Saving is one transaction in SQLite's default rollback-journal mode: a crash or a kill
/// mid-save leaves a hot journal that the next open rolls back, so the file holds the last
/// complete save. (WAL would let readers work during a write, which one locked process does
/// not need, and writes every page twice; the rollback journal keeps the workspace one file
/// at rest.) Layers are read lazily: opening reads the documents and the layers' fingerprints;
/// a layer's nodes and payload are read when a command first needs them.
public final class Workspace: Sendable {
    public let path: String
    let database: DatabaseQueue
    private let lock: WorkspaceLock
    let codecs: PayloadCodecs
    /// The file's document ids in order and its layers, as of the last open or save.
    private let contents: Mutex<Contents>
    /// Set by `close`: deferred layers of this file can no longer be read.
    private let isClosed = Mutex(false)

    struct Contents: Sendable {
        var documents: [String] = []
        var layers: [String: StoredLayer] = [:]
        var corpusVersion = 0
        var settings: [String: String] = [:]
    }

    init(path: String, database: DatabaseQueue, lock: WorkspaceLock, codecs: PayloadCodecs, contents: Contents) {
        self.path = path
        self.database = database
        self.lock = lock
        self.codecs = codecs
        self.contents = Mutex(contents)
    }

    /// The layers the file holds (their rows, not their blobs).
    var storedLayers: [String: StoredLayer] { contents.withLock { $0.layers } }

    /// Closes the file and lets another process open it.
    public func close() {
        isClosed.withLock { $0 = true }
        try? database.close()
        lock.release()
    }

    /// The texts of the first `count` documents (`StoredTexts`). Reentrant: a text may be
    /// first read while the file is being read.
    func readTexts(count: Int) throws -> [String] {
        guard !isClosed.withLock({ $0 }) else { throw WorkbenchError(.io, "workspace '\(path)' was closed") }
        return try database.unsafeReentrantRead { db in try WorkspaceDocuments.texts(count: count, in: db) }
    }

    // MARK: Saving

    /// Writes the session's corpus, layers and settings, in one transaction. Only what
    /// changed is written: new documents are appended when the file's are a prefix of the
    /// session's; layers already saved with the same fingerprint, corpus version and ids are
    /// kept; layers saved for an older corpus version are dropped (they can never be fresh).
    /// Ctrl-C (`cancellation`) stops it between layers and rolls the transaction back.
    public func save(_ graph: CorpusGraph, settings: Settings, engine: AnalysisEngine,
                     cancellation: CancellationToken = CancellationToken()) throws {
        let before = contents.withLock { $0 }
        let ids = graph.documents.map(\.id)
        var layers = before.layers
        // Deferred layers that this save writes are read first: reading inside the write
        // transaction would reenter the database.
        let appending = ids.count >= before.documents.count
            && graph.version - before.corpusVersion == ids.count - before.documents.count
            && Array(ids.prefix(before.documents.count)) == before.documents
        // Texts not read yet are read first when the documents are rewritten: the transaction
        // deletes the rows they are in. (Appending writes only documents after the file's.)
        if !appending { try graph.readStoredTexts() }
        for (analysis, layer) in graph.layers {
            guard let deferred = layer.deferred else { continue }
            if appending, layers[analysis]?.holds(layer) == true { continue }
            _ = deferred.read()
        }
        do {
            try database.inTransaction { db in
                let appendFrom: Int
                // Only adding documents moves the corpus version by exactly the number added
                // (`clear` moves it once more and drops them all), so this tells an append
                // from a corpus replaced by documents with the same ids.
                if appending {
                    appendFrom = before.documents.count
                } else {
                    try db.execute(sql: "DELETE FROM layers; DELETE FROM documents;")
                    layers = [:]
                    appendFrom = 0
                }
                try WorkspaceDocuments.insert(graph.documents[appendFrom...], from: appendFrom, in: db)
                WorkspaceTestHooks.pauseInsideSave()
                func checkCancelled() throws {
                    if cancellation.isCancelled {
                        throw WorkbenchError(.cancelled, "save cancelled; '\(path)' still holds its last complete save")
                    }
                }
                try checkCancelled()
                var positions: [String: Int] = [:]
                for (position, id) in ids.enumerated() { positions[id] = position }
                for (analysis, record) in layers where record.corpusVersion != graph.version && graph.layers[analysis] == nil {
                    try db.execute(sql: "DELETE FROM layers WHERE analysis = ?", arguments: [analysis])
                    layers[analysis] = nil
                }
                let changed = graph.layers.sorted(by: { $0.key < $1.key }).filter { analysis, layer in
                    layers[analysis]?.holds(layer) != true
                }
                // Each layer is encoded on another thread while the one before it is written:
                // one ahead, no more, so a save holds at most two layers' blobs (`set threads
                // 1`: one after the other on this thread).
                let threads = ParallelMap.threads(setting: settings[ParallelMap.setting])
                func encoding(_ index: Int) -> Pending<LayerArchive.Blobs>? {
                    guard index < changed.count else { return nil }
                    let output = changed[index].value.output
                    return Pending(threads: threads) { LayerArchive.encode(output) }
                }
                var next = encoding(0)
                // No encoding outlives the save, even when a write fails.
                defer { _ = try? next?.value() }
                for (index, (analysis, layer)) in changed.enumerated() {
                    guard let blobs = try next?.value() else { break }
                    next = encoding(index + 1)
                    try checkCancelled()
                    let provider = engine.analyses.first { $0.id == analysis }
                    try LayerArchive.write(layer, blobs: blobs, analysis: provider, settings: settings, positions: positions, in: db)
                    layers[analysis] = StoredLayer(analysis: analysis, version: provider?.version ?? "", fingerprint: layer.fingerprint,
                                                   corpusVersion: layer.corpusVersion, settings: LayerArchive.settingsText(provider, settings),
                                                   firstID: layer.firstID, nextID: layer.idsUsed, kinds: layer.kinds)
                }
                try db.execute(sql: "DELETE FROM settings")
                for (name, value) in settings.all {
                    try db.execute(sql: "INSERT INTO settings (name, value) VALUES (?, ?)", arguments: [name, value])
                }
                try WorkspaceMeta.write(["corpus_version": String(graph.version), "next_node_id": String(graph.nodeIDsUsed)], in: db)
                return .commit
            }
        } catch let error as WorkbenchError {
            throw error
        } catch {
            throw WorkbenchError(.io, "could not save workspace '\(path)': \(WorkspaceErrors.describe(error))",
                                 hint: "the file still holds its last complete save")
        }
        contents.withLock {
            $0 = Contents(documents: ids, layers: layers, corpusVersion: graph.version,
                          settings: Dictionary(uniqueKeysWithValues: settings.all.map { ($0.name, $0.value) }))
        }
    }

    /// What the session has that the file does not (documents, results, settings), in
    /// words; empty when a save would change nothing.
    public func unsavedChanges(_ graph: CorpusGraph, settings: Settings) -> [String] {
        let saved = contents.withLock { $0 }
        var changes: [String] = []
        if saved.corpusVersion != graph.version || saved.documents.count != graph.documents.count {
            changes.append("documents")
        }
        let layers = graph.layers.filter { analysis, layer in saved.layers[analysis]?.holds(layer) != true }
        if !layers.isEmpty { changes.append("results of " + layers.keys.sorted().joined(separator: ", ")) }
        if settings.all.contains(where: { saved.settings[$0.name] != $0.value }) { changes.append("settings") }
        return changes
    }

    // MARK: Reading layers

    /// Restores from the file the layers that `keys` need (their providers and everything
    /// those require) that are not in `graph` yet and were saved with the fingerprint they
    /// would have now, for the current corpus version. The providers of `keys` are read now;
    /// the layers they were computed from are restored deferred, read only if something reads
    /// them (`DeferredLayer`), so that a command reads no more than it uses (with
    /// `readingProviders` false, the providers of `keys` too). With `deferring` false every
    /// layer is read now (before the file is closed). A layer that cannot be read
    /// is left out, so it is recomputed; `note` hears why.
    func restoreLayers(for keys: [AnalysisKey], engine: AnalysisEngine, settings: Settings, into graph: inout CorpusGraph,
                       deferring: Bool = true, readingProviders: Bool = true, note: (String) -> Void) {
        if !deferring {
            do {
                try graph.readStoredTexts()
            } catch {
                note("workspace: \(WorkspaceErrors.describe(error))")
            }
            for (analysis, why) in graph.readDeferredLayers() {
                note("workspace: layer '\(analysis)' could not be read (\(why)); it will be recomputed")
            }
        }
        let stored = storedLayers
        guard !stored.isEmpty else { return }
        var wanted: [any Analysis] = []
        var seen: Set<String> = []
        func visit(_ key: AnalysisKey) {
            guard let analysis = engine.provider(of: key), seen.insert(analysis.id).inserted else { return }
            for requirement in analysis.requires { visit(requirement) }
            wanted.append(analysis)
        }
        for key in keys { visit(key) }
        let direct = readingProviders ? Set(keys.compactMap { engine.provider(of: $0)?.id }) : []
        let documents = graph.documents.map(\.id)
        for analysis in wanted where graph.layers[analysis.id] == nil {
            // Not over layers it was computed from that this session made anew (a payload
            // this wb could not read, recomputed): its edges point at their old node ids.
            let rebuilt = engine.upstream(of: [analysis]).contains { upstream in
                guard let present = graph.layers[upstream] else { return false }
                guard let saved = stored[upstream] else { return true }
                // An extended layer keeps its first id and old nodes; a recomputed one starts anew.
                return present.firstID != saved.firstID || present.idsUsed < saved.nextID
            }
            if rebuilt { continue }
            // A layer made before documents were appended is restored too when its analysis
            // can extend it (`IncrementalAnalysis`).
            guard let record = stored[analysis.id],
                  record.corpusVersion == graph.version
                    || engine.extensible(analysis, fingerprint: record.fingerprint, corpusVersion: record.corpusVersion,
                                         in: graph, settings: settings) != nil,
                  record.fingerprint == engine.fingerprint(of: analysis, settings: settings) else { continue }
            do {
                if deferring && !direct.contains(analysis.id), let kinds = record.kinds {
                    try database.read { db in try LayerArchive.checkCodec(record, codecs: codecs, in: db) }
                    graph.restoreLayer(deferred: { [self] in
                        guard !isClosed.withLock({ $0 }) else { throw WorkbenchError(.io, "workspace '\(path)' was closed") }
                        return try database.read { db in try LayerArchive.read(record, documents: documents, codecs: codecs, in: db) }
                    }, analysis: analysis.id, kinds: kinds, fingerprint: record.fingerprint, corpusVersion: record.corpusVersion,
                       firstID: record.firstID, idsUsed: record.nextID)
                    continue
                }
                let output = try database.read { db in try LayerArchive.read(record, documents: documents, codecs: codecs, in: db) }
                graph.restoreLayer(output, fingerprint: record.fingerprint, corpusVersion: record.corpusVersion)
            } catch {
                note("workspace: layer '\(analysis.id)' could not be read (\(WorkspaceErrors.describe(error))); it will be recomputed")
            }
        }
        // Layers no analysis makes (a command's cache, such as `topics.model`) come back
        // deferred, for the current documents only: the command that made one checks its
        // fingerprint and refits when it differs, or when the layer cannot be read.
        let analyses = Set(engine.analyses.map(\.id))
        for record in stored.values.sorted(by: { $0.analysis < $1.analysis })
        where !analyses.contains(record.analysis) && graph.layers[record.analysis] == nil && record.corpusVersion == graph.version {
            // One whose payload this wb cannot read is left out: its command makes it again.
            guard (try? database.read({ db in try LayerArchive.checkCodec(record, codecs: codecs, in: db) })) != nil else { continue }
            graph.restoreLayer(deferred: { [self] in
                guard !isClosed.withLock({ $0 }) else { throw WorkbenchError(.io, "workspace '\(path)' was closed") }
                return try database.read { db in try LayerArchive.read(record, documents: documents, codecs: codecs, in: db) }
            }, analysis: record.analysis, kinds: record.kinds ?? CorpusGraph.LayerKinds(nodes: [], edges: []),
               fingerprint: record.fingerprint, corpusVersion: record.corpusVersion, firstID: record.firstID, idsUsed: record.nextID)
        }
    }
}

/// The `workspace` table's key–value rows.
enum WorkspaceMeta {
    static func write(_ values: [String: String], in db: Database) throws {
        for (key, value) in values.sorted(by: { $0.key < $1.key }) {
            try db.execute(sql: "INSERT OR REPLACE INTO workspace (key, value) VALUES (?, ?)", arguments: [key, value])
        }
    }

    static func read(_ db: Database) throws -> [String: String] {
        var values: [String: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT key, value FROM workspace") { values[row["key"]] = row["value"] }
        return values
    }
}

/// Hooks for tests of crash safety, read from the environment.
enum WorkspaceTestHooks {
    /// `WB_TEST_SAVE_PAUSE=SECONDS`: sleep inside the save transaction, after the documents
    /// are written, so that a test can kill the process mid-save.
    static func pauseInsideSave() {
        guard let text = ProcessInfo.processInfo.environment["WB_TEST_SAVE_PAUSE"], let seconds = Double(text), seconds > 0 else { return }
        FileHandle.standardError.write(Data("wb: test hook: pausing inside save\n".utf8))
        Thread.sleep(forTimeInterval: seconds)
    }
}
