import Workbench

/// `coop.areas [--by KEY]… [--chart]`: how many passages carry each area, overall or by
/// document, year, decade, speaker, country or any metadata field.
enum CoopAreasCommand {
    static let spec = CommandSpec(
        "coop.areas",
        summary: "passages per cooperation area, overall or by doc, year, decade, speaker, country; --chart draws bars",
        discussion: """
        Counts the tagged passages of each area (see coop) and their share of all passages. --by groups by doc, \
        year (the document date, else a 'year' field), decade, speaker or country (record fields of speeches) or any \
        other record field; give --by twice for two levels (--by country --by decade). Pipe a table with a doc or id \
        column in to count only those documents (docs | where id ~ /^JPN_/ | coop.areas --by decade). \
        Columns: the --by keys, area, label, passages, share (of the group's passages), documents.
        """,
        examples: ["coop.areas", "coop.areas --by year --chart", "docs | where id ~ /^JPN_/ | coop.areas --by decade > japan.csv"],
        arguments: [
            ArgumentSpec("by", .option, summary: "group by doc, year, decade, speaker, country or a record field", repeated: true,
                         completion: .custom(["doc", "year", "decade", "speaker", "country"])),
            CoopCommand.unitArgument, CoopCommand.areaArgument,
            ArgumentSpec("chart", .flag, summary: "draw the shares as bars in the terminal"),
        ],
        requires: [.tokens], input: .optional
    ) { context in
        let layer = try CoopCommand.layer(&context)
        let keys = context.arguments.strings("by")
        let documents = try CoopDocuments.selected(context)
        let graph = context.graph
        for key in keys where !CoopDocuments.builtInKeys.contains(key) {
            guard graph.documents.contains(where: { $0.metadata[key] != nil }) else {
                throw WorkbenchError(.badValue, "no document has a field '\(key)'",
                                     hint: "group by doc, year, decade, speaker, country or a record field",
                                     at: context.arguments.location("by"))
            }
        }
        func group(_ id: String) -> [String] {
            guard let document = graph.document(id) else { return keys.map { _ in "" } }
            return keys.map { CoopDocuments.value(of: $0, in: document) }
        }
        var totals: [[String]: Int] = [:]
        for document in graph.documents where documents?.contains(document.id) ?? true {
            totals[group(document.id), default: 0] += layer.passages[document.id] ?? 0
        }
        var passages: [[String]: [String: Set<Span>]] = [:]
        var docs: [[String]: [String: Set<String>]] = [:]
        for tag in try CoopCommand.filtered(layer, context: context) where documents?.contains(tag.document) ?? true {
            let g = group(tag.document)
            passages[g, default: [:]][tag.area, default: []].insert(try Span(document: tag.document, start: tag.start, end: tag.end))
            docs[g, default: [:]][tag.area, default: []].insert(tag.document)
        }
        var table = Table(name: "coop.areas", columns: keys.map { Table.Column($0) } + [
            .init("area"), .init("label"), .init("passages", .int), .init("share", .double), .init("documents", .int),
        ])
        for g in totals.keys.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            for area in layer.taxonomy.areas {
                guard let count = passages[g]?[area.id]?.count, count > 0 else { continue }
                let share = Double(count) / Double(max(1, totals[g] ?? 1))
                table.append(g.map(Value.string) + [.string(area.id), .string(area.label), .int(count),
                             .double((share * 10000).rounded() / 10000), .int(docs[g]?[area.id]?.count ?? 0)])
            }
        }
        guard context.arguments.flag("chart") else { return table }
        let documentCount = graph.documents.filter { documents?.contains($0.id) ?? true }.count
        let title = "share of \(layer.unit.rawValue)s with each area (\(totals.values.reduce(0, +)) \(layer.unit.rawValue)s, "
            + "\(documentCount) documents)"
        return BarChart.render(table, keys: keys.count, title: title)
    }
}

/// Documents and their grouping values, shared by the coop commands.
enum CoopDocuments {
    static let builtInKeys = ["doc", "year", "decade", "speaker", "country"]

    /// The ids of a piped table's `doc` or `id` column, or nil (all documents).
    static func selected(_ context: CommandContext) throws -> Set<String>? {
        guard let input = context.input else { return nil }
        guard let column = ["doc", "id"].first(where: input.columnNames.contains), let index = try? input.columnIndex(column) else {
            throw WorkbenchError(.unknownColumn, "the piped table has no doc or id column",
                                 hint: "pipe documents in: docs | where … | \(context.arguments.string("by") == nil ? "coop.areas" : "coop.areas --by …")")
        }
        return Set(input.rows.map { $0.values[index].text })
    }

    static func value(of key: String, in document: Document) -> String {
        switch key {
        case "doc": return document.id
        case "year": return year(document) ?? ""
        case "decade": return year(document).flatMap { Int($0) }.map { "\($0 / 10 * 10)s" } ?? ""
        default: return document.metadata[key] ?? ""
        }
    }

    static func year(_ document: Document) -> String? {
        if let date = document.date, date.count >= 4 { return String(date.prefix(4)) }
        return document.metadata["year"]
    }
}
