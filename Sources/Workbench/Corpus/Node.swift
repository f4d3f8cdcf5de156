/// Identity of a node in the corpus graph; unique within one graph, never reused.
public struct NodeID: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let raw: Int
    public init(_ raw: Int) { self.raw = raw }
    public static func < (a: NodeID, b: NodeID) -> Bool { a.raw < b.raw }
    public var description: String { "n\(raw)" }
}

/// Which analysis made a fact, and from which evidence in the text.
public struct Provenance: Hashable, Sendable {
    /// The analysis' id (`paragraphs`, `text.quotes`, `timeline.events` …).
    public var analysis: String
    /// Spans that support the fact beyond its own span (cue words, the speaker's name …).
    public var evidence: [Span]
    public init(analysis: String, evidence: [Span] = []) {
        self.analysis = analysis
        self.evidence = evidence
    }
}

/// A fact about the text: a paragraph, a quote, a person, a time expression, a topic.
/// Anchored to the span of its document it was found in.
public struct Node: Sendable, Equatable {
    public let id: NodeID
    public let kind: Kind
    public let span: Span
    public let attributes: [String: Value]
    public let provenance: Provenance

    public init(id: NodeID, kind: Kind, span: Span, attributes: [String: Value], provenance: Provenance) {
        self.id = id
        self.kind = kind
        self.span = span
        self.attributes = attributes
        self.provenance = provenance
    }

    public subscript(attribute: String) -> Value { attributes[attribute] ?? .null }
}

/// A typed relation between two nodes (`said-by`, `member-of`, `cooperates-on`).
public struct Edge: Sendable, Equatable {
    public let kind: Kind
    public let from: NodeID
    public let to: NodeID
    public let attributes: [String: Value]
    public let provenance: Provenance

    public init(kind: Kind, from: NodeID, to: NodeID, attributes: [String: Value] = [:], provenance: Provenance) {
        self.kind = kind
        self.from = from
        self.to = to
        self.attributes = attributes
        self.provenance = provenance
    }
}
