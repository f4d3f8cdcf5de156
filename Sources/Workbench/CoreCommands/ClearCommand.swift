/// `clear`: unload every document and drop every analysis result.
enum ClearCommand {
    static let spec = CommandSpec(
        "clear",
        summary: "unload all documents and their analysis results (settings and variables stay)",
        discussion: "Starts the corpus afresh, e.g. before loading another set of files. Saved tables in variables are kept.",
        examples: ["clear", "clear; load other/"]
    ) { context in
        let count = context.graph.documents.count
        context.graph.removeAll()
        context.note("cleared \(count) document\(count == 1 ? "" : "s")")
        return .empty("clear")
    }
}
