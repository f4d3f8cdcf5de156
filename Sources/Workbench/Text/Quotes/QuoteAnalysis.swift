/// Quotes (key `.quotes`): direct, mixed and indirect quotes with their speakers.
///
/// Each quote is a `quote` node spanning the quoted words only (without the marks), with
/// attributes `text`, `kind`, `speaker` (canonical name or null), `speaker_text`,
/// `speaker_start`/`speaker_end` (the mention used), `cue`, `cue_start`/`cue_end`, `reason`;
/// and a `said-by` edge to the speaker's entity node when the speaker is a known entity.
struct QuoteAnalysis: Analysis {
    let id = "quotes"
    let version = "1"
    let requires: [AnalysisKey] = [.sentences, .entities]
    let provides: [AnalysisKey] = [.quotes]

    func run(_ context: AnalysisContext, into output: inout AnalysisOutput) throws {
        let graph = context.graph
        guard let tokens = graph.payload(of: "tokens", as: TokenLayer.self),
              let sentences = graph.payload(of: "sentences", as: SentenceLayer.self),
              let entities = graph.payload(of: "entities", as: EntityLayer.self) else {
            throw WorkbenchError(.analysisFailed, "analysis 'quotes' found no token, sentence or entity layer")
        }
        let lexicon = QuoteLexicon(tokens)
        // `said-by` edges go to the speaker's entity node.
        var entityNodes: [String: NodeID] = [:]
        for kind in EntityKind.allCases {
            for node in graph.nodes(kind.nodeKind) where entityNodes[node["name"].text] == nil { entityNodes[node["name"].text] = node.id }
        }
        // Quotes are found per document in parallel, then kept as columns (see
        // `QuoteColumns`) in document order, with the `said-by` edges.
        let found = try context.mapDocuments("quotes") { _, document -> QuoteColumnsBuilder.Prepared in
            let doc = DocumentText(id: document.id, scalars: ScalarDecoder.scalars(of: document.text),
                                   tokens: tokens.tokens(in: document.id), sentences: sentences.sentences(in: document.id), lexicon: lexicon)
            let paragraphs = graph.nodes("paragraph", in: document.id).map { $0.span.start..<$0.span.end }
            return QuoteColumnsBuilder.prepare(QuoteAttributor(doc: doc, paragraphs: paragraphs, entities: entities).quotes(), doc: doc)
        }
        var columns = QuoteColumnsBuilder()
        var saidBy: [(quote: Int32, speaker: NodeID)] = []
        for (document, prepared) in zip(graph.documents, found) {
            for (k, name) in prepared.speakerNames.enumerated() {
                if let name, let speaker = entityNodes[name] { saidBy.append((Int32(columns.count + k), speaker)) }
            }
            columns.add(prepared, document: document)
        }
        let quotes = columns.finish()
        let first = try output.addNodes(quotes)
        output.addEdges(SaidByColumns(quotes: quotes, firstQuote: first.raw, edges: saidBy))
    }
}
