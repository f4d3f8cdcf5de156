/// Sentences (key `.sentences`): a `sentence` node per sentence with its `number` (from 1
/// in the document) and `paragraph` number, plus a `SentenceLayer` payload of token ranges.
/// The rules are `SentenceSplitter`'s.
struct SentenceAnalysis: Analysis {
    let id = "sentences"
    let version = "1"
    let requires: [AnalysisKey] = [.paragraphs, .tokens]
    let provides: [AnalysisKey] = [.sentences]

    func run(_ context: AnalysisContext, into output: inout AnalysisOutput) throws {
        let graph = context.graph
        guard let layer = graph.payload(of: TokenAnalysis().id, as: TokenLayer.self) else {
            throw WorkbenchError(.analysisFailed, "analysis 'sentences' found no token layer")
        }
        let splitter = SentenceSplitter(layer: layer)
        let split = try context.mapDocuments("sentences") { _, document in
            let paragraphs = graph.nodes("paragraph", in: document.id).map { node -> (range: Range<Int>, number: Int) in
                let number: Int
                if case .int(let n) = node["number"] { number = n } else { number = 0 }
                return (node.span.start..<node.span.end, number)
            }
            return splitter.split(layer.tokens(in: document.id), paragraphs: paragraphs)
        }
        var documents: [String: DocumentSentences] = [:]
        documents.reserveCapacity(graph.documents.count)
        // A node per sentence, kept as columns over the payload's arrays.
        try output.addNodes(SentenceColumns(offsets: DocumentOffsets(documents: graph.documents.map(\.id), counts: split.map(\.count)),
                                            sentences: split))
        for (document, sentences) in zip(graph.documents, split) { documents[document.id] = sentences }
        output.payload = SentenceLayer(documents: documents)
    }
}
