import Workbench

/// `sentiment TEXT` / `sentiment --unit sentence|quote|paragraph|doc` / `TABLE | sentiment`.
enum SentimentCommand {
    static let units = ["sentence", "quote", "paragraph", "doc"]

    static let spec = CommandSpec(
        "sentiment",
        summary: "sentiment of a text, or of every sentence, quote, paragraph or document: compound, positive, negative, neutral",
        discussion: """
        compound runs from -1 (most negative) to 1 (most positive); 0.05 and beyond counts as positive, -0.05 \
        and below as negative. positive, negative and neutral are the shares of the words' weight (they add up \
        to 1). words lists the words that moved the score, with their valence after the rules (negated, hedged, \
        intensified, dampened, before/after a 'but', conceded …); 'sentiment.explain' shows every step. \
        Valences come from the VADER lexicon and the domain layer (set sentiment.domain); rules handle negation \
        (not, never, cannot, n't, no longer), intensifiers (very, fairly, slightly), contrast (but, however, \
        although), hedges and modals (might, probably, should), capitals, exclamation marks and questions. \
        compound = total / √(total² + 15), where total sums the words' values (divided by √n for a unit of n \
        sentences, so that long units do not all end near ±1). With a table piped in, scores each row's span \
        and adds the columns.
        """,
        examples: [
            "sentiment \"Public opinion might not welcome further engagement\"",
            "sentiment --unit sentence | sort compound desc | top 5",
            "sentiment --unit quote --doc 000_4c1ae4e712800ec5",
            "sentences | where text ~ cooperation | sentiment",
        ],
        arguments: [
            ArgumentSpec("text", summary: "a text to score instead of the corpus"),
            ArgumentSpec("unit", .option, type: .choice(units), summary: "which units of the corpus to score", default: "sentence"),
            ArgumentSpec("doc", .option, type: .document, summary: "only this document"),
        ],
        input: .optional
    ) { context in
        if let text = context.arguments.string("text") {
            return try scoreText(text, context: &context)
        }
        if let input = context.input {
            return try scoreRows(input, context: &context)
        }
        return try scoreUnits(context.arguments.string("unit") ?? "sentence", context: &context)
    }

    static let scoreColumns: [Table.Column] = [
        .init("compound", .double), .init("positive", .double), .init("negative", .double), .init("neutral", .double), .init("words"),
    ]

    static func scoreValues(_ score: SentimentScore, words: String) -> [Value] {
        [SentimentFormat.value(score.compound), SentimentFormat.value(score.positive, 3), SentimentFormat.value(score.negative, 3),
         SentimentFormat.value(score.neutral, 3), .string(words)]
    }

    /// A literal text, scored in a graph of its own (tokenised like any document).
    static func scoreText(_ text: String, context: inout CommandContext) throws -> Table {
        let (run, id) = try LiteralText.run(text, context: context)
        let score = run.score(document: id, tokens: 0..<run.tokens.tokens(in: id).count)
        var table = Table(name: "sentiment", columns: [.init("text"), .init("label")] + scoreColumns)
        table.append([.string(text), .string(score.label)] + scoreValues(score, words: run.words(score, in: id)))
        return table
    }

    /// Every row of a piped table with a span gets the score columns; others get nulls.
    static func scoreRows(_ input: Table, context: inout CommandContext) throws -> Table {
        try context.require([.tokens])
        let run = try SentimentRun(graph: context.graph, settings: context.settings)
        var table = input
        let taken = Set(input.columnNames)
        let added = scoreColumns.map { taken.contains($0.name) ? Table.Column("sentiment_" + $0.name, $0.type) : $0 }
        table.columns += added
        for index in table.rows.indices {
            if index % 1024 == 0 { try context.checkCancelled() }
            guard let span = table.rows[index].span else {
                table.rows[index].values += Array(repeating: .null, count: added.count)
                continue
            }
            let score = run.score(span)
            table.rows[index].values += scoreValues(score, words: run.words(score, in: span.document))
        }
        return table
    }

    /// Every unit of the corpus (or of one document) in text order. Documents are scored in
    /// parallel (`CommandContext.mapInParallel`), their rows joined in document order.
    static func scoreUnits(_ unit: String, context: inout CommandContext) throws -> Table {
        // The term tables are read while the tokens are made (at the lowest priority: in the
        // tokenizer's serial merge, not taking a core from its parallel part), and compiled
        // against their vocabulary while the sentences (or quotes) are.
        let domain = SentimentRun.domain(context.settings), threads = context.threads
        let terms = Pending(threads: threads, whenIdle: true) { try SentimentResources.terms(domain: domain) }
        try context.require([.paragraphs, .tokens])
        guard let tokenLayer = context.graph.payload(of: "tokens", as: TokenLayer.self) else {
            throw WorkbenchError(.analysisFailed, "the sentiment scorer needs the token layer, which has not run")
        }
        let compiled = Pending(threads: threads) { CompiledTerms(try terms.value(), layer: tokenLayer) }
        switch unit {
        case "quote": try context.require([.quotes])
        case "paragraph": break
        default: try context.require([.sentences])
        }
        let graph = context.graph
        let run = try SentimentRun(graph: graph, settings: context.settings, compiled: compiled.value())
        let documents = try context.arguments.string("doc").map { [try graph.requireDocument($0)] } ?? graph.documents
        let sentences = graph.payload(of: "sentences", as: SentenceLayer.self)
        let scorer = run.scorer, layer = run.tokens
        // `… | count`: every unit is scored all the same, but no text, `words` or values are made.
        let countOnly = context.onlyRowCountRead
        let perDocument = try context.mapInParallel(documents) { document -> [Table.Row] in
            let tokens = layer.tokens(in: document.id)
            let reader = TextReader(document)
            let id = Value.string(document.id)
            var rows: [Table.Row] = []
            // Without `words`, the rules' steps are not recorded.
            var pass = scorer.pass(tokens, text: reader, explain: !countOnly)
            func add(_ range: Range<Int>, _ start: Int, _ end: Int) {
                let score = pass.score(range)
                if countOnly {
                    rows.append(Table.Row([]))
                    return
                }
                let span = try? Span(document: document.id, start: start, end: end)
                let text = reader.slice(start, end)
                rows.append(Table.Row([id, .int(start), .int(end), .string(text), SentimentFormat.value(score.compound),
                                       SentimentFormat.value(score.positive, 3), SentimentFormat.value(score.negative, 3),
                                       SentimentFormat.value(score.neutral, 3),
                                       .string(SentimentRun.words(score, tokens: tokens, reader: reader))],
                                      span: span))
            }
            switch unit {
            case "quote", "paragraph":
                for node in graph.nodes(Kind(unit), in: document.id) {
                    add(SentimentRun.tokenRange(of: node.span, in: tokens), node.span.start, node.span.end)
                }
            case "doc":
                if !tokens.isEmpty { add(0..<tokens.count, 0, document.length) }
            default:
                if let sentences = sentences?.sentences(in: document.id) {
                    rows.reserveCapacity(sentences.count)
                    for s in 0..<sentences.count {
                        add(sentences.tokenRange(s), Int(sentences.starts[s]), Int(sentences.ends[s]))
                    }
                }
            }
            return rows
        }
        var table = Table(name: "sentiment", columns: [.init("doc"), .init("start", .int), .init("end", .int), .init("text")] + scoreColumns)
        table.rows.reserveCapacity(perDocument.reduce(0) { $0 + $1.count })
        for rows in perDocument { table.rows += rows }
        return table
    }
}

/// A literal text (`sentiment "…"`, `sentiment.explain "…"`) as a one-document graph.
enum LiteralText {
    static let id = "text"

    static func run(_ text: String, context: CommandContext) throws -> (SentimentRun, String) {
        var graph = CorpusGraph()
        try graph.add(Document(id: id, text: text))
        try context.ensure([.sentences], in: &graph)
        return (try SentimentRun(graph: graph, settings: context.settings), id)
    }
}
