import Foundation
import Workbench

/// Scores a range of a document's tokens: lexicon and domain valences, changed by our rules.
///
/// One pass over the tokens finds the sentiment words and applies what acts inside a
/// clause — intensifiers before a word, negation, hedges and reversers (`reduce`,
/// `prevent`) reaching forward in the clause, capitals, held letters, names — then a pass
/// over the sentiment words found applies what acts across clauses: contrast (`but`,
/// `however`), concession (`although`), questions, and exclamation marks. `ScoringRules`
/// has the numbers, `RuleWords` the words.
struct SentimentScorer: Sendable {
    let terms: CompiledTerms
    let rules: ScoringRules

    init(terms: CompiledTerms, rules: ScoringRules = .standard) {
        self.terms = terms
        self.rules = rules
    }

    /// The score of `tokens[range]`; `text` answers whether a token is in capitals.
    func score(_ tokens: DocumentTokens, _ range: Range<Int>, text: TextReader) -> SentimentScore {
        var pass = ScoringPass(scorer: self, tokens: tokens, text: text, explain: true)
        return pass.score(range)
    }

    /// A pass to score many units of one document (`ScoringPass.score`); `explain: false`
    /// when only the numbers are read (no contributions in the scores).
    func pass(_ tokens: DocumentTokens, text: TextReader, explain: Bool) -> ScoringPass {
        ScoringPass(scorer: self, tokens: tokens, text: text, explain: explain)
    }
}
