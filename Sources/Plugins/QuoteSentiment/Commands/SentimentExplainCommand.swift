import Workbench

/// `sentiment.explain ROW`: every step from the words' valences to the compound score.
enum SentimentExplainCommand {
    static let spec = CommandSpec(
        "sentiment.explain",
        summary: "explain a score step by step: each sentiment word, the rules that changed it, the total and compound",
        discussion: """
        ROW is a row number (from 1) of the piped table — any table whose rows point at text: quotes, \
        sentiment --unit sentence, sentences, kwic — or, with nothing piped, the number of a quote as 'quotes' \
        lists them. Any other ROW is scored as a literal text. One row per sentiment word with its valence and \
        where it comes from (lexicon, domain, emoticon), then one row per rule applied to it: the factor, the \
        word that set it off (by) and the value after it. Then the exclamation marks, the total, and the \
        compound (total / √(total² + 15)) with the positive, negative and neutral shares.
        """,
        examples: ["sentiment.explain 2", "quotes --speaker Ishikawa | sentiment.explain 1",
                   "sentiment.explain \"Japanese public opinion might not welcome further engagement\""],
        arguments: [ArgumentSpec("row", summary: "a row number of the piped table, a quote number, or a text", required: true)],
        input: .optional
    ) { context in
        let row = context.arguments.string("row") ?? ""
        guard let number = Int(row) else {
            let (run, id) = try LiteralText.run(row, context: context)
            let score = run.score(document: id, tokens: 0..<run.tokens.tokens(in: id).count)
            return explain(score, document: id, run: run, spans: false)
        }
        let span: Span
        if let input = context.input {
            guard number >= 1 && number <= input.rows.count else {
                throw WorkbenchError(.badValue, "no row \(number): the piped table has \(input.rows.count) row\(input.rows.count == 1 ? "" : "s")",
                                     hint: "rows count from 1", at: context.arguments.location("row"))
            }
            guard let rowSpan = input.rows[number - 1].span else {
                throw WorkbenchError(.badValue, "row \(number) of '\(input.name)' does not point at text",
                                     hint: "pipe a table of text units: quotes, sentences, sentiment --unit sentence",
                                     at: context.arguments.location("row"))
            }
            span = rowSpan
        } else {
            try context.require([.quotes])
            let quotes = context.graph.nodes("quote")
            guard number >= 1 && number <= quotes.count else {
                throw WorkbenchError(.badValue, "no quote \(number): the corpus has \(quotes.count) quote\(quotes.count == 1 ? "" : "s")",
                                     hint: "quotes lists them; or pipe a table: quotes | sentiment.explain 1",
                                     at: context.arguments.location("row"))
            }
            span = quotes[number - 1].span
        }
        try context.require([.tokens])
        let run = try SentimentRun(graph: context.graph, settings: context.settings)
        let score = run.score(span)
        var texts = TextCache(graph: context.graph)
        context.note("explaining \(span.document) \(span.start)..<\(span.end): \(texts.slice(span))")
        return explain(score, document: span.document, run: run, spans: true)
    }

    /// The trace table.
    static func explain(_ score: SentimentScore, document: String, run: SentimentRun, spans: Bool) -> Table {
        var table = Table(name: "sentiment.explain", columns: [
            .init("word"), .init("start", .int), .init("end", .int), .init("rule"), .init("factor", .double), .init("by"),
            .init("value", .double),
        ])
        let tokens = run.tokens.tokens(in: document)
        for contribution in score.contributions {
            let start = Int(tokens.starts[contribution.tokens.lowerBound])
            let end = Int(tokens.ends[contribution.tokens.upperBound - 1])
            let word = run.text(of: contribution, in: document)
            let span = spans ? try? Span(document: document, start: start, end: end) : nil
            var source = contribution.source.label
            if let base = run.scorer.terms.baseForms[run.tokens.tokens(in: document).normalized[contribution.tokens.lowerBound]] {
                source += " (as '\(base)')"
            }
            table.append([.string(word), .int(start), .int(end), .string(source), .null, .null,
                          SentimentFormat.value(Double(contribution.base), 3)], span: span)
            var value = contribution.base
            for step in contribution.steps {
                value *= step.factor
                let by = step.trigger.map { Value.string(run.text(ofToken: $0, in: document)) } ?? .null
                table.append([.string(word), .null, .null, .string(step.description), SentimentFormat.value(Double(step.factor), 3), by,
                              SentimentFormat.value(Double(value), 3)], span: span)
            }
        }
        if score.emphasis != 0 {
            table.append(["!", .null, .null, .string("\(score.exclamations) exclamation mark\(score.exclamations == 1 ? "" : "s")"),
                          .null, .null, SentimentFormat.value(score.emphasis, 3)])
        }
        let sentences = score.sentences
        table.append(["(total)", .null, .null,
                      .string(sentences > 1 ? "sum of the values / √\(sentences) sentences" : "sum of the values"),
                      .null, .null, SentimentFormat.value(score.total, 3)])
        table.append(["(compound)", .null, .null, .string("total / √(total² + \(Int(run.scorer.rules.alpha))): \(score.label)"),
                      .null, .null, SentimentFormat.value(score.compound)])
        for (name, share) in [("(positive)", score.positive), ("(negative)", score.negative), ("(neutral)", score.neutral)] {
            table.append([.string(name), .null, .null, "share of the words' weight", .null, .null, SentimentFormat.value(share, 3)])
        }
        return table
    }
}

extension Contribution.Step {
    /// How `explain` names the step.
    var description: String {
        switch rule {
        case .intensifier: return factor >= 1 ? "intensified" : "dampened"
        case .negation: return "negated"
        case .negatedObject: return "governed by a negated word"
        case .hedge: return "hedged"
        case .capitals: return "in capitals"
        case .contrastBefore: return "before a contrast (but, however)"
        case .contrastAfter: return "after a contrast (but, however)"
        case .concession: return "in a concession (although, despite)"
        case .mainClause: return "main clause beside a concession"
        case .question: return "in a question"
        case .reversal: return "turned around (reduce, prevent, end …)"
        case .elongation: return "elongated (a letter held)"
        }
    }
}
