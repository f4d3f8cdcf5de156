/// Tokens of every document (key `.tokens`): spans, classes, flags, normalised-form and
/// stem ids, kept as a `TokenLayer` payload rather than nodes.
///
/// Vocabularies are corpus-wide, ids in order of first occurrence (document order, then
/// text order), so they are stable for a given corpus however many threads made them (see
/// `ParallelTokenizer`). The stemmer runs once per distinct normalised form.
///
/// Incremental: the documents appended later are tokenised and their new forms and stems
/// interned after the previous ones, which gives the ids one pass over every document gives.
struct TokenAnalysis: IncrementalAnalysis {
    let id = "tokens"
    let version = "1"
    let provides: [AnalysisKey] = [.tokens]

    func run(_ context: AnalysisContext, into output: inout AnalysisOutput) throws {
        output.payload = try ParallelTokenizer.layer(context)
    }

    func extend(_ context: AnalysisContext, newDocuments: Range<Int>, into output: inout AnalysisOutput) throws -> Bool {
        // A payload restored from a workspace is decoded on first use.
        guard let previous = output.payload(as: TokenLayer.self) else { return false }
        output.payload = try ParallelTokenizer.layer(context, documents: newDocuments, extending: previous)
        return true
    }
}

/// Tokenises texts that are not documents (query terms, cue phrases) into a vocabulary of
/// their own, with stems. Holds the (not thread-safe) stemmer, so one builder per thread.
struct TokenLayerBuilder {
    private var normalizedForms = Vocabulary()
    private var stems = Vocabulary()
    private var stemOfNormalized: [Int32] = []
    private let stemmer: Stemmer
    private var scratch: [UInt8] = []

    init() throws {
        stemmer = try Stemmer()
        scratch.reserveCapacity(256)
    }

    /// Tokens of a text, cut and normalised exactly like a document's, so that a term is
    /// looked for as the text it is looked for in was tokenised.
    mutating func tokenize(_ s: UnsafeBufferPointer<Unicode.Scalar>) -> DocumentTokens {
        var working = TokenSink(capacity: s.count + 1)
        var tokens = ParallelTokenizer.tokenize(s, forms: &normalizedForms, working: &working, scratch: &scratch)
        while stemOfNormalized.count < normalizedForms.count {
            let stem = normalizedForms.utf8(Int32(stemOfNormalized.count)).withUnsafeBufferPointer { bytes in
                TokenNormalizer.isStemmable(bytes) ? stemmer.stemBytes(bytes) : Array(bytes)
            }
            stemOfNormalized.append(stems.intern(stem))
        }
        tokens.formStems = FormStems(ready: FormStems.Table(stems: stems, stemOfForm: stemOfNormalized))
        return tokens
    }

    func finish() -> TokenLayer {
        var normalizedForms = normalizedForms, stems = stems
        normalizedForms.compact()
        stems.compact()
        return TokenLayer(normalizedForms: normalizedForms,
                          stems: FormStems(ready: FormStems.Table(stems: stems, stemOfForm: stemOfNormalized.exactlySized())),
                          documents: [:])
    }
}
