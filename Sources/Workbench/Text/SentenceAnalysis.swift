/// Sentences (key `.sentences`): a `sentence` node per sentence with its `number` (from 1
/// in the document) and `paragraph` number, plus a `SentenceLayer` payload of token ranges.
/// The rules are `SentenceSplitter`'s.
///
/// Incremental: a document's sentences depend on its own tokens and paragraphs only (and on
/// the token vocabulary, whose ids an extended token layer keeps as a full run gives them),
/// so documents appended later get a column set and payload entries of their own.
struct SentenceAnalysis: IncrementalAnalysis {
    let id = "sentences"
    let version = "1"
    let requires: [AnalysisKey] = [.paragraphs, .tokens]
    let provides: [AnalysisKey] = [.sentences]

    func run(_ context: AnalysisContext, into output: inout AnalysisOutput) throws {
        let documents = try addSentences(context, of: 0..<context.graph.documents.count, into: &output)
        output.payload = SentenceLayer(documents: documents)
    }

    func extend(_ context: AnalysisContext, newDocuments: Range<Int>, into output: inout AnalysisOutput) throws -> Bool {
        // A payload restored from a workspace is decoded on first use.
        guard let previous = output.payload(as: SentenceLayer.self) else { return false }
        var documents = previous.documents
        for (id, sentences) in try addSentences(context, of: newDocuments, into: &output) { documents[id] = sentences }
        output.payload = SentenceLayer(documents: documents)
        return true
    }

    /// One column set with the sentences of the documents at `range`; returns them by document.
    private func addSentences(_ context: AnalysisContext, of range: Range<Int>,
                              into output: inout AnalysisOutput) throws -> [String: DocumentSentences] {
        let graph = context.graph
        guard let layer = graph.payload(of: TokenAnalysis().id, as: TokenLayer.self) else {
            throw WorkbenchError(.analysisFailed, "analysis 'sentences' found no token layer")
        }
        let splitter = SentenceSplitter(layer: layer)
        let split = try context.mapDocuments("sentences", in: range) { _, document in
            // Spans and numbers straight from the paragraph columns: no node is made.
            var paragraphs: [(range: Range<Int>, number: Int)] = []
            graph.forEachNode("paragraph", attributes: ["number"], in: [document.id]) { span, values in
                let number: Int
                if case .int(let n) = values[0] { number = n } else { number = 0 }
                paragraphs.append((span.start..<span.end, number))
            }
            return splitter.split(layer.tokens(in: document.id), paragraphs: paragraphs)
        }
        var documents: [String: DocumentSentences] = [:]
        documents.reserveCapacity(range.count)
        // A node per sentence, kept as columns over the payload's arrays.
        try output.addNodes(SentenceColumns(offsets: DocumentOffsets(documents: graph.documents[range].map(\.id), counts: split.map(\.count)),
                                            sentences: split))
        for (document, sentences) in zip(graph.documents[range], split) { documents[document.id] = sentences }
        return documents
    }
}
