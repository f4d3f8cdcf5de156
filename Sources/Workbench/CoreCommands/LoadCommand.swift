/// `load PATH...`: read files, folders and globs into the corpus.
enum LoadCommand {
    static let spec = CommandSpec(
        "load",
        summary: "load documents from files, folders (recursive) and globs",
        discussion: """
        Formats by extension: .txt .md (first non-empty line is the title), .html/.htm (visible text; \
        the title is <title> or the first <h1>), .json (an object or an array of objects), .jsonl, \
        .csv and .tsv (RFC 4180, header row). Folders are read recursively and globs (*, ?, [...], **) \
        expanded, in sorted path order; other files in a folder are skipped and counted as unsupported. \
        Structured records map fields to id/text/title/date, by default id|doc, text|body|content, \
        title|headline, date|published|publication_date|dct; other fields are kept as metadata. \
        A document's id is its id field, else its path relative to the loaded folder without the \
        extension, with :LINE (the line the record starts on) for a record. Text is stored exactly \
        as read (for HTML: the extracted text). A document's date comes from its date field, else a \
        dateline near the top of the text, else none. Bad input never stops the load: each problem \
        is a warning FILE:LINE: warning: …, and a summary line ends the load. Ctrl-C loads nothing.
        """,
        examples: ["load seeds/", "load data/*.jsonl --text-field body", "load speeches.csv --id-field code --date-field year"],
        arguments: [
            ArgumentSpec("paths", type: .path, summary: "files, folders or glob patterns", required: true, repeated: true),
            ArgumentSpec("id-field", .option, summary: "record field holding the document id"),
            ArgumentSpec("text-field", .option, summary: "record field holding the text"),
            ArgumentSpec("title-field", .option, summary: "record field holding the title"),
            ArgumentSpec("date-field", .option, summary: "record field holding the publication date"),
        ]
    ) { context in
        let options = LoadOptions(
            idField: context.arguments.string("id-field"), textField: context.arguments.string("text-field"),
            titleField: context.arguments.string("title-field"), dateField: context.arguments.string("date-field"))
        let ctx = context
        var loader = Loader(options: options, diagnostic: { ctx.io.diagnostic($0) },
                            progress: { ctx.reportProgress("load", done: $0, total: $1, unit: .bytes) },
                            cancellation: context.cancellation, threads: context.threads)
        // Work on a copy: the session keeps it only if the whole command succeeds, so a
        // cancelled load (Ctrl-C) leaves nothing loaded.
        var graph = context.graph
        let summary = try loader.load(context.arguments.strings("paths"), into: &graph)
        context.graph = graph
        context.note(summary.line)
        return .empty("load")
    }
}
