/// The numbers of our rules, in one place so that tests pin them and `explain` can cite them.
struct ScoringRules: Sendable, Equatable {
    /// A negated positive word keeps this share of its valence, sign flipped (`not good`).
    var negatePositive: Float = -0.6
    /// A negated negative word keeps this share, sign flipped: `not bad` is only mildly good.
    var negateNegative: Float = -0.45
    /// A negation reaches this many words after it, within its clause …
    var negationReach = 5
    /// … flips the first sentiment word it reaches (and the next after `or`, `nor`, `and`);
    /// later ones in its reach are what that word governs (`not welcome further engagement`)
    /// and keep this share of their valence.
    var negatedObject: Float = 0
    /// A negation that finds no sentiment word in its reach still leans negative: `cannot be
    /// so frequent`, `it does not work`, `no agreement was reached`.
    var bareNegation: Float = -0.6
    /// What `reduce`, `prevent`, `end` do to a positive / negative word after them.
    var reversePositive: Float = -0.6
    var reverseNegative: Float = -0.5
    /// How many words on a reverser reaches.
    var reverserReach = 3
    /// A positive word right after `too`, `overly`: more than is good (`too generous`).
    var excess: Float = -0.5
    /// A word with a letter held (`sooo good`).
    var elongation: Float = 1.2
    /// An intensifier reaches the next sentiment word up to this many words on, fading.
    var intensifierFade: [Float] = [1, 0.8, 0.6]
    /// A sentiment word in capitals among lower-case words.
    var capitals: Float = 1.3
    /// Before / after `but`, `however` (same sentence, or the sentence before a sentence-initial one).
    var beforeContrast: Float = 0.5
    var afterContrast: Float = 1.3
    /// In the clause `although`, `despite` open / in the rest of that sentence.
    var inConcession: Float = 0.5
    var besideConcession: Float = 1.2
    /// In a sentence ending with `?`.
    var question: Float = 0.85
    /// Added per `!` (up to `maxExclamations`) in the direction of the total.
    var exclamation: Float = 0.25
    var maxExclamations = 3
    /// compound = total / √(total² + alpha).
    var alpha: Double = 15
    /// A unit of n sentences: its total is the sum of the sentences' totals divided by n^this
    /// (0: plain sum; 0.5: √n; 1: the mean).
    var sentenceDamping: Double = 0.5

    static let standard = ScoringRules()
}
