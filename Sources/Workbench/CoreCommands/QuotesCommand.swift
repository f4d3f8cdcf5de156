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
        try context.prepareProvidedColumns(for: "quotes")
        var table = Table(name: "quotes", columns: [
            .init("doc"), .init("start", .int), .init("end", .int), .init("text"), .init("speaker"), .init("speaker_text"),
            .init("speaker_start", .int), .init("speaker_end", .int), .init("cue"), .init("kind"), .init("reason"),
        ])
        // The attributes the table's columns show (after doc, start, end), in column order.
        let shown = ["text", "speaker", "speaker_text", "speaker_start", "speaker_end", "cue", "kind", "reason"]
        // Only those the next stage reads (all when it may read any) and those the filters
        // test are read, without making a node per quote: `quotes | count by speaker`
        // slices no quote text.
        var names = shown.filter { context.needsColumn($0) }
        if kind != "all" && !names.contains("kind") { names.append("kind") }
        if speakerFilter != nil { names += ["speaker", "speaker_text"].filter { !names.contains($0) } }
        let slots = shown.map { context.needsColumn($0) ? names.firstIndex(of: $0) : nil }
        let kindSlot = names.firstIndex(of: "kind"), speakerSlot = names.firstIndex(of: "speaker")
        let speakerTextSlot = names.firstIndex(of: "speaker_text")
        let (showsDoc, showsStart, showsEnd) = (context.needsColumn("doc"), context.needsColumn("start"), context.needsColumn("end"))
        // Document by document (in load order, as `nodes("quote")` orders them), so that no
        // copy of every quote is held beside the table.
        let documents = only.map { [$0] } ?? context.graph.documents.map(\.id)
        if only == nil { table.rows.reserveCapacity(context.graph.nodeCount("quote")) }
        // Room for the columns plugins add, so that adding them does not copy every row.
        let width = table.columns.count + context.workbench.columnProviders(for: "quotes").count
        // The closure reads no `context`: each use would copy the whole context.
        let cancellation = context.cancellation
        try context.graph.forEachNode("quote", attributes: names, in: documents) { span, values in
            if kind != "all", let kindSlot, values[kindSlot] != .string(kind) { return }
            if let wanted = speakerFilter, let speakerSlot, let speakerTextSlot,
               !values[speakerSlot].text.lowercased().contains(wanted) && !values[speakerTextSlot].text.lowercased().contains(wanted) {
                return
            }
            var row: [Value] = []
            row.reserveCapacity(width)
            row.append(showsDoc ? .string(span.document) : .null)
            row.append(showsStart ? .int(span.start) : .null)
            row.append(showsEnd ? .int(span.end) : .null)
            for slot in slots { row.append(slot.map { values[$0] } ?? .null) }
            table.append(row, span: span)
            if cancellation.isCancelled { throw WorkbenchError(.cancelled, "cancelled") }
        }
        try context.addProvidedColumns(to: &table)
        return table
    }
}
