/// Where each document's nodes start in a flat numbering of column nodes, document by
/// document: `starts[d] ..< starts[d + 1]` are document `d`'s.
struct DocumentOffsets: Sendable {
    let documents: [String]
    /// One more entry than `documents`; the last is the total.
    let starts: [Int]

    init(documents: [String], counts: [Int]) {
        self.documents = documents
        var starts = [0]
        starts.reserveCapacity(counts.count + 1)
        for count in counts { starts.append(starts[starts.count - 1] + count) }
        self.starts = starts
    }

    var total: Int { starts[starts.count - 1] }

    /// `body(document, flat index)` for every node, in order.
    func forEachNode(_ body: (_ document: String, _ index: Int) throws -> Void) rethrows {
        for d in documents.indices {
            let document = documents[d]
            for index in starts[d]..<starts[d + 1] { try body(document, index) }
        }
    }

    /// The document holding flat index `index`, and the index within it.
    @inline(__always)
    func locate(_ index: Int) -> (document: Int, local: Int) {
        // The first document whose nodes end after `index`.
        var lo = 0, hi = documents.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if starts[mid + 1] <= index { lo = mid + 1 } else { hi = mid }
        }
        return (lo, index - starts[lo])
    }
}

/// Paragraph nodes as columns: the scalar range of each, numbered from 1 in its document.
struct ParagraphColumns: NodeColumns {
    static let names = ["number"]
    let kind: Kind = "paragraph"
    let offsets: DocumentOffsets
    let starts: [Int32]
    let ends: [Int32]

    var count: Int { starts.count }

    func span(at index: Int) -> Span {
        let (document, _) = offsets.locate(index)
        return Span(unchecked: offsets.documents[document], Int(starts[index]), Int(ends[index]))
    }

    func attributes(at index: Int) -> (names: [String], values: [Value]) {
        (ParagraphColumns.names, [.int(offsets.locate(index).local + 1)])
    }

    /// Only the values asked for (the sentence splitter reads every paragraph's number).
    func values(of names: [String], at index: Int) -> [Value] {
        names.map { $0 == "number" ? .int(offsets.locate(index).local + 1) : .null }
    }

    func forEachSpan(_ body: (_ document: String, _ start: Int, _ end: Int) throws -> Void) rethrows {
        try offsets.forEachNode { document, index in try body(document, Int(starts[index]), Int(ends[index])) }
    }
}

/// Sentence nodes as columns: the sentence layer's own arrays, read in place.
struct SentenceColumns: NodeColumns {
    static let names = ["number", "paragraph"]
    let kind: Kind = "sentence"
    let offsets: DocumentOffsets
    let sentences: [DocumentSentences]

    var count: Int { offsets.total }

    func span(at index: Int) -> Span {
        let (document, local) = offsets.locate(index)
        let split = sentences[document]
        return Span(unchecked: offsets.documents[document], Int(split.starts[local]), Int(split.ends[local]))
    }

    func attributes(at index: Int) -> (names: [String], values: [Value]) {
        let (document, local) = offsets.locate(index)
        return (SentenceColumns.names, [.int(local + 1), .int(Int(sentences[document].paragraph[local]))])
    }

    func forEachSpan(_ body: (_ document: String, _ start: Int, _ end: Int) throws -> Void) rethrows {
        for (d, split) in sentences.enumerated() {
            let document = offsets.documents[d]
            for local in 0..<split.count { try body(document, Int(split.starts[local]), Int(split.ends[local])) }
        }
    }
}
