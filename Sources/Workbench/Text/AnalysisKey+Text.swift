extension AnalysisKey {
    /// The token layer (`TokenLayer` payload of the `tokens` analysis): spans, classes,
    /// normalised forms and stems of every token, as compact arrays rather than nodes.
    public static let tokens: AnalysisKey = "tokens"
    /// Sentence nodes (`sentence`, attributes `number` and `paragraph`) and the
    /// `SentenceLayer` payload with each sentence's token range.
    public static let sentences: AnalysisKey = "sentences"
    /// Entities (key `.entities`): `person`, `organization`, `place` and `group` nodes with
    /// `mention` nodes linked to them (`mention-of`), `role` edges person → organisation, and
    /// the `EntityLayer` payload (mentions by document, the entity table, roles).
    public static let entities: AnalysisKey = "entities"
    /// Quote nodes (`quote`): direct, mixed and indirect quotes with speaker and cue.
    public static let quotes: AnalysisKey = "quotes"
}
