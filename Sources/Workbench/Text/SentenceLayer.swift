/// The `sentences` analysis' payload: each document's sentences as token ranges, so that
/// analyses working on tokens (entities, quotes) need not map node spans back to tokens.
public struct SentenceLayer: LayerPayload {
    let documents: [String: DocumentSentences]

    /// A document's sentences; empty for a document that was not split (unknown id).
    public func sentences(in document: String) -> DocumentSentences {
        documents[document] ?? DocumentSentences()
    }
}

/// One document's sentences in text order, as parallel arrays.
public struct DocumentSentences: Sendable {
    /// The first token of each sentence (index into the document's `DocumentTokens`).
    public internal(set) var firstToken: [Int32] = []
    /// One past the last token of each sentence.
    public internal(set) var endToken: [Int32] = []
    /// The paragraph number (from 1) each sentence lies in.
    public internal(set) var paragraph: [Int32] = []
    /// Scalar offsets: the start of the first token and the end of the last.
    public internal(set) var starts: [Int32] = []
    public internal(set) var ends: [Int32] = []

    public init() {}

    public var count: Int { starts.count }

    /// The tokens of sentence `index` (0-based; sentence numbers are `index + 1`).
    public func tokenRange(_ index: Int) -> Range<Int> { Int(firstToken[index])..<Int(endToken[index]) }

    /// The index of the sentence holding scalar `offset`, or of the first one after it.
    public func index(atOrAfter offset: Int) -> Int {
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(ends[mid]) <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The same sentences in arrays of exactly their size.
    func compacted() -> DocumentSentences {
        var copy = DocumentSentences()
        copy.firstToken = firstToken.exactlySized()
        copy.endToken = endToken.exactlySized()
        copy.paragraph = paragraph.exactlySized()
        copy.starts = starts.exactlySized()
        copy.ends = ends.exactlySized()
        return copy
    }

    mutating func append(tokens: Range<Int>, paragraph number: Int, in document: DocumentTokens) {
        firstToken.append(Int32(tokens.lowerBound))
        endToken.append(Int32(tokens.upperBound))
        paragraph.append(Int32(number))
        starts.append(document.start(tokens.lowerBound))
        ends.append(document.end(tokens.upperBound - 1))
    }
}
