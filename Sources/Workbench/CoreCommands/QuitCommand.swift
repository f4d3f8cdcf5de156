/// `quit` / `exit`: leave the REPL or end the script here.
enum QuitCommand {
    static let spec = CommandSpec(
        "quit", aliases: ["exit"],
        summary: "leave wb (Ctrl-D does the same at the prompt)",
        discussion: "In a script, ends it successfully at this line.",
        examples: ["quit"]
    ) { context in
        context.exitRequested = true
        return .empty("quit")
    }
}
