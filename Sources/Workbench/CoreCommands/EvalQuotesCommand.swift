/// `eval quotes --gold FILE`: quote extraction and attribution against PolNeAR.
enum EvalQuotesCommand {
    static let defaultGold = "../shared/corpora/polnear_attribution/polnear.dev.jsonl"

    static let spec = CommandSpec(
        "eval quotes",
        summary: "score quotes and speakers against PolNeAR attribution gold (precision, recall, F1, speaker accuracy)",
        discussion: """
        Loads the gold file's articles into a corpus of their own (the one you work on is untouched), runs the \
        quote analysis on them and compares. Rows for two subsets: 'quoted' (attributions whose content has \
        quote marks, against direct and mixed quotes) and 'all' (every attribution, against every quote). \
        content: a gold attribution is found when a quote overlaps its content (overlap) or equals it without \
        marks, spaces and a final comma (exact). speaker: right when the speaker mention overlaps the gold \
        source or the canonical speaker contains the source's last word; accuracy over found attributions with \
        a source, recall over all with a source. cue: overlap of cue spans.
        """,
        examples: ["eval quotes", "eval quotes --gold ../shared/corpora/polnear_attribution/polnear.dev.jsonl --format markdown"],
        arguments: [
            ArgumentSpec("gold", .option, type: .path, summary: "PolNeAR JSONL file", default: defaultGold),
            ArgumentSpec("limit", .option, type: .int, summary: "use only the first N articles (0: all)", default: "0"),
        ]
    ) { context in
        let path = context.arguments.string("gold") ?? defaultGold
        var gold = try PolNeARGold.read(path)
        if let limit = context.arguments.int("limit"), limit > 0 { gold.articles = Array(gold.articles.prefix(limit)) }
        var graph = CorpusGraph()
        for article in gold.articles {
            // Articles repeat across annotators in some sets; keep the first of an id.
            if graph.document(article.id) == nil { try graph.add(Document(id: article.id, text: article.text)) }
        }
        let io = context.io
        try context.workbench.engine.ensure([.quotes], in: &graph, settings: context.settings, cancellation: context.cancellation,
                                            progress: io.progress)
        var evaluation = QuoteEvaluation()
        for article in gold.articles {
            let predicted = graph.nodes("quote", in: article.id).map { node in
                QuoteEvaluation.Prediction(
                    content: node.span.start..<node.span.end, kind: node["kind"].text,
                    speaker: range(node["speaker_start"], node["speaker_end"]),
                    speakerName: node["speaker"].isNull ? nil : node["speaker"].text,
                    cue: range(node["cue_start"], node["cue_end"]))
            }
            evaluation.add(text: Array(article.text.unicodeScalars), gold: article.attributions, predicted: predicted)
        }
        context.note("evaluated \(gold.articles.count) articles from \(path)")
        return table(evaluation)
    }

    private static func range(_ a: Value, _ b: Value) -> Range<Int>? {
        guard case .int(let start) = a, case .int(let end) = b, start <= end else { return nil }
        return start..<end
    }

    static func table(_ evaluation: QuoteEvaluation) -> Table {
        var table = Table(name: "eval quotes", columns: [
            .init("subset"), .init("measure"), .init("precision", .double), .init("recall", .double), .init("f1", .double),
            .init("accuracy", .double), .init("gold", .int), .init("predicted", .int),
        ])
        func r(_ x: Double) -> Value { .double((x * 1000).rounded() / 1000) }
        for (name, s) in [("quoted", evaluation.quoted), ("all", evaluation.all)] {
            table.append([.string(name), "content (overlap)", r(s.overlapPrecision), r(s.overlapRecall), r(s.overlapF1), .null,
                          .int(s.gold), .int(s.predicted)])
            table.append([.string(name), "content (exact)", r(s.exactPrecision), r(s.exactRecall), r(s.exactF1), .null,
                          .int(s.gold), .int(s.predicted)])
            table.append([.string(name), "speaker", .null, r(s.speakerRecall), .null, r(s.speakerAccuracy),
                          .int(s.goldWithSource), .int(s.speakerJudged)])
            table.append([.string(name), "cue", r(s.cue.precision), r(s.cue.recall), r(s.cue.f1), .null,
                          .int(s.cue.gold), .int(s.cue.predicted)])
        }
        return table
    }
}
