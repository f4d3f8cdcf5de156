/// The `tokens` analysis' payload: every document's tokens, and the corpus-wide
/// vocabularies their normalised-form and stem ids point into.
///
/// Read it with `graph.payload(of: "tokens", as: TokenLayer.self)` after requiring `.tokens`.
public struct TokenLayer: LayerPayload {
    /// Lower-cased forms with apostrophes, dashes and quotes folded (`japan`, `'s`, `u.s.`).
    public let normalizedForms: Vocabulary
    /// The stems, made when first read (`FormStems`).
    let formStems: FormStems
    let documents: [String: DocumentTokens]

    /// Snowball English stems of the normalised forms of words (`cooper` for `cooperation`);
    /// other tokens' stem is their normalised form. Made on first use: read it once, not in a loop.
    public var stems: Vocabulary { formStems.table.stems }
    /// `stemOfNormalized[n]` is the stem id of normalised form `n` (made on first use).
    public var stemOfNormalized: [Int32] { formStems.table.stemOfForm }

    init(normalizedForms: Vocabulary, stems: FormStems, documents: [String: DocumentTokens]) {
        self.normalizedForms = normalizedForms
        formStems = stems
        self.documents = documents
    }

    /// A document's tokens; empty for a document that was not tokenised (unknown id).
    public func tokens(in document: String) -> DocumentTokens {
        var tokens = documents[document] ?? .empty
        tokens.formStems = formStems
        return tokens
    }

    /// The normalised form of an id from `DocumentTokens.normalized`.
    public func normalized(_ id: Int32) -> String { normalizedForms.string(id) }

    /// The stem of an id from `DocumentTokens.stems`.
    public func stem(_ id: Int32) -> String { stems.string(id) }

    /// The id of a normalised form, if some token has it.
    public func normalizedID(of form: String) -> Int32? { normalizedForms.id(of: form) }

    /// The id of a stem, if some token has it.
    public func stemID(of stem: String) -> Int32? { stems.id(of: stem) }

    /// The number of tokens in every document.
    public var tokenCount: Int { documents.values.reduce(0) { $0 + $1.count } }
}
