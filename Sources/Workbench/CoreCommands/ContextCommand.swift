/// `TABLE | context [N] [--sentences K]`: the sentences around a row's span.
enum ContextCommand {
    static let spec = CommandSpec(
        "context",
        summary: "the sentence(s) around row N of the piped table (every row when N is left out)",
        discussion: """
        For a row that points at text (quotes, kwic, sentences, entities …): the sentences \
        its span overlaps, plus K sentences before and after (--sentences K, default 0). \
        Rows: row (the input row number), doc, sentence (the first sentence's number), start, \
        end (the context's span) and text, with the row's own span marked ⟦ ⟧ inside it.
        """,
        examples: ["kwic nato | context 2", "kwic \"missile defence\" | context --sentences 1", "quotes | context 3"],
        arguments: [
            ArgumentSpec("row", type: .int, summary: "the row number, from 1"),
            ArgumentSpec("sentences", .option, type: .int, summary: "sentences to add on each side", default: "0"),
        ],
        requires: [.sentences],
        input: .required
    ) { context in
        let input = try context.requireInput("context")
        let around = context.arguments.int("sentences") ?? 0
        guard around >= 0 else {
            throw WorkbenchError(.badValue, "invalid value '\(around)' for --sentences of 'context': expected 0 or more",
                                 at: context.arguments.location("sentences"))
        }
        var rows = Array(input.rows.indices)
        if let n = context.arguments.int("row") {
            guard n >= 1 && n <= input.rows.count else {
                throw WorkbenchError(.badValue, "no row \(n) in table '\(input.name)'",
                                     hint: input.rows.isEmpty ? "the table is empty" : "rows are numbered 1 to \(input.rows.count)",
                                     at: context.arguments.location("row"))
            }
            guard input.rows[n - 1].span != nil else {
                throw WorkbenchError(.badValue, "row \(n) of table '\(input.name)' points at no text",
                                     hint: "pipe a table whose rows have spans: kwic, sentences, quotes …", at: context.arguments.location("row"))
            }
            rows = [n - 1]
        }
        var table = Table(name: "context", columns: [
            .init("row", .int), .init("doc"), .init("sentence", .int), .init("start", .int), .init("end", .int), .init("text"),
        ])
        let graph = context.graph
        for index in rows {
            guard let span = input.rows[index].span, let document = graph.document(span.document) else { continue }
            let sentences = graph.nodes("sentence", in: document.id)
            guard let window = window(of: span, in: sentences, around: around) else { continue }
            let first = sentences[window.lowerBound], last = sentences[window.upperBound - 1]
            let start = min(first.span.start, span.start), end = max(last.span.end, span.end)
            let text = ScalarText(document.text)
            let marked = text.slice(start, span.start) + "⟦" + text.slice(span.start, span.end) + "⟧" + text.slice(span.end, end)
            table.append([.int(index + 1), .string(document.id), first["number"], .int(start), .int(end), .string(marked)],
                         span: Span(unchecked: document.id, start, end))
        }
        return table
    }

    /// Indices of the sentences a span overlaps (or the nearest one, for a span between
    /// sentences), widened by `around` on each side.
    static func window(of span: Span, in sentences: [Node], around: Int) -> Range<Int>? {
        guard !sentences.isEmpty else { return nil }
        var lo = sentences.firstIndex { $0.span.end > span.start } ?? (sentences.count - 1)
        var hi = lo + 1
        while hi < sentences.count && sentences[hi].span.start < span.end { hi += 1 }
        lo = max(0, lo - around)
        hi = min(sentences.count, hi + around)
        return lo..<hi
    }
}
