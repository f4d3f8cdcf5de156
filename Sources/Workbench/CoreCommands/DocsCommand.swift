/// `docs`: the loaded documents, one row each.
enum DocsCommand {
    static let spec = CommandSpec(
        "docs",
        summary: "list the loaded documents: id, title, date, words",
        discussion: "One row per document in load order. The date is the publication date from the record's date field or the dateline; empty when neither gives one.",
        examples: ["docs", "docs | where words > 500 | sort date"]
    ) { context in
        var table = Table(name: "docs", columns: [.init("id"), .init("title"), .init("date", .date), .init("words", .int)])
        // Counting words reads every text: not when the next stage does not read them
        // (`docs | count by date` on a reopened workspace reads no text).
        let countsWords = context.needsColumn("words")
        for doc in context.graph.documents {
            table.append([.string(doc.id), Value(doc.title), Value(doc.date), countsWords ? .int(doc.wordCount) : .null], span: doc.span)
        }
        return table
    }
}
