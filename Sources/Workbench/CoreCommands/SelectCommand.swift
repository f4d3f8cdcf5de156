/// `select COL...`: keep some columns, in the order given.
enum SelectCommand {
    static let spec = CommandSpec(
        "select",
        summary: "keep the named columns, in the order given",
        examples: ["docs | select id words"],
        arguments: [ArgumentSpec("columns", type: .column, summary: "the columns to keep", required: true, repeated: true)],
        input: .required,
        readsColumns: { arguments in arguments.strings("columns") }
    ) { context in
        let input = try context.requireInput("select")
        let indices = try context.arguments.strings("columns").indices.map { try context.column("columns", index: $0, in: input) }
        var table = Table(name: input.name, columns: indices.map { input.columns[$0] })
        table.rows = input.rows.map { row in
            Table.Row(indices.map { $0 < row.values.count ? row.values[$0] : .null }, span: row.span)
        }
        return table
    }
}
