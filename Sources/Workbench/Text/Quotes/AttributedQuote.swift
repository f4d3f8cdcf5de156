/// A quote with what the attribution found: its kind, cue and speaker, or why none.
struct AttributedQuote {
    enum Kind: String, CaseIterable { case direct, mixed, indirect }

    var start: Int
    var end: Int
    var kind: Kind
    var paragraph: Int
    var cue: SpeakerFinder.Attribution?
    /// The mention the attribution used (`he`, `Tsuruoka`, `the minister`).
    var speaker: SpeakerFinder.Mention?
    /// The canonical name of the person it resolved to, nil for descriptions and
    /// unresolved pronouns.
    var speakerName: String?
    /// How the speaker was found (`cue after`, `adjacent quote` …) or why not.
    var reason: String
    /// For direct and mixed quotes: the scanner's passage (marks, continuation).
    var passage: QuoteScanner.Passage?
}
