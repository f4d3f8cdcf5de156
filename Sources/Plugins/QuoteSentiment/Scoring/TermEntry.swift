/// The rules a word or phrase sets off (see `RuleWords` for the lists and their strengths).
struct WordRole: OptionSet, Sendable, Hashable {
    let rawValue: UInt32

    /// `not`, `never`, `cannot`, `-n't`, `no longer`: flips and shrinks the sentiment words
    /// after it in its clause.
    static let negator = WordRole(rawValue: 1 << 0)
    /// `very`, `fairly`, `slightly`: scales the next sentiment word (`intensity` > 0 boosts,
    /// < 0 dampens).
    static let intensifier = WordRole(rawValue: 1 << 1)
    /// `might`, `probably`, `should`: scales the sentiment words after it in its clause by `hedge`.
    static let hedge = WordRole(rawValue: 1 << 2)
    /// `but`, `however`, `yet`: the sentence after it counts more, before it less.
    static let contrast = WordRole(rawValue: 1 << 3)
    /// `although`, `though`, `despite`: the clause it opens counts less, the rest more.
    static let concessive = WordRole(rawValue: 1 << 4)
    /// `because`, `which`, `if`: ends a negation's or hedge's reach like a comma does.
    static let clauseBreak = WordRole(rawValue: 1 << 5)
    /// `not only`, `no doubt`: a phrase that looks negative but does not negate.
    static let blocksNegation = WordRole(rawValue: 1 << 6)
    /// `pretty`, `super`, `kind`: an intensifier when a sentiment word follows, else its own
    /// valence (`pretty good` vs `a pretty view`).
    static let intensifierBeforeSentiment = WordRole(rawValue: 1 << 7)
    /// `like`: a verb (with its valence) after a subject or modal (`I like`, `would like`),
    /// otherwise a preposition without sentiment (`countries like Japan`).
    static let verbAfterSubject = WordRole(rawValue: 1 << 8)
    /// A subject pronoun or modal that makes a following `like` a verb.
    static let subject = WordRole(rawValue: 1 << 9)
    /// `yet`, `still`: a contrast only at the start of a clause (`…, yet it works`, not `not yet`).
    static let contrastAtClauseStart = WordRole(rawValue: 1 << 10)

    // Punctuation, set when the terms are compiled for a token layer.
    /// `,` `;` `:` `(` `)` `"` `--`: ends a clause.
    static let clauseEnd = WordRole(rawValue: 1 << 11)
    /// `.` `!` `?`: ends a sentence.
    static let sentenceEnd = WordRole(rawValue: 1 << 12)
    static let exclamation = WordRole(rawValue: 1 << 13)
    static let question = WordRole(rawValue: 1 << 14)
    /// `-`: ends a clause only with a space before it (`war - again`, not `non-combat`).
    static let dash = WordRole(rawValue: 1 << 15)

    /// `reduce`, `prevent`, `end`, `fewer`: turns the sentiment words after it in its clause
    /// around (`reduce the threat` is good news, `end cooperation` bad); its own valence
    /// (`fight` −1.6) counts only when nothing follows.
    static let reverser = WordRole(rawValue: 1 << 16)
    /// `never`, `rarely`, `little`: at the start of a sentence before an auxiliary it is an
    /// inversion that stresses (`Never has she had so great a chance`), not a negation.
    static let invertible = WordRole(rawValue: 1 << 17)
    /// `has`, `is`, `did`, `could` …: after a sentence-initial `never` makes an inversion.
    static let auxiliary = WordRole(rawValue: 1 << 18)
    /// `happy`, `merry`: opens a greeting (`Happy Birthday`), never part of a name.
    static let greeting = WordRole(rawValue: 1 << 19)
    /// `or`, `nor`, `and`: a negation reaches on to the next word (`not happy or satisfied`).
    static let coordinator = WordRole(rawValue: 1 << 20)
    /// `the`, `a`, `of`, `its`: not counted in a reverser's reach (`reduce the risk of war`).
    static let functionWord = WordRole(rawValue: 1 << 21)
    /// `non` in `non-violent`, `non-combat`: negates the one word it is joined to.
    static let prefixNegator = WordRole(rawValue: 1 << 22)
    /// `too` right before a positive word: more than is good (`too generous`, `too eager`)
    /// turns it into a mild complaint; before a negative word it intensifies (`too late`).
    static let excess = WordRole(rawValue: 1 << 23)
    /// A token an emoticon can start with (`:`, `<`), set when the terms are compiled: only
    /// these are tried as emoticons.
    static let emoticonStart = WordRole(rawValue: 1 << 24)
}

/// Where a term's valence comes from, for `sentiment.explain`.
enum TermSource: UInt8, Sendable {
    /// `inflected`: a form the lexicon lacks, valued like its base (`saves` like `save`).
    /// `rule`: a rule's own valence (a negation with nothing to negate).
    case none, lexicon, domain, emoticon, inflected, idiom, rule

    var label: String {
        switch self {
        case .none: return ""
        case .lexicon: return "lexicon"
        case .domain: return "domain"
        case .emoticon: return "emoticon"
        case .inflected: return "lexicon, inflected"
        case .idiom: return "idiom"
        case .rule: return "negation alone"
        }
    }
}

/// What the scorer knows about one word or phrase: its valence (−4 … 4, the VADER scale)
/// and the rules it sets off.
struct TermEntry: Sendable, Equatable {
    /// 0 for words without sentiment of their own.
    var valence: Float = 0
    var source: TermSource = .none
    var roles: WordRole = []
    /// For intensifiers: +0.3 makes the next sentiment word 30 % stronger, −0.3 30 % weaker.
    var intensity: Float = 0
    /// For hedges: the factor (< 1) on the sentiment after it in the clause.
    var hedge: Float = 1
    /// True when a phrase starts with this word (the phrase table has the rest).
    var startsPhrase = false
    /// Written with a letter held (`sooo`, `yesss`): the valence of the plain word, stressed.
    var elongated = false

    static let empty = TermEntry()

    var isEmpty: Bool { valence == 0 && roles.isEmpty && !startsPhrase }

    /// Whether the entry carries anything besides `startsPhrase`.
    var hasContent: Bool { valence != 0 || !roles.isEmpty }
}
