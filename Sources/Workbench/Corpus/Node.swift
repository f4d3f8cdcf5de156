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
///
/// The attributes are kept compact: their names in order, shared by the nodes an analysis
/// makes with the same names, beside an array of values. A dictionary per node cost three
/// times the memory (a sentence node's two attributes took ~240 bytes) and a hash per name.
public struct Node: Sendable, Equatable {
    public let id: NodeID
    public let kind: Kind
    public let span: Span
    /// Attribute names, sorted and unique; `values[i]` is the value of `names[i]`.
    let names: [String]
    let values: [Value]
    public let provenance: Provenance

    public init(id: NodeID, kind: Kind, span: Span, attributes: [String: Value], provenance: Provenance) {
        let sorted = attributes.sorted { $0.key < $1.key }
        self.init(id: id, kind: kind, span: span, names: sorted.map(\.key), values: sorted.map(\.value), provenance: provenance)
    }

    /// A node whose `names` are sorted and unique (the caller checked), with their values.
    init(id: NodeID, kind: Kind, span: Span, names: [String], values: [Value], provenance: Provenance) {
        self.id = id
        self.kind = kind
        self.span = span
        self.names = names
        self.values = values
        self.provenance = provenance
    }

    /// Every attribute, as a dictionary (made on each call: read single ones by subscript).
    public var attributes: [String: Value] {
        Dictionary(uniqueKeysWithValues: zip(names, values))
    }

    public subscript(attribute: String) -> Value {
        var i = 0
        while i < names.count {
            if names[i] == attribute { return values[i] }
            i += 1
        }
        return .null
    }
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
