/// The graph's layers: one analysis' output each, indexed by kind and document, possibly
/// deferred (read from a workspace on first use).
extension CorpusGraph {
    /// A layer: one analysis' output and the corpus version it was computed for.
    public struct Layer: Sendable {
        public let corpusVersion: Int
        public let fingerprint: String
        /// The output's first and next node ids, known without reading a deferred layer.
        let firstID: Int
        let idsUsed: Int
        private let storage: Storage
        /// A deferred layer's kinds, as saved: queries for other kinds do not read it.
        private var deferredKinds: LayerKinds?

        /// A layer is built when computed; one restored from a workspace is built on first
        /// use (`DeferredLayer`), whoever reads it, so that a saved layer that is fresh costs
        /// nothing until something reads it.
        private enum Storage: Sendable {
            case built(LayerContents)
            case deferred(DeferredLayer)
        }

        init(output: AnalysisOutput, corpusVersion: Int, fingerprint: String, documentOrder: [String: Int]) {
            self.corpusVersion = corpusVersion
            self.fingerprint = fingerprint
            firstID = output.firstID
            idsUsed = output.idsUsed
            storage = .built(LayerContents(output: output, documentOrder: documentOrder))
        }

        init(deferred: DeferredLayer, kinds: LayerKinds, corpusVersion: Int, fingerprint: String, firstID: Int, idsUsed: Int) {
            deferredKinds = kinds
            self.corpusVersion = corpusVersion
            self.fingerprint = fingerprint
            self.firstID = firstID
            self.idsUsed = idsUsed
            storage = .deferred(deferred)
        }

        /// The layer's nodes, edges and indexes (read and built now if deferred).
        var contents: LayerContents {
            switch storage {
            case .built(let contents): return contents
            case .deferred(let deferred): return deferred.contents
            }
        }

        /// The deferred layer, while it has not been read.
        var deferred: DeferredLayer? {
            if case .deferred(let deferred) = storage, !deferred.isRead { return deferred }
            return nil
        }

        public var output: AnalysisOutput { contents.output }
        /// The node and edge kinds it holds (a deferred layer's without reading it).
        var kinds: LayerKinds {
            if let deferredKinds { return deferredKinds }
            let contents = contents
            var edges = Set(contents.output.edges.map(\.kind))
            for columns in contents.output.edgeColumns { edges.insert(columns.kind) }
            return LayerKinds(nodes: Set(contents.byKind.keys), edges: edges)
        }

        func nodes(_ kind: Kind) -> [Node] { holds(kind) ? contents.nodes(kind) : [] }
        func nodes(_ kind: Kind, in document: String) -> [Node] { holds(kind) ? contents.nodes(kind, in: document) : [] }
        func node(_ id: NodeID) -> Node? {
            guard id.raw >= firstID && id.raw < idsUsed else { return nil }
            return contents.node(id)
        }
        func edges(_ kind: Kind) -> [Edge] {
            if let deferredKinds, !deferredKinds.edges.contains(kind) { return [] }
            return contents.edges(kind)
        }
        func count(nodes: inout [Kind: Int], edges: inout [Kind: Int]) { contents.count(nodes: &nodes, edges: &edges) }
        func holds(_ kind: Kind) -> Bool {
            if let deferredKinds, !deferredKinds.nodes.contains(kind) { return false }
            return contents.byKind[kind] != nil
        }
        func nodeCount(_ kind: Kind) -> Int { holds(kind) ? contents.byKind[kind]?.count ?? 0 : 0 }
    }

    /// The kinds of nodes and edges a layer holds.
    struct LayerKinds: Sendable, Equatable {
        var nodes: Set<Kind>
        var edges: Set<Kind>
    }

    /// A layer's output with its indexes by kind and document.
    struct LayerContents: Sendable {
        let output: AnalysisOutput
        /// Per kind, node slots in document load order, then by span: an index (4 bytes)
        /// rather than a copy of each node, which would double the memory, or no more than a
        /// range for a column set that is in order already. Slots below `output.nodes.count`
        /// are stored nodes; the rest number the column nodes, set by set (`columnStarts`).
        let byKind: [Kind: Slots]
        /// The first slot of each of `output.nodeColumns`.
        private let columnStarts: [Int]
        /// The documents' load order when the layer was made: a document's nodes are found
        /// in `byKind` by binary search on it.
        private let documentOrder: [String: Int]
        /// Per kind, where each document's slots start (see `init`).
        private let documentBounds: [Kind: [Int32]]

        /// A kind's node slots, in order.
        enum Slots: Sendable {
            case list([Int32])
            case run(Range<Int>)

            var count: Int {
                switch self {
                case .list(let slots): return slots.count
                case .run(let range): return range.count
                }
            }

            subscript(position: Int) -> Int {
                switch self {
                case .list(let slots): return Int(slots[position])
                case .run(let range): return range.lowerBound + position
                }
            }
        }

        init(output: AnalysisOutput, documentOrder: [String: Int]) {
            self.output = output
            self.documentOrder = documentOrder
            let nodes = output.nodes
            var starts: [Int] = []
            var slots = nodes.count
            for (columns, _) in output.nodeColumns {
                starts.append(slots)
                slots += columns.count
            }
            columnStarts = starts
            var lists: [Kind: [Int32]] = [:]
            // Each node's sort key (document position, span, id) by slot, read once: comparing
            // nodes themselves would copy (retain and release) every field in every comparison.
            // Made only for the slots that may need sorting: a column set alone in its kind
            // and in order (sentences, paragraphs) is checked as it is read, without keys.
            var keys: [(order: Int, start: Int, end: Int, id: Int)] = []
            var lastDocument = ""
            var lastOrder = 0
            func order(of document: String) -> Int {
                if document != lastDocument {
                    lastDocument = document
                    lastOrder = documentOrder[document] ?? 0
                }
                return lastOrder
            }
            func key(_ slot: Int, _ document: String, _ start: Int, _ end: Int, _ id: Int) {
                if keys.isEmpty { keys = Array(repeating: (0, 0, 0, 0), count: slots) }
                keys[slot] = (order(of: document), start, end, id)
            }
            func before(_ a: Int, _ b: Int) -> Bool {
                let x = keys[a], y = keys[b]
                return (x.order, x.start, x.end, x.id) < (y.order, y.start, y.end, y.id)
            }
            // Nodes come in runs of one kind (an analysis makes its sentences, then its
            // mentions …): look the kind's list up once per run.
            var runKind: Kind?
            var run: [Int32] = []
            for i in nodes.indices {
                let span = nodes[i].span
                key(i, span.document, span.start, span.end, nodes[i].id.raw)
                let kind = nodes[i].kind
                if kind != runKind {
                    if let runKind { lists[runKind, default: []].append(contentsOf: run) }
                    runKind = kind
                    run.removeAll(keepingCapacity: true)
                }
                run.append(Int32(i))
            }
            if let runKind { lists[runKind, default: []].append(contentsOf: run) }
            var byKind: [Kind: Slots] = [:]
            // The kinds that sets of mixed kinds hold.
            var mixedKinds: Set<Kind> = []
            for (columns, _) in output.nodeColumns where columns.mixesKinds {
                for i in 0..<columns.count { mixedKinds.insert(columns.kind(at: i)) }
            }
            var runBounds: [Kind: [Int32]] = [:]
            for (position, (columns, first)) in output.nodeColumns.enumerated() {
                let range = starts[position]..<(starts[position] + columns.count)
                // A column set alone in its kind, in order: its slots are a range.
                if !columns.mixesKinds, lists[columns.kind] == nil, byKind[columns.kind] == nil,
                   !mixedKinds.contains(columns.kind),
                   output.nodeColumns.filter({ !$0.columns.mixesKinds && $0.columns.kind == columns.kind }).count == 1 {
                    var previous = (order: -1, start: 0, end: 0, id: 0)
                    var id = first
                    var inOrder = true
                    // Nodes per document, for `documentBounds` (see below).
                    var counts = [Int32](repeating: 0, count: documentOrder.count + 1)
                    columns.forEachSpan { document, start, end in
                        let next = (order: order(of: document), start: start, end: end, id: id)
                        if next.order >= 0 && next.order < documentOrder.count { counts[next.order + 1] += 1 }
                        if inOrder, previous.order >= 0,
                           !((previous.order, previous.start, previous.end, previous.id) < (next.order, next.start, next.end, next.id)) {
                            inOrder = false
                        }
                        previous = next
                        id += 1
                    }
                    if inOrder {
                        byKind[columns.kind] = .run(range)
                        for order in 0..<documentOrder.count { counts[order + 1] += counts[order] }
                        runBounds[columns.kind] = counts
                        continue
                    }
                }
                var id = first, slot = range.lowerBound
                columns.forEachSpan { document, start, end in
                    key(slot, document, start, end, id)
                    id += 1
                    slot += 1
                }
                if columns.mixesKinds {
                    for i in 0..<columns.count { lists[columns.kind(at: i), default: []].append(Int32(range.lowerBound + i)) }
                } else {
                    lists[columns.kind, default: []].append(contentsOf: range.map { Int32($0) })
                }
            }
            for (kind, indices) in lists {
                // Analyses mostly add nodes in order already.
                var sorted = indices
                if zip(indices, indices.dropFirst()).contains(where: { !before(Int($0), Int($1)) }) {
                    sorted.sort { before(Int($0), Int($1)) }
                }
                byKind[kind] = .list(sorted)
            }
            self.byKind = byKind
            // Where each document's nodes start in each kind's slots (by document order, one
            // past the last at the end): per-document queries then cost one lookup, where two
            // binary searches hashed a document id at every step.
            var bounds: [Kind: [Int32]] = [:]
            for (kind, kindSlots) in byKind {
                if let known = runBounds[kind] {
                    bounds[kind] = known
                    continue
                }
                var starts = [Int32](repeating: 0, count: documentOrder.count + 1)
                for position in 0..<kindSlots.count {
                    let order = keys[kindSlots[position]].order
                    if order >= 0 && order < documentOrder.count { starts[order + 1] += 1 }
                }
                for order in 0..<documentOrder.count { starts[order + 1] += starts[order] }
                bounds[kind] = starts
            }
            documentBounds = bounds
        }

        /// The node in a slot (see `byKind`).
        private func node(slot: Int) -> Node {
            if slot < output.nodes.count { return output.nodes[slot] }
            var position = columnStarts.count - 1
            while columnStarts[position] > slot { position -= 1 }
            return output.columnNode(position, slot - columnStarts[position])
        }

        /// The span of the node in a slot.
        private func span(slot: Int) -> Span {
            if slot < output.nodes.count { return output.nodes[slot].span }
            var position = columnStarts.count - 1
            while columnStarts[position] > slot { position -= 1 }
            return output.nodeColumns[position].columns.span(at: slot - columnStarts[position])
        }

        /// The layer's nodes of a kind, in order.
        func nodes(_ kind: Kind) -> [Node] {
            guard let slots = byKind[kind] else { return [] }
            return (0..<slots.count).map { node(slot: slots[$0]) }
        }

        /// The layer's nodes of a kind in one document, in order.
        func nodes(_ kind: Kind, in document: String) -> [Node] {
            guard let slots = byKind[kind], let range = documentRange(kind, document) else { return [] }
            return range.map { node(slot: slots[$0]) }
        }

        /// Calls `body` with the id, span and some attribute values of each of the layer's
        /// nodes of a kind in one document, in order, without making the nodes.
        func forEachNode(_ kind: Kind, attributes names: [String], in document: String,
                         _ body: (Int, Span, [Value]) throws -> Void) rethrows {
            guard let slots = byKind[kind], let range = documentRange(kind, document) else { return }
            for position in range {
                let slot = slots[position]
                if slot < output.nodes.count {
                    let node = output.nodes[slot]
                    try body(node.id.raw, node.span, names.map { node[$0] })
                    continue
                }
                var set = columnStarts.count - 1
                while columnStarts[set] > slot { set -= 1 }
                let (columns, first) = output.nodeColumns[set]
                let index = slot - columnStarts[set]
                try body(first + index, columns.span(at: index), columns.values(of: names, at: index))
            }
        }

        /// Where a document's nodes lie in its kind's slots (they are sorted by document order first).
        private func documentRange(_ kind: Kind, _ document: String) -> Range<Int>? {
            guard let order = documentOrder[document], let starts = documentBounds[kind], order + 1 < starts.count else { return nil }
            let range = Int(starts[order])..<Int(starts[order + 1])
            return range.isEmpty ? nil : range
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
}
