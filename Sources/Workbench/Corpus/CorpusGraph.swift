import Synchronization

/// The shared corpus graph: documents, and the nodes and edges every analysis found in them.
///
/// A value type: a command works on a copy and the session commits it only when the command
/// succeeds, so a failing command changes nothing. Each analysis' output is one layer,
/// replaced as a whole when the analysis reruns.
public struct CorpusGraph: Sendable {
    /// A layer: one analysis' output and the corpus version it was computed for.
    public struct Layer: Sendable {
        public let output: AnalysisOutput
        public let corpusVersion: Int
        public let fingerprint: String
        /// Per kind, node slots in document load order, then by span: an index (4 bytes)
        /// rather than a copy of each node, which would double the memory. Slots below
        /// `output.nodes.count` are stored nodes; the rest number the column nodes, set by
        /// set (`columnStarts`).
        let byKind: [Kind: [Int32]]
        /// For each kind, where each document's nodes lie in `byKind`.
        let documentRanges: [Kind: [String: Range<Int>]]
        /// The first slot of each of `output.nodeColumns`.
        private let columnStarts: [Int]

        init(output: AnalysisOutput, corpusVersion: Int, fingerprint: String, documentOrder: [String: Int]) {
            self.output = output
            self.corpusVersion = corpusVersion
            self.fingerprint = fingerprint
            let nodes = output.nodes
            var starts: [Int] = []
            var slots = nodes.count
            for (columns, _) in output.nodeColumns {
                starts.append(slots)
                slots += columns.count
            }
            columnStarts = starts
            var byKind: [Kind: [Int32]] = [:]
            // Each node's sort key (document position, span, id), read once: comparing nodes
            // themselves would copy (retain and release) every field in every comparison.
            var keys: [(order: Int, start: Int, end: Int, id: Int)] = []
            keys.reserveCapacity(slots)
            var documents: [String] = []
            documents.reserveCapacity(slots)
            var lastDocument = ""
            var lastOrder = 0
            func key(_ span: Span, _ id: Int) {
                if span.document != lastDocument {
                    lastDocument = span.document
                    lastOrder = documentOrder[lastDocument] ?? 0
                }
                keys.append((lastOrder, span.start, span.end, id))
                documents.append(lastDocument)
            }
            // Nodes come in runs of one kind (an analysis makes its sentences, then its
            // mentions …): look the kind's list up once per run.
            var runKind: Kind?
            var run: [Int32] = []
            for i in nodes.indices {
                key(nodes[i].span, nodes[i].id.raw)
                let kind = nodes[i].kind
                if kind != runKind {
                    if let runKind { byKind[runKind, default: []].append(contentsOf: run) }
                    runKind = kind
                    run.removeAll(keepingCapacity: true)
                }
                run.append(Int32(i))
            }
            if let runKind { byKind[runKind, default: []].append(contentsOf: run) }
            for (position, (columns, first)) in output.nodeColumns.enumerated() {
                for i in 0..<columns.count { key(columns.span(at: i), first + i) }
                let start = starts[position]
                byKind[columns.kind, default: []].append(contentsOf: (start..<(start + columns.count)).map { Int32($0) })
            }
            var ranges: [Kind: [String: Range<Int>]] = [:]
            for (kind, indices) in byKind {
                func before(_ a: Int32, _ b: Int32) -> Bool {
                    let x = keys[Int(a)], y = keys[Int(b)]
                    return (x.order, x.start, x.end, x.id) < (y.order, y.start, y.end, y.id)
                }
                // Analyses mostly add nodes in order already.
                var sorted = indices
                if zip(indices, indices.dropFirst()).contains(where: { !before($0, $1) }) { sorted.sort(by: before) }
                byKind[kind] = sorted
                guard !sorted.isEmpty else { continue }
                var perDocument: [String: Range<Int>] = [:]
                var start = 0
                for i in 1...sorted.count
                where i == sorted.count || keys[Int(sorted[i])].order != keys[Int(sorted[start])].order
                    || documents[Int(sorted[i])] != documents[Int(sorted[start])] {
                    perDocument[documents[Int(sorted[start])]] = start..<i
                    start = i
                }
                ranges[kind] = perDocument
            }
            self.byKind = byKind
            self.documentRanges = ranges
        }

        /// The node in a slot (see `byKind`).
        private func node(slot: Int) -> Node {
            if slot < output.nodes.count { return output.nodes[slot] }
            var position = columnStarts.count - 1
            while columnStarts[position] > slot { position -= 1 }
            return output.columnNode(position, slot - columnStarts[position])
        }

        /// The layer's nodes of a kind, in order.
        func nodes(_ kind: Kind) -> [Node] {
            byKind[kind].map { $0.map { node(slot: Int($0)) } } ?? []
        }

        /// The layer's nodes of a kind in one document, in order.
        func nodes(_ kind: Kind, in document: String) -> [Node] {
            guard let range = documentRanges[kind]?[document], let indices = byKind[kind] else { return [] }
            return indices[range].map { node(slot: Int($0)) }
        }

        /// The node with this id, if this layer made it.
        func node(_ id: NodeID) -> Node? {
            for (position, (columns, first)) in output.nodeColumns.enumerated() where id.raw >= first && id.raw < first + columns.count {
                return output.columnNode(position, id.raw - first)
            }
            // Stored nodes' ids grow with their index (columns may take ids in between).
            let nodes = output.nodes
            var lo = 0, hi = nodes.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if nodes[mid].id.raw < id.raw { lo = mid + 1 } else { hi = mid }
            }
            return lo < nodes.count && nodes[lo].id == id ? nodes[lo] : nil
        }

        /// The layer's edges of a kind, stored ones first, in the order they were added.
        func edges(_ kind: Kind) -> [Edge] {
            var found = output.edges.filter { $0.kind == kind }
            for (position, columns) in output.edgeColumns.enumerated() where columns.kind == kind {
                found += output.columnEdges(position)
            }
            return found
        }

        /// Counts of the layer's nodes and edges by kind.
        func count(nodes nodeCounts: inout [Kind: Int], edges edgeCounts: inout [Kind: Int]) {
            for (kind, slots) in byKind { nodeCounts[kind, default: 0] += slots.count }
            for edge in output.edges { edgeCounts[edge.kind, default: 0] += 1 }
            for columns in output.edgeColumns { edgeCounts[columns.kind, default: 0] += columns.count }
        }
    }

    public private(set) var documents: [Document] = []
    private var documentIndex: [String: Int] = [:]
    /// `Document.textKey` → the documents (indices) with that key, for finding equal texts.
    private var textIndex: [UInt64: [Int]] = [:]
    /// SHA-256 → document id, built on first use of `documentWithContent(hash:)`.
    private var contentIndex = ContentIndex()
    /// Bumped whenever the set of documents changes; analyses are fresh for one version.
    public private(set) var version: Int = 0
    public private(set) var layers: [String: Layer] = [:]
    private var nextNodeID = 1

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
    public func documentWithSameText(as document: Document) -> String? {
        textIndex[document.textKey]?.first { documents[$0].text == document.text }.map { documents[$0].id }
    }

    /// Adds a document. Fails on a duplicate id; duplicate content is the loader's call.
    public mutating func add(_ document: Document) throws {
        guard documentIndex[document.id] == nil else {
            throw WorkbenchError(.duplicateDocument, "a document with id '\(document.id)' is already loaded")
        }
        if !isKnownUniquelyReferenced(&contentIndex) { contentIndex = contentIndex.copy() }
        documentIndex[document.id] = documents.count
        documents.append(document)
        textIndex[document.textKey, default: []].append(documents.count - 1)
        version += 1
    }

    /// Removes every document and every analysis' output. The version moves on and node ids
    /// keep counting, so nothing computed on the old corpus can pass for the new one's.
    public mutating func removeAll() {
        let (version, nextNodeID) = (self.version, self.nextNodeID)
        self = CorpusGraph()
        self.version = version + 1
        self.nextNodeID = nextNodeID
    }

    // MARK: Analysis layers

    /// A fresh, empty output for an analysis, with node ids that cannot clash.
    public func makeOutput(for analysis: String) -> AnalysisOutput {
        var lengths: [String: Int] = [:]
        for doc in documents { lengths[doc.id] = doc.length }
        return AnalysisOutput(analysis: analysis, firstID: nextNodeID, documentLengths: lengths)
    }

    /// Replaces an analysis' layer with a new output.
    public mutating func replaceLayer(_ output: AnalysisOutput, fingerprint: String) {
        var output = output
        output.trim()
        nextNodeID = max(nextNodeID, output.idsUsed)
        layers[output.analysis] = Layer(output: output, corpusVersion: version, fingerprint: fingerprint, documentOrder: documentIndex)
    }

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
        layers[analysis]?.output.payload as? P
    }

    /// Every node of a kind, in document load order, then by span.
    public func nodes(_ kind: Kind) -> [Node] {
        let holders = layers.keys.sorted().compactMap { key -> [Node]? in
            guard let layer = layers[key], layer.byKind[kind] != nil else { return nil }
            return layer.nodes(kind)
        }
        if holders.count <= 1 { return holders.first ?? [] }
        let order = documentIndex
        return holders.flatMap { $0 }.sorted {
            let a = order[$0.span.document] ?? 0, b = order[$1.span.document] ?? 0
            return (a, $0.span.start, $0.span.end, $0.id.raw) < (b, $1.span.start, $1.span.end, $1.id.raw)
        }
    }

    /// Nodes of a kind in one document, by span; cheap, for per-document loops.
    public func nodes(_ kind: Kind, in document: String) -> [Node] {
        var found: [Node] = []
        var contributors = 0
        for key in layers.keys.sorted() {
            guard let layer = layers[key], layer.documentRanges[kind]?[document] != nil else { continue }
            found.append(contentsOf: layer.nodes(kind, in: document))
            contributors += 1
        }
        return contributors <= 1 ? found : found.sorted { ($0.span.start, $0.span.end, $0.id.raw) < ($1.span.start, $1.span.end, $1.id.raw) }
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
