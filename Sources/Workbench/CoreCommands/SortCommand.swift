/// `sort COL [asc|desc]`: order rows by a column; ties keep their order.
enum SortCommand {
    static let spec = CommandSpec(
        "sort",
        summary: "order rows by a column, ascending or descending (stable)",
        discussion: "Numbers sort as numbers and before text; empty cells go last either way. Rows that tie keep their previous order, so `sort b | sort a` sorts by a, then b.",
        examples: ["docs | sort words desc", "docs | sort date"],
        arguments: [
            ArgumentSpec("column", type: .column, summary: "the column to sort by", required: true),
            ArgumentSpec("direction", type: .choice(["asc", "desc"]), summary: "the order", default: "asc"),
        ],
        input: .required
    ) { context in
        var table = try context.requireInput("sort")
        let column = try context.column("column", in: table)
        let descending = context.arguments.string("direction") == "desc"
        let indexed = table.rows.enumerated().map { ($0.offset, $0.element) }
        table.rows = indexed.sorted { a, b in
            let x = column < a.1.values.count ? a.1.values[column] : .null
            let y = column < b.1.values.count ? b.1.values[column] : .null
            if x.isNull != y.isNull { return y.isNull }
            if descending ? Value.ordered(y, x) : Value.ordered(x, y) { return true }
            if descending ? Value.ordered(x, y) : Value.ordered(y, x) { return false }
            return a.0 < b.0
        }.map(\.1)
        return table
    }
}
