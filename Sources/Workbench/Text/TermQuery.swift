/// A search term (`defence`, `"missile defence"`, `U.S.`) cut into tokens exactly like the
/// corpus, and mapped to the token layer's ids, so that `kwic` compares integers.
struct TermQuery {
    enum Mode: String, Sendable {
        /// Normalised forms: `Defence` finds `defence`, not `defences`.
        case word
        /// Stems: `cooperate` finds `cooperation`, `cooperating`.
        case stem
    }

    /// One id per lexical token of the term, in the chosen vocabulary; nil when some
    /// token never occurs in the corpus (then nothing can match).
    let ids: [Int32]?
    let mode: Mode
    /// The term's tokens as normalised forms (or stems), for messages.
    let display: [String]

    /// Fails when the term has no word, number or address in it (only punctuation).
    init(_ term: String, mode: Mode, layer: TokenLayer) throws {
        var builder = try TokenLayerBuilder()
        let scalars = Array(term.unicodeScalars)
        let tokens = scalars.withUnsafeBufferPointer { builder.tokenize($0) }
        let local = builder.finish()
        var ids: [Int32] = []
        var display: [String] = []
        var missing = false
        // Punctuation inside the term counts (`non-combat`, `U.S.-Japan`); around it, not.
        let lexical = tokens.indices.filter { tokens.classes[$0].isLexical }
        let inside = (lexical.first ?? 0)..<((lexical.last ?? -1) + 1)
        let stems = tokens.stems
        for k in inside {
            let text = mode == .stem ? local.stem(stems[k]) : local.normalized(tokens.normalized[k])
            display.append(text)
            let id = mode == .stem ? layer.stemID(of: text) : layer.normalizedID(of: text)
            if let id { ids.append(id) } else { missing = true }
        }
        guard !display.isEmpty else {
            throw WorkbenchError(.badValue, "the term '\(term)' has no word in it", hint: "give a word, a number or a phrase in quotes")
        }
        self.ids = missing ? nil : ids
        self.mode = mode
        self.display = display
    }

    /// Token index ranges of the matches in one document: the term's tokens in a row, so
    /// `missile defence` does not match `missile, defence`.
    func matches(in tokens: DocumentTokens) -> [Range<Int>] {
        guard let ids, let first = ids.first else { return [] }
        let byStem = mode == .stem
        let forms = tokens.normalized, stems = byStem ? tokens.stems : StemIDs()
        func key(_ k: Int) -> Int32 { byStem ? stems[k] : forms[k] }
        var found: [Range<Int>] = []
        var k = 0
        let last = tokens.count - ids.count
        while k <= last {
            if key(k) == first {
                var ok = true
                for j in 1..<max(1, ids.count) where key(k + j) != ids[j] { ok = false; break }
                if ok {
                    found.append(k..<(k + ids.count))
                    k += ids.count
                    continue
                }
            }
            k += 1
        }
        return found
    }
}
