import Synchronization

/// The shared corpus graph: documents, and the nodes and edges every analysis found in them.
///
/// A value type: a command works on a copy and the session commits it only when the command
/// succeeds, so a failing command changes nothing. Each analysis' output is one layer,
/// replaced as a whole when the analysis reruns.
public struct CorpusGraph: Sendable {
    // Layers (`Layer`, `LayerContents`, `LayerKinds`) are in CorpusGraph+Layer.swift.
    public private(set) var documents: [Document] = []
    private var documentIndex: [String: Int] = [:]
    /// `Document.textKey` → the documents (indices) with that key, for finding equal texts:
    /// the first `textIndexed` documents. Documents reopened from a workspace are indexed
    /// when a load first looks for equal texts, since that reads their texts (`StoredTexts`).
    private var textIndex: [UInt64: [Int]] = [:]
    private var textIndexed = 0
    /// SHA-256 → document id, built on first use of `documentWithContent(hash:)`.
    private var contentIndex = ContentIndex()
    /// Bumped whenever the set of documents changes; analyses are fresh for one version.
    public private(set) var version: Int = 0
    public private(set) var layers: [String: Layer] = [:]
    private var nextNodeID = 1
    /// The corpus version at which the graph last had no documents. Documents are only
    /// appended (each bumps the version) or all removed, so a layer made for version `v` was
    /// computed on the first `v - emptyAtVersion` documents (see `documentsCovered`).
    private var emptyAtVersion = 0

    public init() {}

    // MARK: Documents

    public func document(_ id: String) -> Document? {
        documentIndex[id].map { documents[$0] }
    }

    /// The document with this id, or an error that suggests near ids.
    public func requireDocument(_ id: String) throws -> Document {
        if let doc = document(id) { return doc }
        let hint = Suggestions.didYouMean(id, in: documents.map(\.id)) ?? "`docs` lists the loaded documents"
        throw WorkbenchError(.unknownDocument, "no document '\(id)'", hint: hint)
    }

    /// The id of a loaded document with the same text, if any (the first loaded).
    public func documentWithContent(hash: String) -> String? {
        contentIndex.document(withHash: hash, in: documents)
    }

    /// The id of the first loaded document whose text is the same as `document`'s, if any.
    public mutating func documentWithSameText(as document: Document) -> String? {
        while textIndexed < documents.count {
            textIndex[documents[textIndexed].textKey, default: []].append(textIndexed)
            textIndexed += 1
        }
        return textIndex[document.textKey]?.first { documents[$0].text == document.text }.map { documents[$0].id }
    }

    /// Adds a document. Fails on a duplicate id; duplicate content is the loader's call.
    public mutating func add(_ document: Document) throws {
        guard documentIndex[document.id] == nil else {
            throw WorkbenchError(.duplicateDocument, "a document with id '\(document.id)' is already loaded")
        }
        if !isKnownUniquelyReferenced(&contentIndex) { contentIndex = contentIndex.copy() }
        documentIndex[document.id] = documents.count
        documents.append(document)
        if textIndexed == documents.count - 1 && document.unreadTexts == nil {
            textIndex[document.textKey, default: []].append(textIndexed)
            textIndexed += 1
        }
        version += 1
    }

    /// Reads the texts of documents reopened from a workspace that nothing has read yet (see
    /// `StoredTexts`): before they are written elsewhere or their file is closed.
    func readStoredTexts() throws {
        var seen: Set<ObjectIdentifier> = []
        for document in documents {
            guard let texts = document.unreadTexts, seen.insert(ObjectIdentifier(texts)).inserted else { continue }
            try texts.read()
        }
    }

    /// Removes every document and every analysis' output. The version moves on and node ids
    /// keep counting, so nothing computed on the old corpus can pass for the new one's.
    public mutating func removeAll() {
        let (version, nextNodeID) = (self.version, self.nextNodeID)
        self = CorpusGraph()
        self.version = version + 1
        self.emptyAtVersion = version + 1
        self.nextNodeID = nextNodeID
    }

    // MARK: Analysis layers

    /// A fresh, empty output for an analysis, with node ids that cannot clash.
    public func makeOutput(for analysis: String) -> AnalysisOutput {
        AnalysisOutput(analysis: analysis, firstID: nextNodeID, documentLengths: DocumentLengths(index: documentIndex, documents: documents))
    }

    /// Replaces an analysis' layer with a new output.
    public mutating func replaceLayer(_ output: AnalysisOutput, fingerprint: String) {
        var output = output
        output.trim()
        nextNodeID = max(nextNodeID, output.idsUsed)
        layers[output.analysis] = Layer(output: output, corpusVersion: version, fingerprint: fingerprint, documentOrder: documentIndex)
    }

    /// Puts back a layer read from a workspace, with the corpus version it was made for.
    mutating func restoreLayer(_ output: AnalysisOutput, fingerprint: String, corpusVersion: Int) {
        nextNodeID = max(nextNodeID, output.idsUsed)
        layers[output.analysis] = Layer(output: output, corpusVersion: corpusVersion, fingerprint: fingerprint, documentOrder: documentIndex)
    }

    /// Puts back a layer saved in a workspace, to be read on first use.
    mutating func restoreLayer(deferred load: @escaping @Sendable () throws -> AnalysisOutput, analysis: String, kinds: LayerKinds,
                               fingerprint: String, corpusVersion: Int, firstID: Int, idsUsed: Int) {
        nextNodeID = max(nextNodeID, idsUsed)
        let deferred = DeferredLayer(analysis: analysis, documentOrder: documentIndex, load: load)
        layers[analysis] = Layer(deferred: deferred, kinds: kinds, corpusVersion: corpusVersion, fingerprint: fingerprint,
                                 firstID: firstID, idsUsed: idsUsed)
    }

    /// Reads the deferred layers among `analyses` (all when nil); one that cannot be read is
    /// dropped (so that it is recomputed) and reported as (analysis, why).
    mutating func readDeferredLayers(_ analyses: Set<String>? = nil) -> [(String, String)] {
        var failures: [(String, String)] = []
        for (analysis, layer) in layers.sorted(by: { $0.key < $1.key }) where analyses?.contains(analysis) ?? true {
            guard let deferred = layer.deferred else { continue }
            if case .failure(let failure) = deferred.read() {
                layers[analysis] = nil
                failures.append((analysis, failure.message))
            }
        }
        return failures
    }

    /// Drops an analysis' layer (it is recomputed when next asked for).
    mutating func dropLayer(_ analysis: String) {
        layers[analysis] = nil
    }

    /// The corpus version and next node id a workspace saved, after its documents were added
    /// again: layers saved for that version are then fresh.
    mutating func restoreCounters(version: Int, nextNodeID: Int) {
        self.version = version
        // The saved session's documents were appended one version each since it was empty.
        emptyAtVersion = version - documents.count
        self.nextNodeID = max(self.nextNodeID, nextNodeID)
    }

    /// How many of the first documents an analysis' layer was computed on, when that is
    /// fewer than now (documents were appended since); nil when it is fresh, missing, or was
    /// made before the documents last changed otherwise.
    public func documentsCovered(by analysis: String) -> Int? {
        layers[analysis].flatMap { documentsCovered(atVersion: $0.corpusVersion) }
    }

    /// How many documents the corpus had at `corpusVersion` (they are still its first ones),
    /// when fewer than now; nil for the current version or one before the documents last
    /// changed otherwise (`clear`).
    public func documentsCovered(atVersion corpusVersion: Int) -> Int? {
        guard corpusVersion != version else { return nil }
        let covered = corpusVersion - emptyAtVersion
        return covered >= 0 && covered < documents.count ? covered : nil
    }

    /// An analysis' output to be extended with the documents appended since it was made.
    func makeExtension(of analysis: String) -> AnalysisOutput? {
        guard let layer = layers[analysis] else { return nil }
        return layer.output.extending(nextID: nextNodeID, documentLengths: DocumentLengths(index: documentIndex, documents: documents))
    }

    /// The next node id (saved with a workspace, so reopened layers keep their ids).
    var nodeIDsUsed: Int { nextNodeID }

    /// True when the analysis ran on the current documents with this fingerprint.
    public func isFresh(_ analysis: String, fingerprint: String) -> Bool {
        guard let layer = layers[analysis] else { return false }
        return layer.corpusVersion == version && layer.fingerprint == fingerprint
    }

    // MARK: Queries

    public func node(_ id: NodeID) -> Node? {
        for layer in layers.values { if let node = layer.node(id) { return node } }
        return nil
    }

    /// The payload of an analysis' layer, if it has one of this type.
    public func payload<P: LayerPayload>(of analysis: String, as type: P.Type) -> P? {
        let payload = layers[analysis]?.output.payload
        if let deferred = payload as? DeferredPayload { return deferred.value as? P }
        return payload as? P
    }

    /// Every node of a kind, in document load order, then by span.
    public func nodes(_ kind: Kind) -> [Node] {
        let holders = layers.keys.sorted().compactMap { key -> [Node]? in
            guard let layer = layers[key], layer.holds(kind) else { return nil }
            return layer.nodes(kind)
        }
        if holders.count <= 1 { return holders.first ?? [] }
        let order = documentIndex
        return holders.flatMap { $0 }.sorted {
            let a = order[$0.span.document] ?? 0, b = order[$1.span.document] ?? 0
            return (a, $0.span.start, $0.span.end, $0.id.raw) < (b, $1.span.start, $1.span.end, $1.id.raw)
        }
    }

    /// The number of nodes of a kind, without making them.
    public func nodeCount(_ kind: Kind) -> Int {
        layers.values.reduce(0) { $0 + $1.nodeCount(kind) }
    }

    /// Nodes of a kind in one document, by span; cheap, for per-document loops.
    public func nodes(_ kind: Kind, in document: String) -> [Node] {
        var found: [Node] = []
        var contributors = 0
        for key in layers.keys.sorted() {
            guard let layer = layers[key] else { continue }
            let nodes = layer.nodes(kind, in: document)
            if nodes.isEmpty { continue }
            found.append(contentsOf: nodes)
            contributors += 1
        }
        return contributors <= 1 ? found : found.sorted { ($0.span.start, $0.span.end, $0.id.raw) < ($1.span.start, $1.span.end, $1.id.raw) }
    }

    /// The spans and some attribute values of the nodes of a kind in one document, in the
    /// order of `nodes(_:in:)`, without making the nodes (null for an attribute a node lacks):
    /// for tables whose next stage reads a few of their columns.
    public func attributes(_ names: [String], of kind: Kind, in document: String) -> [(span: Span, values: [Value])] {
        var rows: [(span: Span, values: [Value])] = []
        forEachNode(kind, attributes: names, in: [document]) { rows.append(($0, $1)) }
        return rows
    }

    /// Calls `body` with the span and some attribute values of each node of a kind, document
    /// by document in the order given, each document's as `nodes(_:in:)` orders them, without
    /// making the nodes. The layers that hold the kind are found once, not once a document.
    public func forEachNode(_ kind: Kind, attributes names: [String], in documents: [String],
                            _ body: (Span, [Value]) throws -> Void) rethrows {
        let holders = layers.keys.sorted().compactMap { key in layers[key].flatMap { $0.holds(kind) ? $0.contents : nil } }
        for document in documents {
            if holders.count == 1 {
                try holders[0].forEachNode(kind, attributes: names, in: document) { _, span, values in try body(span, values) }
                continue
            }
            var found: [(id: Int, span: Span, values: [Value])] = []
            for contents in holders {
                contents.forEachNode(kind, attributes: names, in: document) { found.append(($0, $1, $2)) }
            }
            found.sort { ($0.span.start, $0.span.end, $0.id) < ($1.span.start, $1.span.end, $1.id) }
            for row in found { try body(row.span, row.values) }
        }
    }

    /// Every edge of a kind, in the order analyses made them (by analysis id, then as made).
    public func edges(_ kind: Kind) -> [Edge] {
        layers.keys.sorted().flatMap { key in layers[key]?.edges(kind) ?? [] }
    }

    /// Counts of nodes and edges by kind, sorted by kind.
    public func kindCounts() -> (nodes: [(Kind, Int)], edges: [(Kind, Int)]) {
        var nodeCounts: [Kind: Int] = [:]
        var edgeCounts: [Kind: Int] = [:]
        for layer in layers.values { layer.count(nodes: &nodeCounts, edges: &edgeCounts) }
        return (nodeCounts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) },
                edgeCounts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
    }
}

/// The documents by SHA-256, hashed only when someone asks (loading compares texts by a
/// quicker key). Documents are only ever appended, so the index catches up with new ones.
/// A graph copies it before adding a document when another graph value shares it.
final class ContentIndex: Sendable {
    private let state: Mutex<(indexed: Int, byHash: [String: String])>

    init(indexed: Int = 0, byHash: [String: String] = [:]) {
        state = Mutex((indexed, byHash))
    }

    func copy() -> ContentIndex {
        let (indexed, byHash) = state.withLock { ($0.indexed, $0.byHash) }
        return ContentIndex(indexed: indexed, byHash: byHash)
    }

    /// The first of `documents` with this hash.
    func document(withHash hash: String, in documents: [Document]) -> String? {
        state.withLock { state in
            while state.indexed < documents.count {
                let document = documents[state.indexed]
                if state.byHash[document.contentHash] == nil { state.byHash[document.contentHash] = document.id }
                state.indexed += 1
            }
            return state.byHash[hash]
        }
    }
}
