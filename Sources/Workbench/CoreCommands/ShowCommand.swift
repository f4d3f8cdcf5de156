/// `show DOC`: a document's text with its paragraphs numbered.
enum ShowCommand {
    static let spec = CommandSpec(
        "show",
        summary: "show a document's text with paragraph numbers",
        discussion: "Prints each paragraph as [N] TEXT, separated by blank lines. As a table (e.g. with --format json, or piped into where) each paragraph is a row: paragraph, start, end (its span in Unicode scalar offsets), text.",
        examples: ["show 000_4c1ae4e712800ec5", "show 000_4c1ae4e712800ec5 --format json"],
        arguments: [ArgumentSpec("doc", type: .document, summary: "the document's id", required: true)],
        requires: [.paragraphs]
    ) { context in
        let id = context.arguments.string("doc") ?? ""
        let graph = context.graph
        let document = try context.at("doc") { try graph.requireDocument(id) }
        let text = ScalarText(document.text)
        var table = Table(name: "show", columns: [.init("paragraph", .int), .init("start", .int), .init("end", .int), .init("text")],
                          presentation: .numbered)
        for node in context.graph.nodes("paragraph", in: document.id) {
            table.append([node["number"], .int(node.span.start), .int(node.span.end), .string(text.slice(node.span.start, node.span.end))],
                         span: node.span)
        }
        return table
    }
}
