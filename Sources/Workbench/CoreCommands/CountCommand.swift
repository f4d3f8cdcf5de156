/// `count` / `count by COL`: how many rows, or how many per value.
enum CountCommand {
    static let spec = CommandSpec(
        "count",
        summary: "count rows, or rows per value of a column (count by COL)",
        discussion: "`count by COL` gives one row per distinct value with its count, most frequent first, ties by value. A list cell counts once for each of its items.",
        examples: ["docs | count", "docs | count by date"],
        arguments: [ArgumentSpec("by", .keyword, type: .column, summary: "the column to group by")],
        input: .required,
        readsColumns: { arguments in arguments.string("by").map { [$0] } ?? [] }
    ) { context in
        let input = try context.requireInput("count")
        guard context.arguments.string("by") != nil else {
            return Table(name: "count", columns: [.init("count", .int)], rows: [Table.Row([.int(input.rows.count)])])
        }
        let column = try context.column("by", in: input)
        var counts: [Value: Int] = [:]
        var firstSeen: [Value] = []
        for row in input.rows {
            let cell = column < row.values.count ? row.values[column] : .null
            let keys: [Value]
            if case .array(let items) = cell { keys = items } else { keys = [cell] }
            for key in keys {
                // One lookup for a value seen before (most rows).
                if let index = counts.index(forKey: key) {
                    counts.values[index] += 1
                } else {
                    counts[key] = 1
                    firstSeen.append(key)
                }
            }
        }
        let sorted = firstSeen.sorted { a, b in
            let ca = counts[a] ?? 0, cb = counts[b] ?? 0
            if ca != cb { return ca > cb }
            return Value.ordered(a, b)
        }
        var table = Table(name: "count", columns: [input.columns[column], .init("count", .int)])
        for key in sorted { table.append([key, .int(counts[key] ?? 0)]) }
        return table
    }
}
