/// `top N`: the first N rows.
enum TopCommand {
    static let spec = CommandSpec(
        "top",
        summary: "keep the first N rows",
        examples: ["docs | sort words desc | top 3"],
        arguments: [ArgumentSpec("n", type: .int, summary: "how many rows", default: "10")],
        input: .required
    ) { context in
        var table = try context.requireInput("top")
        let n = context.arguments.int("n") ?? 10
        guard n >= 0 else {
            throw WorkbenchError(.badValue, "invalid value '\(n)' for N of 'top': expected 0 or more", at: context.arguments.location("n"))
        }
        table.rows = Array(table.rows.prefix(n))
        return table
    }
}
