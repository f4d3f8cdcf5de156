import Workbench

/// The rows `sentiment.by-speaker` and `sentiment.by` group: every scored quote, or the
/// rows of a piped table (their `sentiment` or `compound` column, else their span scored).
struct ScoredRows {
    struct Row {
        var span: Span?
        var compound: Double
        /// The row's text (the quote), for most_positive / most_negative.
        var text: String
        /// Its values by column name, including the derived `doc`, `year`, `month`, `date`.
        var values: [String: Value]
    }

    var rows: [Row] = []
    /// Column names in order, for error messages and output types.
    var columns: [Table.Column] = []

    /// Columns every row has, derived from its document.
    static let derived = ["doc", "document", "date", "year", "month"]

    /// From `context.input` if there is one, else from the `sentiment.quotes` analysis.
    static func collect(_ context: inout CommandContext) throws -> ScoredRows {
        if let input = context.input { return try fromTable(input, context: &context) }
        try context.require([QuoteSentimentPlugin.quotesKey])
        var result = ScoredRows()
        result.columns = [.init("speaker"), .init("kind"), .init("doc"), .init("date"), .init("year"), .init("month"),
                          .init("words")]
        var texts = TextCache(graph: context.graph)
        for node in context.graph.nodes("sentiment.quote") {
            var values = derivedValues(node.span, graph: context.graph)
            values["speaker"] = node["speaker"]
            values["kind"] = node["kind"]
            values["words"] = node["words"]
            result.rows.append(Row(span: node.span, compound: node["compound"].number ?? 0,
                                   text: texts.slice(node.span), values: values))
        }
        return result
    }

    private static func fromTable(_ input: Table, context: inout CommandContext) throws -> ScoredRows {
        var result = ScoredRows()
        result.columns = input.columns
        for name in derived where !input.columnNames.contains(name) { result.columns.append(.init(name)) }
        let scoreColumn = input.columns.firstIndex { $0.name == "sentiment" } ?? input.columns.firstIndex { $0.name == "compound" }
        let textColumn = input.columns.firstIndex { $0.name == "text" }
        var run: SentimentRun?
        if scoreColumn == nil {
            try context.require([.tokens])
            run = try SentimentRun(graph: context.graph, settings: context.settings)
        }
        var texts = TextCache(graph: context.graph)
        for row in input.rows {
            let compound: Double
            if let scoreColumn {
                guard let number = row.values[scoreColumn].number else { continue }
                compound = number
            } else {
                guard let span = row.span, let run else { continue }
                compound = run.score(span).compound
            }
            var values = row.span.map { derivedValues($0, graph: context.graph) } ?? [:]
            for (column, value) in zip(input.columns, row.values) { values[column.name] = value }
            let text = textColumn.map { row.values[$0].text } ?? row.span.map { texts.slice($0) } ?? ""
            result.rows.append(Row(span: row.span, compound: compound, text: text, values: values))
        }
        return result
    }

    /// `doc`, `document`, `date`, `year` and `month` of a span's document.
    static func derivedValues(_ span: Span, graph: CorpusGraph) -> [String: Value] {
        let date = graph.document(span.document)?.date
        return [
            "doc": .string(span.document), "document": .string(span.document), "date": Value(date),
            "year": Value(date.flatMap { $0.count >= 4 ? String($0.prefix(4)) : nil }),
            "month": Value(date.flatMap { $0.count >= 7 ? String($0.prefix(7)) : nil }),
        ]
    }
}

/// Document texts by scalar offsets, decoded once per document.
struct TextCache {
    let graph: CorpusGraph
    private var texts: [String: ScalarText] = [:]

    init(graph: CorpusGraph) { self.graph = graph }

    mutating func slice(_ span: Span) -> String {
        if texts[span.document] == nil { texts[span.document] = ScalarText(graph.document(span.document)?.text ?? "") }
        return texts[span.document]!.slice(span.start, span.end)
    }
}

/// Mean, minimum, maximum and the rows at the extremes of a group.
struct SentimentSummary {
    var count = 0
    var sum = 0.0
    var min: ScoredRows.Row?
    var max: ScoredRows.Row?
    var positive = 0, negative = 0, neutral = 0

    mutating func add(_ row: ScoredRows.Row) {
        count += 1
        sum += row.compound
        if min == nil || row.compound < min!.compound { min = row }
        if max == nil || row.compound > max!.compound { max = row }
        if row.compound >= SentimentScore.positiveThreshold { positive += 1 }
        else if row.compound <= -SentimentScore.positiveThreshold { negative += 1 }
        else { neutral += 1 }
    }

    var mean: Double { count == 0 ? 0 : sum / Double(count) }
}
