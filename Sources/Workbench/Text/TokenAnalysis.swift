/// Tokens of every document (key `.tokens`): spans, classes, flags, normalised-form and
/// stem ids, kept as a `TokenLayer` payload rather than nodes.
///
/// Vocabularies are corpus-wide and built in document order, so ids are stable for a given
/// corpus. The stemmer runs once per distinct normalised form (`stemOfNormalized` is the
/// cache, by id: cheaper than a dictionary keyed by string).
struct TokenAnalysis: Analysis {
    let id = "tokens"
    let version = "1"
    let provides: [AnalysisKey] = [.tokens]

    func run(_ context: AnalysisContext, into output: inout AnalysisOutput) throws {
        var builder = try TokenLayerBuilder()
        let documents = context.graph.documents
        for (index, document) in documents.enumerated() {
            try context.checkCancelled()
            builder.add(document)
            if index % 64 == 63 || index + 1 == documents.count {
                context.reportProgress("tokens", done: index + 1, total: documents.count)
            }
        }
        output.payload = builder.finish()
    }
}

/// Tokenises documents one by one into a growing `TokenLayer`. Holds the (not thread-safe)
/// stemmer, so one builder per thread.
struct TokenLayerBuilder {
    private var normalizedForms = Vocabulary()
    private var stems = Vocabulary()
    private var stemOfNormalized: [Int32] = []
    private var documents: [String: DocumentTokens] = [:]
    private let stemmer: Stemmer
    private var scratch: [UInt8] = []
    /// The working token arrays, reused from document to document.
    private var working = DocumentTokens()

    init() throws {
        stemmer = try Stemmer()
        scratch.reserveCapacity(256)
    }

    mutating func add(_ document: Document) {
        let scalars = ScalarDecoder.scalars(of: document.text)
        documents[document.id] = scalars.withUnsafeBufferPointer { tokenizeDocument($0) }
    }

    /// Tokens of a text that is not (necessarily) a document: used for query terms, so that
    /// a term is cut and normalised exactly like the text it is looked for in.
    mutating func tokenize(_ s: UnsafeBufferPointer<Unicode.Scalar>) -> DocumentTokens {
        var tokens = tokenizeDocument(s)
        tokens.stemTable = stemOfNormalized
        return tokens
    }

    /// A document's tokens in arrays of their exact size, without the stem table (the layer
    /// attaches it when they are read).
    private mutating func tokenizeDocument(_ s: UnsafeBufferPointer<Unicode.Scalar>) -> DocumentTokens {
        var tokens = working
        working = DocumentTokens()
        tokens.removeAll()
        tokens.reserve(s.count / 3 + 8)
        Tokenizer.tokenize(s, into: &tokens)
        for k in tokens.indices {
            scratch.removeAll(keepingCapacity: true)
            TokenNormalizer.append(s, Int(tokens.start(k)), Int(tokens.end(k)), to: &scratch)
            let form = scratch.withUnsafeBufferPointer { normalizedForms.intern($0) }
            if Int(form) == stemOfNormalized.count {
                let stem = scratch.withUnsafeBufferPointer { bytes in
                    TokenNormalizer.isStemmable(bytes) ? stemmer.stemBytes(bytes) : Array(bytes)
                }
                stemOfNormalized.append(stems.intern(stem))
            }
            tokens.normalized.append(form)
        }
        let exact = tokens.compacted()
        working = tokens
        return exact
    }

    func finish() -> TokenLayer {
        var normalizedForms = normalizedForms, stems = stems
        normalizedForms.compact()
        stems.compact()
        return TokenLayer(normalizedForms: normalizedForms, stems: stems, stemOfNormalized: stemOfNormalized.exactlySized(),
                          documents: documents)
    }
}
