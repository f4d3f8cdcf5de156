/// `quotes`: every quote with its speaker, cue and kind.
enum QuotesCommand {
    static let kinds = ["all", "direct", "mixed", "indirect"]

    static let spec = CommandSpec(
        "quotes",
        summary: "quotes with their speakers: direct, mixed (partly quoted) and indirect (reported)",
        discussion: """
        start/end are the quoted words only (without the marks), in Unicode scalar offsets. speaker is the \
        canonical name of the person (a surname or 'he' resolved to the full name), or empty when the speaker is \
        a description ('the ministry') or unknown; speaker_text, speaker_start and speaker_end give the mention \
        the attribution used, cue the verb, reason how the speaker was found or why not. Plugins may add \
        columns after these (see 'columns added by plugins' below, when there are any).
        """,
        examples: ["quotes", "quotes --speaker Ishikawa --kind direct", "quotes | count by speaker", "quotes | context 3"],
        arguments: [
            ArgumentSpec("speaker", .option, summary: "only quotes whose speaker (name or mention) contains this text"),
            ArgumentSpec("kind", .option, type: .choice(kinds), summary: "which quotes", default: "all"),
            ArgumentSpec("doc", .option, type: .document, summary: "only this document"),
        ],
        requires: [.quotes]
    ) { context in
        let kind = context.arguments.string("kind") ?? "all"
        let speakerFilter = context.arguments.string("speaker")?.lowercased()
        let only = context.arguments.string("doc")
        // `quotes | count` reads no column: no values are made, nor plugins' columns (their
        // analyses still run, so the session holds the same results either way).
        let countOnly = context.onlyRowCountRead
        try context.prepareProvidedColumns(for: "quotes")
        var table = Table(name: "quotes", columns: [
            .init("doc"), .init("start", .int), .init("end", .int), .init("text"), .init("speaker"), .init("speaker_text"),
            .init("speaker_start", .int), .init("speaker_end", .int), .init("cue"), .init("kind"), .init("reason"),
        ])
        // Document by document (in load order, as `nodes("quote")` orders them), so that no
        // copy of every quote node is held beside the table.
        let documents = only.map { [$0] } ?? context.graph.documents.map(\.id)
        if only == nil { table.rows.reserveCapacity(context.graph.nodeCount("quote")) }
        for document in documents {
            for node in context.graph.nodes("quote", in: document) {
                if kind != "all" && node["kind"] != .string(kind) { continue }
                if let wanted = speakerFilter,
                   !node["speaker"].text.lowercased().contains(wanted) && !node["speaker_text"].text.lowercased().contains(wanted) {
                    continue
                }
                if countOnly {
                    table.rows.append(Table.Row([]))
                    continue
                }
                table.append([
                    .string(node.span.document), .int(node.span.start), .int(node.span.end), node["text"], node["speaker"],
                    node["speaker_text"], node["speaker_start"], node["speaker_end"], node["cue"], node["kind"], node["reason"],
                ], span: node.span)
            }
        }
        if !countOnly { try context.addProvidedColumns(to: &table) }
        return table
    }
}
