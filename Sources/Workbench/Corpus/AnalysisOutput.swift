/// What one run of an analysis produces: its nodes and edges, replaced as a whole on rerun.
///
/// Node ids are handed out from a base the graph gives, so they never clash with other
/// analyses' nodes; an analysis refers to its own nodes by the ids `addNode` returns.
public struct AnalysisOutput: Sendable {
    public let analysis: String
    public private(set) var nodes: [Node] = []
    public private(set) var edges: [Edge] = []
    /// Compact data that would be too heavy as nodes (e.g. every token of every document),
    /// kept with the layer and replaced with it. Read it back with `CorpusGraph.payload`.
    public var payload: (any LayerPayload)?
    private var nextID: Int
    /// The id of the first node this output made (ids are consecutive from it).
    public let firstID: Int
    private let documentLengths: [String: Int]

    init(analysis: String, firstID: Int, documentLengths: [String: Int]) {
        self.analysis = analysis
        self.nextID = firstID
        self.firstID = firstID
        self.documentLengths = documentLengths
    }

    /// Adds a node anchored to `span`; the span must lie inside its document's text.
    @discardableResult
    public mutating func addNode(
        _ kind: Kind, span: Span, attributes: [String: Value] = [:], evidence: [Span] = []
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
        let id = NodeID(nextID)
        nextID += 1
        nodes.append(Node(id: id, kind: kind, span: span, attributes: attributes,
                          provenance: Provenance(analysis: analysis, evidence: evidence)))
        return id
    }

    /// Adds an edge between two nodes (this analysis' own, or ones it required).
    public mutating func addEdge(_ kind: Kind, from: NodeID, to: NodeID, attributes: [String: Value] = [:], evidence: [Span] = []) {
        edges.append(Edge(kind: kind, from: from, to: to, attributes: attributes,
                          provenance: Provenance(analysis: analysis, evidence: evidence)))
    }

    var idsUsed: Int { nextID }
}

/// Bulk data an analysis keeps beside its nodes. Still stand-off: it should record spans
/// (scalar offsets) into the documents' immutable text, not copies of it.
public protocol LayerPayload: Sendable {}
