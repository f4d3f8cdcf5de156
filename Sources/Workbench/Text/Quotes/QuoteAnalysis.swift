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
        // Quotes are found per document in parallel; nodes are added in document order.
        let found = try context.mapDocuments("quotes") { _, document -> [FoundQuote] in
            let doc = DocumentText(id: document.id, scalars: ScalarDecoder.scalars(of: document.text),
                                   tokens: tokens.tokens(in: document.id), sentences: sentences.sentences(in: document.id), lexicon: lexicon)
            let paragraphs = graph.nodes("paragraph", in: document.id).map { $0.span.start..<$0.span.end }
            return try QuoteAttributor(doc: doc, paragraphs: paragraphs, entities: entities).quotes().map { quote in
                FoundQuote(span: try Span(document: document.id, start: quote.start, end: quote.end), fields: attributes(quote, doc),
                           evidence: evidence(quote, in: document.id), speaker: quote.speakerName)
            }
        }
        for quotes in found {
            for quote in quotes {
                let id = try output.addNode("quote", span: quote.span, fields: quote.fields, evidence: quote.evidence)
                if let name = quote.speaker, let speaker = entityNodes[name] {
                    output.addEdge("said-by", from: id, to: speaker, evidence: quote.evidence)
                }
            }
        }
    }

    /// A quote as found in its document, before it becomes a node.
    private struct FoundQuote: Sendable {
        var span: Span
        var fields: [(String, Value)]
        var evidence: [Span]
        var speaker: String?
    }

    /// The quote's attributes, by name in sorted order (see `AnalysisOutput.addNode(fields:)`).
    private func attributes(_ quote: AttributedQuote, _ doc: DocumentText) -> [(String, Value)] {
        var values: [(String, Value)] = []
        values.reserveCapacity(11)
        if let cue = quote.cue {
            values.append(("cue", .string(doc.text(cue.cueStart, cue.cueEnd))))
            values.append(("cue_end", .int(cue.cueEnd)))
            values.append(("cue_start", .int(cue.cueStart)))
        }
        values.append(("kind", .string(quote.kind.rawValue)))
        values.append(("paragraph", .int(quote.paragraph)))
        values.append(("reason", .string(quote.reason)))
        values.append(("speaker", Value(quote.speakerName)))
        if let speaker = quote.speaker {
            values.append(("speaker_end", .int(speaker.end)))
            values.append(("speaker_start", .int(speaker.start)))
            values.append(("speaker_text", .string(doc.text(speaker.start, speaker.end))))
        }
        values.append(("text", .string(doc.text(quote.start, quote.end))))
        return values
    }

    /// The cue and the speaker mention: what a reader checks to trust the attribution.
    private func evidence(_ quote: AttributedQuote, in document: String) -> [Span] {
        var spans: [Span] = []
        if let cue = quote.cue { spans.append(Span(unchecked: document, cue.cueStart, cue.cueEnd)) }
        if let speaker = quote.speaker { spans.append(Span(unchecked: document, speaker.start, speaker.end)) }
        return spans
    }
}
