/// A unit's sentiment: `compound` in [-1, 1] and the positive, negative and neutral shares
/// of its words (they add up to 1), with the words that moved the score.
struct SentimentScore: Sendable, Equatable {
    var compound: Double = 0
    var positive: Double = 0
    var negative: Double = 0
    var neutral: Double = 1
    /// The sum of the word valences after the rules, before squashing into `compound`.
    var total: Double = 0
    var contributions: [Contribution] = []
    /// Sentence-level adjustments (exclamation marks), for `explain`.
    var emphasis: Double = 0
    var exclamations = 0
    /// How many sentences hold sentiment words; the total of several is divided by √sentences.
    var sentences = 0

    var label: String { compound >= SentimentScore.positiveThreshold ? "positive" : compound <= -SentimentScore.positiveThreshold ? "negative" : "neutral" }

    /// `compound` at or beyond ±this is positive / negative; closer to 0 is neutral.
    static let positiveThreshold = 0.05
}

/// One sentiment word (or phrase, or emoticon) of a unit and what the rules did to it.
struct Contribution: Sendable, Equatable {
    /// Its tokens (indices into the document's tokens).
    var tokens: Range<Int>
    /// The valence from the lexicon or domain layer.
    var base: Float
    /// After the rules.
    var value: Float
    var source: TermSource
    /// Written in capitals; stressed when the unit has lower-case words too.
    var inCapitals = false
    /// Its sentence and clause in the unit (from 0), for the rules across clauses.
    var sentence: Int32 = 0
    var clause: Int32 = 0
    /// The rules applied, in order, each with the factor it applied and the token that set it off.
    var steps: [Step] = []

    struct Step: Sendable, Equatable {
        var rule: Rule
        var factor: Float
        /// The token that triggered it (`not`, `very`, `but`), or nil (capitals, question).
        var trigger: Int?
    }

    enum Rule: String, Sendable {
        case intensifier = "intensified"
        case negation = "negated"
        case negatedObject = "governed by a negated word"
        case hedge = "hedged"
        case capitals = "capitals"
        case contrastBefore = "before a contrast"
        case contrastAfter = "after a contrast"
        case concession = "in a concession"
        case mainClause = "beside a concession"
        case question = "in a question"
        case reversal = "turned around"
        case elongation = "elongated"
    }
}

extension Contribution {
    /// Scales the value by `factor`; `explain`: also records the step (for `words` and
    /// `explain`). The value is the same either way: only the record is skipped.
    @inline(__always)
    mutating func apply(_ rule: Rule, _ factor: Float, trigger: Int?, explain: Bool) {
        value *= factor
        if explain { steps.append(Step(rule: rule, factor: factor, trigger: trigger)) }
    }
}
