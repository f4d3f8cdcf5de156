import Foundation
import GRDB
import Synchronization

/// Opening a workspace file: checks that it is one (and not from a newer wb), migrates an
/// older one, and reads the documents, settings and layer records. Every failure is a
/// `WorkbenchError` that names the file and says what is wrong.
extension Workspace {
    /// What an opened workspace holds for the session.
    public struct Opened: Sendable {
        public let workspace: Workspace
        public let graph: CorpusGraph
        /// The saved settings, over the defaults (names this wb does not know are left out).
        public let settings: Settings
        /// True when the file did not exist and was created.
        public let created: Bool
    }

    /// Opens (or, with `create`, creates) the workspace at `path`.
    public static func open(_ path: String, workbench: Workbench, create: Bool) throws -> Opened {
        let exists = FileManager.default.fileExists(atPath: path)
        if !exists && !create {
            throw WorkbenchError(.io, "workspace '\(path)' not found", hint: "create it with: save \(path)")
        }
        if exists { try checkHeader(path) }
        let lock = try WorkspaceLock.acquire(for: path)
        do {
            var configuration = Configuration()
            configuration.foreignKeysEnabled = true
            configuration.label = "wb workspace"
            // Large pages for a new file (SQLite ignores this for an existing one): layer blobs
            // run to hundreds of megabytes, written and read a page at a time. A 128 MB page
            // cache (SQLite's default is 2 MB) keeps the node indexes that a save updates in
            // memory instead of rereading their pages for every batch of rows.
            configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA page_size = 65536; PRAGMA cache_size = -131072") }
            let database = try DatabaseQueue(path: path, configuration: configuration)
            do {
                let opened = try prepare(database, path: path, workbench: workbench, lock: lock, created: !exists)
                return opened
            } catch {
                try? database.close()
                throw error
            }
        } catch let error as WorkbenchError {
            lock.release()
            if !exists { try? FileManager.default.removeItem(atPath: path) }
            throw error
        } catch {
            lock.release()
            if !exists { try? FileManager.default.removeItem(atPath: path) }
            throw WorkbenchError(.format, "cannot open workspace '\(path)': \(WorkspaceErrors.describe(error))")
        }
    }

    /// A non-empty file must start like a SQLite database; this tells a text file or random
    /// bytes apart before SQLite reports them less clearly.
    private static func checkHeader(_ path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw WorkbenchError(.io, "cannot read workspace '\(path)'", hint: "check its permissions")
        }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        if header.isEmpty { return }
        guard header == Data("SQLite format 3\0".utf8) else {
            throw WorkbenchError(.format, "'\(path)' is not a wb workspace: it is not a SQLite database",
                                 hint: "workspaces are .wbdb files written by wb (save FILE.wbdb)")
        }
    }

    private static func prepare(_ database: DatabaseQueue, path: String, workbench: Workbench, lock: WorkspaceLock,
                                created: Bool) throws -> Opened {
        let migrator = WorkspaceSchema.migrator(plugins: workbench.workspaceMigrations)
        try database.read { db in
            let fileVersion = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
            if fileVersion > WorkspaceSchema.coreVersion {
                throw WorkbenchError(.format, "workspace '\(path)' was written by a newer wb: its schema version is \(fileVersion), this wb reads up to version \(WorkspaceSchema.coreVersion)",
                                     hint: "open it with a newer wb")
            }
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
            if !tables.isEmpty {
                guard tables.contains("workspace"),
                      try String.fetchOne(db, sql: "SELECT value FROM workspace WHERE key = 'format'") == WorkspaceSchema.format else {
                    throw WorkbenchError(.format, "'\(path)' is a SQLite database but not a wb workspace",
                                         hint: "workspaces are .wbdb files written by wb (save FILE.wbdb)")
                }
                let unknown = try migrator.appliedIdentifiers(db).subtracting(migrator.migrations)
                if !unknown.isEmpty {
                    throw WorkbenchError(.format, "workspace '\(path)' has schema changes this wb does not know (\(unknown.sorted().joined(separator: ", "))): it was written by a newer wb or with other plugins",
                                         hint: "open it with the wb that wrote it")
                }
            }
        }
        try migrator.migrate(database)
        try database.write { db in
            try db.execute(sql: "PRAGMA user_version = \(WorkspaceSchema.coreVersion)")
        }
        return try database.read { db in
            let meta = try WorkspaceMeta.read(db)
            // The texts are read on first use, through the workspace, made once the documents
            // (its contents) are known.
            let workspaceBox = WorkspaceBox()
            let documents = try WorkspaceDocuments.read(db, file: path) { lengths in
                StoredTexts(lengths: lengths) {
                    guard let workspace = workspaceBox.workspace else { throw WorkbenchError(.io, "workspace '\(path)' is not open") }
                    return try workspace.readTexts(count: lengths.count)
                }
            }
            var graph = CorpusGraph()
            for document in documents { try graph.add(document) }
            let version = Int(meta["corpus_version"] ?? "") ?? documents.count
            graph.restoreCounters(version: version, nextNodeID: Int(meta["next_node_id"] ?? "") ?? 1)
            var settings = workbench.defaultSettings
            var saved: [String: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT name, value FROM settings") {
                let name: String = row["name"]
                saved[name] = row["value"]
                if workbench.settingSpec(name) != nil { settings[name] = row["value"] }
            }
            // A new workspace holds the defaults until its first save.
            if saved.isEmpty { saved = Dictionary(uniqueKeysWithValues: settings.all.map { ($0.name, $0.value) }) }
            var layers: [String: StoredLayer] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT analysis, version, fingerprint, corpus_version, settings, first_id, next_id, node_kinds, edge_kinds FROM layers
                """) {
                let record = StoredLayer(analysis: row["analysis"], version: row["version"], fingerprint: row["fingerprint"],
                                         corpusVersion: row["corpus_version"], settings: row["settings"],
                                         firstID: row["first_id"], nextID: row["next_id"],
                                         kinds: StoredLayer.kinds(nodes: row["node_kinds"], edges: row["edge_kinds"]))
                layers[record.analysis] = record
            }
            let workspace = Workspace(path: path, database: database, lock: lock, codecs: workbench.payloadCodecs,
                                      contents: Contents(documents: documents.map(\.id), layers: layers, corpusVersion: version,
                                                         settings: saved))
            workspaceBox.set(workspace)
            return Opened(workspace: workspace, graph: graph, settings: settings, created: created)
        }
    }
}

/// The workspace that documents' texts are read from, set once it exists (it is made after
/// its documents).
private final class WorkspaceBox: Sendable {
    private let value = Mutex<Workspace?>(nil)
    var workspace: Workspace? { value.withLock { $0 } }
    func set(_ workspace: Workspace) { value.withLock { $0 = workspace } }
}
