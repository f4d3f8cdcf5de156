/// `kwic TERM [--width N] [--by stem|word]`: keyword in context.
enum KwicCommand {
    static let spec = CommandSpec(
        "kwic",
        summary: "keyword in context: every occurrence of a word or phrase with the text around it",
        discussion: """
        Rows: doc, start, end (the match's span), left, match, right (N characters each side, \
        on one line). By default words match by stem, so `kwic cooperate` also finds \
        cooperation and cooperating; --by word matches the lower-cased form only. A phrase in \
        quotes matches consecutive tokens. Pipe into `context` for whole sentences.
        """,
        examples: ["kwic defence", "kwic \"missile defence\" --width 30", "kwic cooperate --by word", "kwic NATO | context 2"],
        arguments: [
            ArgumentSpec("term", summary: "a word, or a phrase in quotes", required: true),
            ArgumentSpec("width", .option, type: .int, summary: "characters of context on each side", default: "40"),
            ArgumentSpec("by", .option, type: .choice(["stem", "word"]), summary: "match stems or normalised words", default: "stem"),
        ],
        requires: [.tokens]
    ) { context in
        let width = context.arguments.int("width") ?? 40
        guard width >= 0 else {
            throw WorkbenchError(.badValue, "invalid value '\(width)' for --width of 'kwic': expected 0 or more", at: context.arguments.location("width"))
        }
        let graph = context.graph
        guard let layer = graph.payload(of: TokenAnalysis().id, as: TokenLayer.self) else {
            throw WorkbenchError(.analysisFailed, "no token layer")
        }
        let mode = TermQuery.Mode(rawValue: context.arguments.string("by") ?? "stem") ?? .stem
        let query: TermQuery
        do {
            query = try TermQuery(context.arguments.string("term") ?? "", mode: mode, layer: layer)
        } catch let error as WorkbenchError {
            throw error.located(at: context.arguments.location("term"))
        }
        var table = Table(name: "kwic", columns: [
            .init("doc"), .init("start", .int), .init("end", .int), .init("left"), .init("match"), .init("right"),
        ])
        for document in graph.documents {
            try context.checkCancelled()
            let tokens = layer.tokens(in: document.id)
            let found = query.matches(in: tokens)
            guard !found.isEmpty else { continue }
            let text = ScalarText(document.text)
            for range in found {
                let start = Int(tokens.starts[range.lowerBound]), end = Int(tokens.ends[range.upperBound - 1])
                let span = Span(unchecked: document.id, start, end)
                table.append([.string(document.id), .int(start), .int(end),
                              .string(oneLine(text.slice(start - width, start))), .string(oneLine(text.slice(start, end))),
                              .string(oneLine(text.slice(end, end + width)))], span: span)
            }
        }
        return table
    }

    /// Line breaks and tabs as spaces, so that a concordance line stays one line.
    static func oneLine(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { ScalarKind.isLineBreak($0) || $0 == "\t" ? " " : $0 }))
    }
}
