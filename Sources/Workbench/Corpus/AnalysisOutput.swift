/// What one run of an analysis produces: its nodes and edges, replaced as a whole on rerun.
///
/// Node ids are handed out from a base the graph gives, so they never clash with other
/// analyses' nodes; an analysis refers to its own nodes by the ids `addNode` returns.
public struct AnalysisOutput: Sendable {
    public let analysis: String
    /// The nodes added one by one (`addNode`); those added as columns (`addNodes`) are in
    /// `nodeColumns`. `CorpusGraph`'s queries read both.
    public private(set) var nodes: [Node] = []
    public private(set) var edges: [Edge] = []
    /// Compact data that would be too heavy as nodes (e.g. every token of every document),
    /// kept with the layer and replaced with it. Read it back with `CorpusGraph.payload`.
    public var payload: (any LayerPayload)?
    private var nextID: Int

    /// The payload as `T`; one read from a workspace and not used yet is decoded first (an
    /// `IncrementalAnalysis` extends its previous payload).
    public func payload<T: LayerPayload>(as type: T.Type) -> T? {
        if let deferred = payload as? DeferredPayload { return deferred.value as? T }
        return payload as? T
    }
    /// The id of the first node this output made (ids are consecutive from it).
    public let firstID: Int
    private var documentLengths: DocumentLengths
    /// Attribute name lists of recent nodes, for sharing (see `sharedNames`).
    private var recentNames: [[String]] = []
    /// Nodes kept as columns (see `NodeColumns`), each with the id of its first node.
    public private(set) var nodeColumns: [(columns: any NodeColumns, firstID: Int)] = []
    /// Edges kept as columns (see `EdgeColumns`).
    public private(set) var edgeColumns: [any EdgeColumns] = []

    init(analysis: String, firstID: Int, documentLengths: DocumentLengths) {
        self.analysis = analysis
        self.nextID = firstID
        self.firstID = firstID
        self.documentLengths = documentLengths
    }

    /// An output read back from a workspace: its parts as they were saved (`LayerArchive`).
    init(restoring analysis: String, firstID: Int, nextID: Int, nodes: [Node], edges: [Edge], payload: (any LayerPayload)?,
         nodeColumns: [(columns: any NodeColumns, firstID: Int)], edgeColumns: [any EdgeColumns]) {
        self.analysis = analysis
        self.firstID = firstID
        self.nextID = nextID
        self.documentLengths = DocumentLengths()
        self.nodes = nodes
        self.edges = edges
        self.payload = payload
        self.nodeColumns = nodeColumns
        self.edgeColumns = edgeColumns
    }

    /// Adds a node anchored to `span`; the span must lie inside its document's text.
    @discardableResult
    public mutating func addNode(
        _ kind: Kind, span: Span, attributes: [String: Value] = [:], evidence: [Span] = []
    ) throws -> NodeID {
        if attributes.isEmpty { return try addNode(kind, span: span, fields: [], evidence: evidence) }
        return try addNode(kind, span: span, fields: attributes.map { ($0.key, $0.value) }, evidence: evidence)
    }

    /// Adds a node with attributes given as name–value pairs (names unique, in any order):
    /// cheaper than a dictionary, and nodes made with the same names share one copy of them.
    @discardableResult
    public mutating func addNode(
        _ kind: Kind, span: Span, fields: [(String, Value)], evidence: [Span] = []
    ) throws -> NodeID {
        guard let length = documentLengths[span.document] else {
            throw WorkbenchError(.unknownDocument, "analysis '\(analysis)' made a \(kind) node in unknown document '\(span.document)'")
        }
        guard span.end <= length else {
            throw WorkbenchError(
                .invalidSpan,
                "analysis '\(analysis)' made a \(kind) node at \(span.start)..<\(span.end), past the end of document '\(span.document)' (\(length) characters)",
                span: span)
        }
        var fields = fields
        var sorted = true
        for i in fields.indices.dropFirst() where !(fields[i - 1].0 < fields[i].0) {
            sorted = false
            break
        }
        if !sorted {
            fields.sort { $0.0 < $1.0 }
            for i in fields.indices.dropFirst() where fields[i - 1].0 == fields[i].0 {
                preconditionFailure("analysis '\(analysis)' gave attribute '\(fields[i].0)' twice")
            }
        }
        let id = NodeID(nextID)
        nextID += 1
        nodes.append(Node(id: id, kind: kind, span: span, names: sharedNames(fields), values: fields.map(\.1),
                          provenance: Provenance(analysis: analysis, evidence: evidence)))
        return id
    }

    /// The names of sorted `fields`, as the array an earlier node with the same names holds.
    private mutating func sharedNames(_ fields: [(String, Value)]) -> [String] {
        if fields.isEmpty { return [] }
        for names in recentNames where names.count == fields.count {
            var same = true
            for i in names.indices where names[i] != fields[i].0 {
                same = false
                break
            }
            if same { return names }
        }
        let names = fields.map(\.0)
        if recentNames.count == 8 { recentNames.removeFirst() }
        recentNames.append(names)
        return names
    }

    /// Adds the nodes of `columns` (ids consecutive, in its order) without storing a `Node`
    /// for each: they are made when read. Returns the id of the first. Every span must lie
    /// inside its document, as for `addNode`.
    @discardableResult
    public mutating func addNodes(_ columns: any NodeColumns) throws -> NodeID {
        var lastDocument = ""
        var length = 0
        var i = 0
        try columns.forEachSpan { document, start, end in
            defer { i += 1 }
            if document != lastDocument {
                guard let known = documentLengths[document] else {
                    throw WorkbenchError(.unknownDocument, "analysis '\(analysis)' made a \(columns.kind(at: i)) node in unknown document '\(document)'")
                }
                lastDocument = document
                length = known
            }
            guard end <= length else {
                let span = Span(unchecked: document, start, end)
                throw WorkbenchError(
                    .invalidSpan,
                    "analysis '\(analysis)' made a \(columns.kind(at: i)) node at \(span.start)..<\(span.end), past the end of document '\(span.document)' (\(length) characters)",
                    span: span)
            }
        }
        let first = nextID
        nodeColumns.append((columns, first))
        nextID += columns.count
        return NodeID(first)
    }

    /// Adds the edges of `columns`, made when read.
    public mutating func addEdges(_ columns: any EdgeColumns) {
        edgeColumns.append(columns)
    }

    /// Node `index` of the column set at `position` in `nodeColumns`.
    func columnNode(_ position: Int, _ index: Int) -> Node {
        let (columns, first) = nodeColumns[position]
        let (names, values) = columns.attributes(at: index)
        return Node(id: NodeID(first + index), kind: columns.kind(at: index), span: columns.span(at: index), names: names, values: values,
                    provenance: Provenance(analysis: analysis, evidence: columns.evidence(at: index)))
    }

    /// Every edge of the column sets, in order.
    func columnEdges(_ position: Int) -> [Edge] {
        let columns = edgeColumns[position]
        let sets = columns.attributeSets
        return (0..<columns.count).map { i in
            let (from, to) = columns.endpoints(at: i)
            let set = sets.isEmpty ? -1 : columns.attributeSet(at: i)
            return Edge(kind: columns.kind, from: from, to: to, attributes: sets.indices.contains(set) ? sets[set] : [:],
                        provenance: Provenance(analysis: analysis, evidence: columns.evidence(at: i)))
        }
    }

    /// Room for `count` more nodes, when an analysis knows how many it will add.
    public mutating func reserveNodes(_ count: Int) {
        nodes.reserveCapacity(nodes.count + count)
    }

    /// Drops the spare capacity that growing the node and edge arrays left.
    mutating func trim() {
        if nodes.capacity > nodes.count + nodes.count / 16 + 16 {
            var exact: [Node] = []
            exact.reserveCapacity(nodes.count)
            exact.append(contentsOf: nodes)
            nodes = exact
        }
        if edges.capacity > edges.count + edges.count / 16 + 16 {
            var exact: [Edge] = []
            exact.reserveCapacity(edges.count)
            exact.append(contentsOf: edges)
            edges = exact
        }
        recentNames = []
        // Only adding nodes reads them; a finished output is not added to.
        documentLengths = DocumentLengths()
    }

    /// Adds an edge between two nodes (this analysis' own, or ones it required).
    public mutating func addEdge(_ kind: Kind, from: NodeID, to: NodeID, attributes: [String: Value] = [:], evidence: [Span] = []) {
        edges.append(Edge(kind: kind, from: from, to: to, attributes: attributes,
                          provenance: Provenance(analysis: analysis, evidence: evidence)))
    }

    var idsUsed: Int { nextID }

    /// This output, to be extended with nodes of documents appended since (see
    /// `IncrementalAnalysis`): new nodes take ids from `nextID` on, past every other layer's.
    func extending(nextID: Int, documentLengths: DocumentLengths) -> AnalysisOutput {
        var copy = self
        copy.nextID = max(self.nextID, nextID)
        copy.documentLengths = documentLengths
        return copy
    }
}

/// Bulk data an analysis keeps beside its nodes. Still stand-off: it should record spans
/// (scalar offsets) into the documents' immutable text, not copies of it.
public protocol LayerPayload: Sendable {}

/// Nodes of one kind that an analysis keeps as compact columns (usually its payload's own
/// arrays) and that become `Node` values only when read: for kinds with a node per sentence
/// or per mention, where a stored node each would take several times the text's size.
///
/// A column node has the analysis as provenance, with the evidence `evidence(at:)` gives.
/// Its attributes come back as names in sorted order (share one array between nodes) with
/// their values.
public protocol NodeColumns: Sendable {
    /// The kind of every node, unless `mixesKinds`.
    var kind: Kind { get }
    /// True when nodes differ in kind (`kind(at:)` tells each one's).
    var mixesKinds: Bool { get }
    var count: Int { get }
    /// The kind of node `index`: `kind` unless the set mixes kinds.
    func kind(at index: Int) -> Kind
    /// The span of node `index` (cheap: sorting and per-document lookups read it).
    func span(at index: Int) -> Span
    /// The attributes of node `index`: names sorted and unique, and their values.
    func attributes(at index: Int) -> (names: [String], values: [Value])
    /// The spans that support node `index` beyond its own (none unless implemented).
    func evidence(at index: Int) -> [Span]
    /// The values of some of node `index`'s attributes (null for one it lacks), in the order
    /// of `names`: a table that needs a few columns reads them without making the node.
    func values(of names: [String], at index: Int) -> [Value]
    /// `body(document, start, end)` for every node in order: what `span(at:)` gives, without
    /// making a `Span` each (or finding each one's document anew), for loops over every node.
    func forEachSpan(_ body: (_ document: String, _ start: Int, _ end: Int) throws -> Void) rethrows
}

extension NodeColumns {
    public var mixesKinds: Bool { false }
    public func forEachSpan(_ body: (_ document: String, _ start: Int, _ end: Int) throws -> Void) rethrows {
        for i in 0..<count {
            let span = span(at: i)
            try body(span.document, span.start, span.end)
        }
    }
    public func values(of names: [String], at index: Int) -> [Value] {
        let (allNames, values) = attributes(at: index)
        return names.map { name in allNames.firstIndex(of: name).map { values[$0] } ?? .null }
    }
    public func kind(at index: Int) -> Kind { kind }
    public func evidence(at index: Int) -> [Span] { [] }
}

/// Edges of one kind kept as columns and made when read. Their attributes, if any, come
/// from a few shared sets (edge `i` has `attributeSets[attributeSet(at: i)]`): an analysis
/// making millions of edges (every pair of partners of a passage) stores each passage's
/// attributes once, not once per edge.
public protocol EdgeColumns: Sendable {
    var kind: Kind { get }
    var count: Int { get }
    func endpoints(at index: Int) -> (from: NodeID, to: NodeID)
    /// The spans that support edge `index` (none unless implemented).
    func evidence(at index: Int) -> [Span]
    /// The distinct attribute sets of these edges (none unless implemented).
    var attributeSets: [[String: Value]] { get }
    /// Which of `attributeSets` edge `index` has (read only when there are sets).
    func attributeSet(at index: Int) -> Int
}

extension EdgeColumns {
    public func evidence(at index: Int) -> [Span] { [] }
    public var attributeSets: [[String: Value]] { [] }
    public func attributeSet(at index: Int) -> Int { 0 }

    /// Edge `index`'s attributes.
    public func attributes(at index: Int) -> [String: Value] {
        let sets = attributeSets
        guard !sets.isEmpty else { return [:] }
        let set = attributeSet(at: index)
        return sets.indices.contains(set) ? sets[set] : [:]
    }
}

/// The length (in scalars) of each document by id, for checking the spans of new nodes:
/// the graph's own index and documents, shared rather than copied into a dictionary for
/// every analysis run.
struct DocumentLengths: Sendable {
    private var index: [String: Int] = [:]
    private var documents: [Document] = []

    init() {}

    init(index: [String: Int], documents: [Document]) {
        self.index = index
        self.documents = documents
    }

    subscript(document: String) -> Int? {
        index[document].map { documents[$0].length }
    }
}
