extension AnalysisKey {
    /// The token layer (`TokenLayer` payload of the `tokens` analysis): spans, classes,
    /// normalised forms and stems of every token, as compact arrays rather than nodes.
    public static let tokens: AnalysisKey = "tokens"
    /// Sentence nodes (`sentence`, attributes `number` and `paragraph`) and the
    /// `SentenceLayer` payload with each sentence's token range.
    public static let sentences: AnalysisKey = "sentences"
    /// Quote nodes (`quote`): direct, mixed and indirect quotes with speaker and cue.
    public static let quotes: AnalysisKey = "quotes"
}
