/// `sentences [--doc ID]`: one row per sentence, with its span.
enum SentencesCommand {
    static let spec = CommandSpec(
        "sentences",
        summary: "list sentences: doc, sentence number, paragraph, start, end, text",
        discussion: """
        One row per sentence, in document order; `sentence` counts from 1 in each document and \
        `paragraph` is the number `show` prints. start and end are Unicode scalar offsets. \
        Sentences survive abbreviations (Dr., Nov., U.S., No. 10, initials), decimals and money, \
        ellipses and quotes after the full stop; bullet and dateline lines are sentences of \
        their own, and no sentence crosses a paragraph.
        """,
        examples: ["sentences --doc 000_4c1ae4e712800ec5", "sentences | where text ~ NATO | count"],
        arguments: [ArgumentSpec("doc", .option, type: .document, summary: "only this document")],
        requires: [.sentences]
    ) { context in
        let graph = context.graph
        let documents = try context.arguments.string("doc").map { [try graph.requireDocument($0)] } ?? graph.documents
        var table = Table(name: "sentences", columns: [
            .init("doc"), .init("sentence", .int), .init("paragraph", .int), .init("start", .int), .init("end", .int), .init("text"),
        ])
        for document in documents {
            try context.checkCancelled()
            // `sentences | count`: no text decoded, no values made.
            if context.onlyRowCountRead {
                for _ in graph.nodes("sentence", in: document.id) { table.rows.append(Table.Row([])) }
                continue
            }
            let text = ScalarText(document.text)
            for node in graph.nodes("sentence", in: document.id) {
                table.append([.string(document.id), node["number"], node["paragraph"], .int(node.span.start), .int(node.span.end),
                              .string(text.slice(node.span.start, node.span.end))], span: node.span)
            }
        }
        return table
    }
}
