import Foundation
import GRDB

/// Writes one analysis layer into a workspace and reads it back: the `layers` row (with
/// fingerprint, corpus version, the columns blob and the payload blob), the stored nodes as
/// `nodes` rows and the stored edges as `edges` rows.
enum LayerArchive {
    /// The settings an analysis read, as `name=value;…` (for `status` and for people).
    static func settingsText(_ analysis: (any Analysis)?, _ settings: Settings) -> String {
        guard let analysis else { return "" }
        return analysis.settings.sorted().map { "\($0)=\(settings[$0] ?? "")" }.joined(separator: ";")
    }

    /// A layer's payload and columns as blobs, ready to write (see `encode`).
    struct Blobs: Sendable {
        var codec: String?
        var version: Int?
        var payload: Data?
        var columns: Data
    }

    /// Replaces the layer's rows with `layer`, whose blobs are `blobs` (`encode(layer.output)`,
    /// made beforehand so that encoding the next layer can overlap writing this one).
    /// `positions` maps document ids to their rows.
    static func write(_ layer: CorpusGraph.Layer, blobs: Blobs, analysis: (any Analysis)?, settings: Settings,
                      positions: [String: Int], in db: Database) throws {
        let output = layer.output
        try db.execute(sql: "DELETE FROM layers WHERE analysis = ?", arguments: [output.analysis])
        try db.execute(sql: """
            INSERT INTO layers (analysis, version, fingerprint, corpus_version, settings, first_id, next_id,
                                payload_codec, payload_version, payload, columns, node_kinds, edge_kinds)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [output.analysis, analysis?.version ?? "", layer.fingerprint, layer.corpusVersion,
                             settingsText(analysis, settings), output.firstID, output.idsUsed,
                             blobs.codec, blobs.version, inline(blobs.payload), blobs.columns.count > partSize ? Data() : blobs.columns,
                             layer.kinds.nodes.map(\.name).sorted().joined(separator: ","),
                             layer.kinds.edges.map(\.name).sorted().joined(separator: ",")])
        try writeParts(blobs.payload, blob: "payload", analysis: output.analysis, in: db)
        try writeParts(blobs.columns, blob: "columns", analysis: output.analysis, in: db)
        var nodes = BatchInsert(into: "nodes", columns: ["id", "analysis", "kind", "document", "start", "\"end\"", "attributes", "evidence"])
        for node in output.nodes {
            guard let position = positions[node.span.document] else {
                throw WorkbenchError(.unknownDocument, "layer '\(output.analysis)' has a node in unknown document '\(node.span.document)'")
            }
            try nodes.add([node.id.raw, output.analysis, node.kind.name, position, node.span.start, node.span.end,
                           Data(attributes(node.names, node.values)), evidence(node.provenance.evidence)], in: db)
        }
        try nodes.flush(in: db)
        var edges = BatchInsert(into: "edges", columns: ["analysis", "position", "kind", "source", "target", "attributes", "evidence"])
        for (position, edge) in output.edges.enumerated() {
            let sorted = edge.attributes.sorted { $0.key < $1.key }
            try edges.add([output.analysis, position, edge.kind.name, edge.from.raw, edge.to.raw,
                           Data(attributes(sorted.map(\.key), sorted.map(\.value))), evidence(edge.provenance.evidence)], in: db)
        }
        try edges.flush(in: db)
    }

    /// The largest blob kept in the layer's own row; a larger one goes into `layer_parts` in
    /// parts of this size (SQLite refuses one value over 1,000,000,000 bytes). The test hook
    /// `WB_TEST_BLOB_PART_BYTES` makes it small, so tests reach the parts without a
    /// gigabyte corpus.
    static let partSize: Int = {
        if let text = ProcessInfo.processInfo.environment["WB_TEST_BLOB_PART_BYTES"], let size = Int(text), size > 0 { return size }
        return 256 << 20
    }()

    /// The payload itself when it fits one row, else nil (its parts are written apart; the
    /// columns blob, NOT NULL, is left empty instead).
    private static func inline(_ blob: Data?) -> Data? {
        guard let blob, blob.count <= partSize else { return nil }
        return blob
    }

    /// Writes a blob over `partSize` as parts, in order (nothing for one that fits its row).
    static func writeParts(_ blob: Data?, blob name: String, analysis: String, in db: Database) throws {
        guard let blob, blob.count > partSize else { return }
        let insert = try db.makeStatement(sql: "INSERT INTO layer_parts (analysis, blob, part, bytes) VALUES (?, ?, ?, ?)")
        var part = 0
        var start = blob.startIndex
        while start < blob.endIndex {
            let end = min(start + partSize, blob.endIndex)
            try insert.execute(arguments: [analysis, name, part, blob[start..<end]])
            part += 1
            start = end
        }
    }

    /// A blob kept in parts, joined; nil when it has none.
    static func readParts(blob name: String, analysis: String, in db: Database) throws -> [UInt8]? {
        let cursor = try Row.fetchCursor(db, sql: "SELECT bytes FROM layer_parts WHERE analysis = ? AND blob = ? ORDER BY part",
                                         arguments: [analysis, name])
        var bytes: [UInt8]?
        while let row = try cursor.next() {
            try row.withUnsafeData(atIndex: 0) { data in
                if bytes == nil { bytes = [] }
                bytes?.append(contentsOf: data ?? Data())
            }
        }
        return bytes
    }

    /// The layer's payload and column blobs. Each is built as bytes, then copied into `Data`
    /// for SQLite, and the bytes are dropped before the next is built (at 100,000 documents
    /// the token payload alone is some 400 MB), so a layer's encoding holds no more than one
    /// extra copy.
    static func encode(_ output: AnalysisOutput) -> Blobs {
        var codec: String?, version: Int?, payload: Data?
        if let value = output.payload {
            // A payload without a codec is recorded by its type, so that reading the layer back
            // fails (and the layer is recomputed) instead of restoring it without its payload.
            let encoded = PayloadCodecs.encode(value) ?? ("unpersisted:\(type(of: value))", 0, [])
            (codec, version, payload) = (encoded.name, encoded.version, Data(encoded.bytes))
        }
        var columns = ByteWriter()
        columns.write(packedColumnsMark)
        columns.write(UInt32(output.nodeColumns.count))
        for (set, first) in output.nodeColumns {
            columns.write(first)
            StoredNodeColumns.encode(set, into: &columns)
        }
        columns.write(UInt32(output.edgeColumns.count))
        for set in output.edgeColumns { StoredEdgeColumns.encode(set, into: &columns) }
        for set in output.edgeColumns { StoredEdgeColumns.encodeAttributes(set, into: &columns) }
        return Blobs(codec: codec, version: version, payload: payload, columns: Data(columns.bytes))
    }

    /// Opens a columns blob whose large arrays are packed (`IntegerPacking`); an older blob
    /// starts with its count of node column sets instead, never this large.
    static let packedColumnsMark: UInt32 = 0xFFFF_0002

    /// Fails when the layer's payload codec is not one this wb reads (without reading the blob).
    static func checkCodec(_ record: StoredLayer, codecs: PayloadCodecs, in db: Database) throws {
        guard let row = try Row.fetchOne(db, sql: "SELECT payload_codec, payload_version FROM layers WHERE analysis = ?",
                                         arguments: [record.analysis]) else {
            throw ByteReader.DecodingFailure("layer '\(record.analysis)' is no longer in the workspace")
        }
        if let name: String = row["payload_codec"], let failure = codecs.check(name: name, version: row["payload_version"] ?? 0) {
            throw failure
        }
    }

    /// The layer's output from its rows; a `DecodingFailure` when a blob cannot be read.
    static func read(_ record: StoredLayer, documents: [String], codecs: PayloadCodecs, in db: Database) throws -> AnalysisOutput {
        // A cursor's row is not copied: the blobs are copied once, straight from SQLite.
        let layerRows = try Row.fetchCursor(db, sql: "SELECT payload_codec, payload_version, payload, columns FROM layers WHERE analysis = ?",
                                            arguments: [record.analysis])
        guard let row = try layerRows.next() else {
            throw ByteReader.DecodingFailure("layer '\(record.analysis)' is no longer in the workspace")
        }
        var payload: (any LayerPayload)?
        if let name: String = row[0] {
            let version: Int = row[1] ?? 0
            if let failure = codecs.check(name: name, version: version) { throw failure }
            let inline = try row.withUnsafeData(atIndex: 2) { $0.map { [UInt8]($0) } }
            let bytes = try inline ?? readParts(blob: "payload", analysis: record.analysis, in: db) ?? []
            payload = DeferredPayload(name: name, version: version, bytes: bytes, codecs: codecs)
        }
        // Empty in the row (the column is NOT NULL) when kept in parts.
        let columns = try row.withUnsafeData(atIndex: 3) { [UInt8]($0 ?? Data()) }
        var reader = ByteReader(try columns.isEmpty ? readParts(blob: "columns", analysis: record.analysis, in: db) ?? [] : columns)
        // Blobs saved before the arrays were packed start with the count of node column sets.
        var nodeSets = Int(try reader.readUInt32())
        let packed = nodeSets == Int(packedColumnsMark)
        if packed { nodeSets = try reader.readCount() }
        var nodeColumns: [(columns: any NodeColumns, firstID: Int)] = []
        for _ in 0..<nodeSets {
            let first = try reader.readInt()
            nodeColumns.append((try StoredNodeColumns.decode(from: &reader, packed: packed), first))
        }
        var storedEdges: [StoredEdgeColumns] = []
        for _ in 0..<(try reader.readCount()) { storedEdges.append(try StoredEdgeColumns.decode(from: &reader, packed: packed)) }
        // The edges' attribute sets follow, in files saved since edge columns had them.
        if !reader.isAtEnd { storedEdges = try storedEdges.map { try $0.readingAttributes(from: &reader, packed: packed) } }
        let edgeColumns: [any EdgeColumns] = storedEdges
        var nodes: [Node] = []
        let provenance = Provenance(analysis: record.analysis)
        let cursor = try Row.fetchCursor(db, sql: """
            SELECT id, kind, document, start, "end", attributes, evidence FROM nodes WHERE analysis = ? ORDER BY id
            """, arguments: [record.analysis])
        while let row = try cursor.next() {
            let position: Int = row["document"]
            guard position >= 0, position < documents.count else { throw ByteReader.DecodingFailure("node in unknown document row \(position)") }
            let (names, values) = try readAttributes(row["attributes"])
            let span = Span(unchecked: documents[position], row["start"], row["end"])
            let evidence = try readEvidence(row["evidence"])
            nodes.append(Node(id: NodeID(row["id"]), kind: Kind(row["kind"] as String), span: span, names: names, values: values,
                              provenance: evidence.isEmpty ? provenance : Provenance(analysis: record.analysis, evidence: evidence)))
        }
        var edges: [Edge] = []
        let edgeCursor = try Row.fetchCursor(db, sql: """
            SELECT kind, source, target, attributes, evidence FROM edges WHERE analysis = ? ORDER BY position
            """, arguments: [record.analysis])
        while let row = try edgeCursor.next() {
            let (names, values) = try readAttributes(row["attributes"])
            edges.append(Edge(kind: Kind(row["kind"] as String), from: NodeID(row["source"]), to: NodeID(row["target"]),
                              attributes: Dictionary(uniqueKeysWithValues: zip(names, values)),
                              provenance: Provenance(analysis: record.analysis, evidence: try readEvidence(row["evidence"]))))
        }
        return AnalysisOutput(restoring: record.analysis, firstID: record.firstID, nextID: record.nextID, nodes: nodes, edges: edges,
                              payload: payload, nodeColumns: nodeColumns, edgeColumns: edgeColumns)
    }

    private static func attributes(_ names: [String], _ values: [Value]) -> [UInt8] {
        var writer = ByteWriter()
        writer.write(names)
        for value in values { writer.write(value) }
        return writer.bytes
    }

    private static func readAttributes(_ data: Data?) throws -> ([String], [Value]) {
        var reader = ByteReader([UInt8](data ?? Data()))
        let names = try reader.readStrings()
        var values: [Value] = []
        for _ in names { values.append(try reader.readValue()) }
        guard Set(names).count == names.count, names == names.sorted() else {
            throw ByteReader.DecodingFailure("node attribute names not sorted and unique")
        }
        return (names, values)
    }

    private static func evidence(_ spans: [Span]) -> Data? {
        guard !spans.isEmpty else { return nil }
        var writer = ByteWriter()
        writer.write(UInt32(spans.count))
        for span in spans {
            writer.write(span.document)
            writer.write(span.start)
            writer.write(span.end)
        }
        return Data(writer.bytes)
    }

    private static func readEvidence(_ data: Data?) throws -> [Span] {
        guard let data else { return [] }
        var reader = ByteReader([UInt8](data))
        var spans: [Span] = []
        for _ in 0..<(try reader.readCount()) {
            let document = try reader.readString()
            let start = try reader.readInt(), end = try reader.readInt()
            guard 0 <= start, start <= end else { throw ByteReader.DecodingFailure("evidence span \(start)..<\(end)") }
            spans.append(Span(unchecked: document, start, end))
        }
        return spans
    }
}

/// What the workspace holds of one layer, read when it is opened (the blobs are read only
/// when the layer is needed).
struct StoredLayer: Sendable, Equatable {
    var analysis: String
    var version: String
    var fingerprint: String
    var corpusVersion: Int
    var settings: String
    var firstID: Int
    var nextID: Int
    /// The node and edge kinds it holds; nil when saved by a wb that did not record them.
    var kinds: CorpusGraph.LayerKinds? = nil

    /// Whether this record is `layer` as the session has it: same fingerprint, corpus
    /// version and node ids (so a save need not write it again).
    func holds(_ layer: CorpusGraph.Layer) -> Bool {
        fingerprint == layer.fingerprint && corpusVersion == layer.corpusVersion && firstID == layer.firstID && nextID == layer.idsUsed
    }

    static func kinds(nodes: String?, edges: String?) -> CorpusGraph.LayerKinds? {
        guard let nodes, let edges else { return nil }
        func set(_ text: String) -> Set<Kind> { Set(text.split(separator: ",").map { Kind(String($0)) }) }
        return CorpusGraph.LayerKinds(nodes: set(nodes), edges: set(edges))
    }
}
