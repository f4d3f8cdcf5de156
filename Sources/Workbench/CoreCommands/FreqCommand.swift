/// `freq [--by stem|word] [--top N] [--doc ID] [--stopwords]`: term frequencies.
enum FreqCommand {
    static let spec = CommandSpec(
        "freq",
        summary: "the most frequent words or stems: term, count, documents",
        discussion: """
        Counts words, abbreviations, numbers and addresses (not punctuation, symbols or the \
        possessive 's). `documents` is how many documents hold the term. Ordered by count, \
        most frequent first, then by term. --by stem (the default) counts Snowball stems and \
        adds a `forms` column with the word forms seen, most frequent first; --by word counts \
        lower-cased words. --stopwords drops common English function words (the, and, of …). \
        --top 0 lists every term.
        """,
        examples: ["freq --top 5 --stopwords", "freq --by word --doc 000_4c1ae4e712800ec5", "freq --top 0 > terms.csv"],
        arguments: [
            ArgumentSpec("by", .option, type: .choice(["stem", "word"]), summary: "count stems or normalised words", default: "stem"),
            ArgumentSpec("top", .option, type: .int, summary: "how many terms (0: all)", default: "20"),
            ArgumentSpec("doc", .option, type: .document, summary: "only this document"),
            ArgumentSpec("stopwords", .flag, summary: "drop common English function words"),
        ],
        requires: [.tokens]
    ) { context in
        let top = context.arguments.int("top") ?? 20
        guard top >= 0 else {
            throw WorkbenchError(.badValue, "invalid value '\(top)' for --top of 'freq': expected 0 or more", at: context.arguments.location("top"))
        }
        let graph = context.graph
        guard let layer = graph.payload(of: TokenAnalysis().id, as: TokenLayer.self) else {
            throw WorkbenchError(.analysisFailed, "no token layer")
        }
        let byStem = context.arguments.string("by") != "word"
        let documents = try context.arguments.string("doc").map { [try graph.requireDocument($0)] } ?? graph.documents
        let stop: Set<Int32> = context.arguments.flag("stopwords")
            ? Set(StopWords.english.compactMap { layer.normalizedID(of: $0) }) : []
        var counts = TermCounts(layer: layer)
        for document in documents {
            try context.checkCancelled()
            counts.add(layer.tokens(in: document.id), skipping: stop)
        }
        return counts.table(byStem: byStem, top: top)
    }
}
