import GRDB

/// A plugin's own change to the workspace schema: named, applied once, in order, after the
/// core's (`Plugin.migrations`). Plain SQL, so plugins need not import GRDB.
public struct WorkspaceMigration: Sendable {
    /// Unique in the workspace; prefix it with the plugin's name (`timeline.v1-…`).
    public let name: String
    public let sql: String

    public init(_ name: String, sql: String) {
        self.name = name
        self.sql = sql
    }
}

/// The workspace schema as named, append-only migrations (never edit one that shipped: add
/// another). `PRAGMA user_version` holds the number of core migrations, so a file written by
/// a newer wb is recognised and refused before anything touches it.
enum WorkspaceSchema {
    /// What `workspace.format` holds in every workspace: tells a workspace from other SQLite files.
    static let format = "wb-workspace"

    /// The core migrations, oldest first.
    static let core: [WorkspaceMigration] = [v1, v2, v3, v4, v5]

    static var coreVersion: Int { core.count }

    /// Documents, layers, their nodes and edges, settings and the workspace's counters.
    /// Nodes point at documents by load position (an integer, cheaper than the text id in
    /// every row). A node's span must lie inside its text: a CHECK cannot read another table,
    /// so triggers compare `end` with the document's stored `length` (in Unicode scalars).
    static let v1 = WorkspaceMigration("v1-core", sql: """
        CREATE TABLE workspace (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
        INSERT INTO workspace (key, value) VALUES ('format', 'wb-workspace'), ('corpus_version', '0'), ('next_node_id', '1');
        CREATE TABLE documents (
            position INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            title TEXT,
            date TEXT,
            source TEXT NOT NULL,
            text TEXT NOT NULL,
            length INTEGER NOT NULL CHECK (length >= 0),
            metadata TEXT NOT NULL
        );
        CREATE TABLE settings (name TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
        CREATE TABLE layers (
            analysis TEXT PRIMARY KEY NOT NULL,
            version TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            corpus_version INTEGER NOT NULL,
            settings TEXT NOT NULL,
            first_id INTEGER NOT NULL,
            next_id INTEGER NOT NULL CHECK (first_id <= next_id),
            payload_codec TEXT,
            payload_version INTEGER,
            payload BLOB,
            columns BLOB NOT NULL
        );
        CREATE TABLE nodes (
            id INTEGER PRIMARY KEY,
            analysis TEXT NOT NULL REFERENCES layers(analysis) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            document INTEGER NOT NULL REFERENCES documents(position),
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            attributes BLOB NOT NULL,
            evidence BLOB,
            CHECK (0 <= start AND start <= "end")
        );
        CREATE TRIGGER node_span_inside_text BEFORE INSERT ON nodes
        WHEN NEW."end" > (SELECT length FROM documents WHERE position = NEW.document)
        BEGIN SELECT RAISE(ABORT, 'node span ends past the end of its document''s text'); END;
        CREATE TRIGGER node_span_inside_text_update BEFORE UPDATE ON nodes
        WHEN NEW."end" > (SELECT length FROM documents WHERE position = NEW.document)
        BEGIN SELECT RAISE(ABORT, 'node span ends past the end of its document''s text'); END;
        CREATE TABLE edges (
            analysis TEXT NOT NULL REFERENCES layers(analysis) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            kind TEXT NOT NULL,
            source INTEGER NOT NULL,
            target INTEGER NOT NULL,
            attributes BLOB NOT NULL,
            evidence BLOB,
            PRIMARY KEY (analysis, position)
        );
        """)

    /// Nodes by layer and kind, and by document: deleting a layer's nodes (on save) and
    /// reading one kind or one document's nodes no longer scan the whole table.
    static let v2 = WorkspaceMigration("v2-node-indexes", sql: """
        CREATE INDEX nodes_by_layer ON nodes(analysis, kind);
        CREATE INDEX nodes_by_document ON nodes(document);
        """)

    /// The node and edge kinds each layer holds (comma-separated, sorted): with them a layer
    /// is restored deferred and read only when something asks for one of its kinds. NULL in
    /// layers saved before (those are read when restored).
    static let v3 = WorkspaceMigration("v3-layer-kinds", sql: """
        ALTER TABLE layers ADD COLUMN node_kinds TEXT;
        ALTER TABLE layers ADD COLUMN edge_kinds TEXT;
        """)

    /// A layer blob over `LayerArchive.partSize` (the token layer of 100,000 documents is
    /// some 950 MB, near SQLite's 1,000,000,000-byte limit on one value) is kept in parts:
    /// the layer row holds NULL and its parts are rows here, in order.
    static let v4 = WorkspaceMigration("v4-layer-blob-parts", sql: """
        CREATE TABLE layer_parts (
            analysis TEXT NOT NULL REFERENCES layers(analysis) ON DELETE CASCADE,
            blob TEXT NOT NULL CHECK (blob IN ('payload', 'columns')),
            part INTEGER NOT NULL CHECK (part >= 0),
            bytes BLOB NOT NULL,
            PRIMARY KEY (analysis, blob, part)
        );
        """)

    /// Opening reads every document's fields but not its text (`StoredTexts`), and every
    /// layer's record but not its blobs. SQLite keeps a long value in overflow pages before
    /// the columns that follow it (a document's `length` and `metadata` follow its text; a
    /// layer's `node_kinds` and `edge_kinds`, added by v3, follow its blobs), so reading those
    /// from the table walks every page of the values before them: ~350 MB of texts and
    /// ~900 MB of blobs at 100,000 documents. These covering indexes hold the fields alone,
    /// and the opening queries read them instead (0.55 s → 0.03 s at 100,000 documents).
    static let v5 = WorkspaceMigration("v5-covering-indexes", sql: """
        CREATE INDEX documents_fields ON documents(position, id, title, date, source, length, metadata);
        CREATE INDEX layers_fields ON layers(analysis, version, fingerprint, corpus_version, settings, first_id, next_id,
                                             node_kinds, edge_kinds);
        """)

    /// The migrator: the core's migrations up to `coreLimit` (all by default; tests make
    /// old fixtures with fewer), then the plugins'.
    static func migrator(plugins: [WorkspaceMigration], coreLimit: Int = Int.max) -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for migration in core.prefix(coreLimit) + plugins {
            let sql = migration.sql
            migrator.registerMigration(migration.name) { db in try db.execute(sql: sql) }
        }
        return migrator
    }
}
