/// Cuts a phrase into tokens and stems exactly as the token layer cuts and stems a text, so
/// that a plugin's cue list (`missile defence`, `co-operate`) can be compared with a corpus'
/// stem ids without knowing the tokenizer.
public enum PhraseStems {
    /// The stems of the phrase's lexical tokens (words, numbers, abbreviations), in order;
    /// punctuation inside the phrase is dropped (`NATO-Japan` → `nato`, `japan`). Empty when
    /// the phrase has no word in it.
    public static func stems(of phrase: String) throws -> [String] {
        var builder = try TokenLayerBuilder()
        let scalars = Array(phrase.unicodeScalars)
        let tokens = scalars.withUnsafeBufferPointer { builder.tokenize($0) }
        let layer = builder.finish()
        let stems = tokens.stems
        return tokens.indices.filter { tokens.classes[$0].isLexical }.map { layer.stem(stems[$0]) }
    }

    /// The normalised forms (lower case, apostrophes and dashes folded) of the phrase's
    /// lexical tokens: for matching word forms exactly rather than by stem.
    public static func forms(of phrase: String) throws -> [String] {
        var builder = try TokenLayerBuilder()
        let scalars = Array(phrase.unicodeScalars)
        let tokens = scalars.withUnsafeBufferPointer { builder.tokenize($0) }
        let layer = builder.finish()
        return tokens.indices.filter { tokens.classes[$0].isLexical }.map { layer.normalized(tokens.normalized[$0]) }
    }
}
