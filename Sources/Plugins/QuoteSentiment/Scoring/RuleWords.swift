/// The function words our rules react to, with their strengths. These are the rules, not
/// sentiment data: the lexicon and the domain layer give valences; these words change them.
///
/// Strengths are fractions: an intensifier of +0.3 makes the next sentiment word 30 %
/// stronger; a hedge of 0.75 keeps 75 % of the sentiment after it in its clause.
enum RuleWords {
    /// Words that negate what follows in their clause. Any word ending in `n't` (and the
    /// apostrophe-less spellings below) negates too.
    static let negators: [String] = [
        "not", "never", "no", "none", "nobody", "nothing", "nowhere", "neither", "nor", "cannot",
        "without", "hardly", "scarcely", "rarely", "seldom", "lack", "lacks", "lacked", "lacking",
        "least", "nope", "uh-uh",
        "aint", "arent", "cant", "couldnt", "didnt", "doesnt", "dont", "hadnt", "hasnt", "havent", "isnt",
        "mightnt", "mustnt", "neednt", "shant", "shouldnt", "wasnt", "werent", "wont", "wouldnt",
    ]

    /// Multi-word negators.
    static let negatorPhrases: [String] = ["no longer", "not any longer", "no more than", "by no means", "far from", "fail to", "fails to", "failed to", "failing to"]

    /// Counterfactual modals: what `should have`, `could have`, `would have` been did not
    /// happen, so they act as negators (`should have been better` is a complaint, `could
    /// have been worse` a relief) and, with no sentiment word in reach, lean negative like
    /// a bare negation (`he should have known`).
    static let counterfactuals: [String] = [
        "should have", "could have", "would have", "might have", "ought to have",
        "should've", "could've", "would've", "might've", "shoulda", "coulda", "woulda",
    ]

    /// Phrases that look negating but are not (`not only … but also`, `no doubt`), or fix
    /// an idiom (`at least` is no negation).
    static let nonNegatingPhrases: [String] = [
        "not only", "not just", "no doubt", "nothing but", "never mind", "at least", "not least",
        "no wonder", "not to mention", "no matter", "not until", "no less", "none other", "nothing less",
    ]

    /// Phrases with no sentiment and no rule, though a word in them has one: `such as` does
    /// not intensify, `as well as` is no praise.
    static let neutralPhrases: [String] = ["such as", "as well as", "as well", "so far as", "so long as", "just as"]

    /// Set phrases whose sense is not the sum of their words (valences on the lexicon's scale).
    static let idioms: [(String, Float)] = [
        ("can't wait", 2.0), ("cant wait", 2.0), ("cannot wait", 2.0), ("couldn't be better", 2.8),
        ("could not be better", 2.8), ("second to none", 2.6), ("nothing short of", 0), ("bad ass", 1.5),
        ("open fire", -2.0), ("opened fire", -2.0), ("so-called", -0.3), ("heart disease", -2.0),
        ("heart attack", -2.6), ("heart failure", -2.4), ("pass away", -2.0), ("passed away", -2.0),
    ]

    /// Words that turn around the sentiment of what follows in their clause: less of a bad
    /// thing is good (`reduce the threat`, `an end to the war`), less of a good thing bad
    /// (`cut aid`, `end cooperation`).
    static let reversers: [String] = [
        "reduce", "reduces", "reduced", "reducing", "reduction", "decrease", "decreases", "decreased", "decreasing",
        "lower", "lowers", "lowered", "lowering", "curb", "curbs", "curbed", "curbing", "prevent", "prevents",
        "prevented", "preventing", "prevention", "avoid", "avoids", "avoided", "avoiding", "stop", "stops", "stopped",
        "stopping", "end", "ends", "ended", "ending", "ease", "eases", "eased", "easing", "overcome", "overcame",
        "overcoming", "combat", "combating", "combatting", "counter", "countering", "tackle", "tackling", "eliminate",
        "eliminated", "eliminating", "eradicate", "eradicated", "alleviate", "alleviated", "mitigate", "mitigated",
        "mitigating", "relieve", "relieved", "relieving", "resolve", "resolved", "resolving", "defeat", "defeated",
        "defeating", "deter", "deterred", "deterring", "fewer", "lessen", "lessened", "diminish", "diminished",
        "diminishes", "lessening", "lessens", "minimize", "minimise", "minimized", "minimised", "halt", "halted", "halting", "reverse",
        "reversed", "remove", "removed", "removing", "abolish", "abolished", "cure", "cured", "heal", "healed",
        "lose", "loses", "lost", "losing", "cut", "cuts", "cutting", "ban", "bans", "banned", "banning",
        "suppress", "suppressed",
    ]
    static let reverserPhrases: [String] = [
        "an end to", "free of", "free from", "rid of", "protect against", "protection against", "guard against",
        "fight against", "fighting against", "struggle against", "immune to", "deal with", "dealing with",
        "cope with", "coping with", "address the", "addressing the", "away from", "safe from", "relief from", "recovery from", "recover from",
    ]

    /// Negators that, first in a sentence before an auxiliary, make an inversion, not a negation.
    static let invertible: [String] = ["never", "rarely", "seldom", "nowhere", "hardly", "scarcely", "little"]
    static let auxiliaries: [String] = [
        "has", "have", "had", "is", "was", "were", "are", "am", "did", "does", "do", "will", "would", "could", "can",
        "should", "may", "might", "must", "shall", "before",
    ]

    /// Words that open greetings (`Happy Birthday`, `Merry Christmas`): a capital is no name.
    static let greetings: [String] = ["happy", "merry", "good", "best", "congratulations", "congrats", "welcome", "great"]

    /// Words a reverser reaches across without counting them.
    static let functionWords: [String] = [
        "the", "a", "an", "of", "its", "their", "his", "her", "our", "your", "my", "this", "that", "these", "those",
        "any", "such", "being", "non", "some",
    ]

    /// Words of excess: before a positive word they make it a complaint (`too generous`).
    static let excess: [String] = ["too", "overly", "excessively"]

    /// Words after which a negation reaches the next sentiment word too.
    static let coordinators: [String] = ["or", "nor", "and"]

    /// Intensifiers: positive boost, negative dampen.
    static let intensifiers: [(String, Float)] = [
        // boosters
        ("very", 0.30), ("really", 0.30), ("extremely", 0.45), ("highly", 0.30), ("so", 0.25), ("too", 0.20),
        ("much", 0.20), ("more", 0.15), ("most", 0.30), ("deeply", 0.35), ("truly", 0.30), ("absolutely", 0.40),
        ("completely", 0.35), ("totally", 0.35), ("entirely", 0.30), ("utterly", 0.40), ("incredibly", 0.40),
        ("remarkably", 0.30), ("particularly", 0.20), ("especially", 0.25), ("exceptionally", 0.40),
        ("enormously", 0.40), ("hugely", 0.35), ("greatly", 0.30), ("strongly", 0.30), ("seriously", 0.25),
        ("increasingly", 0.20), ("considerably", 0.25), ("substantially", 0.25), ("significantly", 0.25),
        ("vastly", 0.30), ("tremendously", 0.40), ("immensely", 0.40), ("thoroughly", 0.30), ("fully", 0.20),
        ("genuinely", 0.25), ("clearly", 0.15), ("certainly", 0.15), ("surely", 0.15), ("definitely", 0.20), ("unusually", 0.25),
        ("amazingly", 0.35), ("awfully", 0.35), ("intensely", 0.35), ("decidedly", 0.25), ("unbelievably", 0.40),
        ("exceedingly", 0.40), ("overwhelmingly", 0.40), ("profoundly", 0.35), ("sharply", 0.25),
        ("dramatically", 0.30), ("even", 0.10), ("further", 0.10), ("ever", 0.10), ("all", 0.05),
        ("such", 0.15), ("quite", 0.10), ("overly", 0.25), ("excessively", 0.30),
        // dampeners
        ("slightly", -0.40), ("somewhat", -0.30), ("fairly", -0.20), ("rather", -0.15), ("partly", -0.30),
        ("partially", -0.30), ("mildly", -0.40), ("marginally", -0.40), ("moderately", -0.25),
        ("relatively", -0.20), ("reasonably", -0.15), ("almost", -0.20), ("barely", -0.50), ("less", -0.40),
        ("little", -0.50), ("occasionally", -0.20), ("kinda", -0.35), ("sorta", -0.35), ("modestly", -0.30),
        ("comparatively", -0.20), ("nearly", -0.15), ("only", -0.10), ("scarce", -0.40),
    ]

    /// Multi-word intensifiers.
    static let intensifierPhrases: [(String, Float)] = [
        ("kind of", -0.35), ("sort of", -0.35), ("a bit", -0.30), ("a little", -0.30), ("a little bit", -0.35),
        ("to some extent", -0.30), ("to a degree", -0.25), ("more or less", -0.30), ("at all", 0.20),
        ("so much", 0.30), ("by far", 0.35), ("far more", 0.30), ("much more", 0.30), ("a lot", 0.20),
        ("ever more", 0.25), ("all the more", 0.30),
    ]

    /// Words that soften the clause after them: modals, hedges, epistemic adverbs.
    static let hedges: [(String, Float)] = [
        ("might", 0.70), ("may", 0.75), ("could", 0.75), ("would", 0.85), ("should", 0.85), ("must", 0.90),
        ("probably", 0.80), ("possibly", 0.70), ("perhaps", 0.70), ("maybe", 0.70), ("likely", 0.85),
        ("unlikely", 0.60), ("seem", 0.80), ("seems", 0.80), ("seemed", 0.80), ("seemingly", 0.80),
        ("appear", 0.85), ("appears", 0.85), ("appeared", 0.85), ("apparently", 0.85), ("arguably", 0.80),
        ("potentially", 0.80), ("presumably", 0.80), ("supposedly", 0.75), ("allegedly", 0.75),
        ("reportedly", 0.85), ("conceivably", 0.70), ("hopefully", 0.85), ("suggest", 0.85),
        ("suggests", 0.85), ("suggested", 0.85), ("if", 0.70), ("tend", 0.85), ("tends", 0.85), ("somehow", 0.85),
        ("mightn't", 0.70), ("couldn't", 0.80), ("wouldn't", 0.85), ("shouldn't", 0.85), ("mustn't", 0.90),
        ("mightnt", 0.70), ("couldnt", 0.80), ("wouldnt", 0.85), ("shouldnt", 0.85), ("mustnt", 0.90),
    ]

    /// Multi-word hedges.
    static let hedgePhrases: [(String, Float)] = [
        ("it is possible", 0.70), ("it's possible", 0.70), ("in theory", 0.75), ("to be fair", 0.85),
        ("so far", 0.85), ("for now", 0.85), ("in principle", 0.80), ("not necessarily", 0.60),
    ]

    /// `but`-like words: what comes after them counts more than what came before.
    static let contrasts: [String] = ["but", "however", "nevertheless", "nonetheless", "notwithstanding"]
    /// Contrasts only at the start of a clause (`…, yet it works`; not `not yet`, `still good`).
    static let clauseStartContrasts: [String] = ["yet", "still", "instead"]
    static let contrastPhrases: [String] = ["even so", "on the other hand", "that said", "having said that", "all the same"]

    /// `although`-like words: the clause they open counts less than the rest of the sentence.
    static let concessives: [String] = ["although", "though", "despite", "whereas", "albeit", "whilst"]
    static let concessivePhrases: [String] = [
        "even though", "even if", "in spite of", "regardless of", "even as", "instead of", "rather than",
    ]

    /// Words that start a new clause for the reach of a negation or hedge.
    static let clauseBreaks: [String] = [
        "because", "since", "which", "who", "whom", "whose", "when", "where", "while", "if", "unless",
        "whether", "so that", "then", "until", "after", "before",
    ]

    /// Words with a valence of their own that intensify when a sentiment word follows.
    static let intensifiersBeforeSentiment: [(String, Float)] = [
        ("pretty", 0.15), ("super", 0.35), ("real", 0.15), ("damn", 0.30), ("damned", 0.30), ("bloody", 0.25),
        ("freaking", 0.35), ("fucking", 0.40), ("effing", 0.35), ("wildly", 0.30), ("insanely", 0.35),
        ("ridiculously", 0.35), ("terribly", 0.35), ("horribly", 0.35), ("crazy", 0.30), ("way", 0.25),
        ("major", 0.20), ("total", 0.20), ("utter", 0.35), ("extreme", 0.30), ("enormous", 0.30),
        ("tremendous", 0.30), ("incredible", 0.30), ("considerable", 0.20), ("huge", 0.25), ("big", 0.15),
        ("deep", 0.20), ("slight", -0.40), ("minor", -0.30), ("marginal", -0.35),
    ]

    /// Words that make a following `like` a verb: subject pronouns, modals, auxiliaries, `to`.
    static let likeSubjects: [String] = [
        "i", "you", "we", "they", "he", "she", "it", "who", "people", "fans", "would", "will", "do", "does",
        "did", "don't", "doesn't", "didn't", "dont", "to", "really", "also", "just", "i'd", "you'd", "we'd",
        "they'd", "i'll", "we'll", "you'll", "not", "might", "may", "could", "should", "kids", "folks",
    ]
}
