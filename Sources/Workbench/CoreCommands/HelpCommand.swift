/// `help [QUERY]`: the list of commands, or one command's page.
enum HelpCommand {
    static let spec = CommandSpec(
        "help",
        summary: "list commands, or show one command's help (search by prefix, then by words)",
        discussion: "`help` lists every command. `help NAME` shows a command's page (a two-word name as it is typed: `help eval times`). Any other word searches command names by prefix, then names and summaries by substring.",
        examples: ["help", "help show", "help eval times", "help so", "help paragraph"],
        arguments: [ArgumentSpec("query", type: .command, summary: "a command name, a prefix, or a word to search for", repeated: true)]
    ) { context in
        let registry = context.workbench.registry
        let words = context.arguments.strings("query")
        guard !words.isEmpty else { return HelpPages.overview(registry) }
        let query = words.joined(separator: " ")
        let workbench = context.workbench
        if let command = registry.command(named: query) {
            return HelpPages.page(for: command, columns: workbench.columnProviders(for: command.name))
        }
        let matches = registry.search(query)
        if matches.count == 1 { return HelpPages.page(for: matches[0], columns: workbench.columnProviders(for: matches[0].name)) }
        guard !matches.isEmpty else {
            var hint = "type 'help' for the list of commands"
            if let near = Suggestions.didYouMean(query, in: registry.names) { hint = near + " (" + hint + ")" }
            throw WorkbenchError(.badValue, "no command matches '\(query)'", hint: hint, at: context.arguments.location("query"))
        }
        var table = Table(name: "help", columns: [.init("command"), .init("plugin"), .init("summary")])
        for command in matches { table.append([.string(command.name), .string(command.plugin), .string(command.summary)]) }
        return table
    }
}
