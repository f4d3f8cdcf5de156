import Workbench

/// `coop.partners [--area ID]`: who cooperates with whom, and on what.
enum CoopPartnersCommand {
    static let spec = CommandSpec(
        "coop.partners",
        summary: "partner pairs of cooperation passages with counts and areas",
        discussion: """
        Every two partners of a tagged passage make a pair (names in alphabetical order). Columns: partner_a, \
        partner_b, passages (tagged passages naming both), areas (their areas, most frequent first), first and last \
        (document dates, when known). Pipe a table with a doc or id column in to count only those documents.
        """,
        examples: ["coop.partners", "coop.partners --area counter-terrorism | top 5"],
        arguments: [CoopCommand.unitArgument, CoopCommand.areaArgument],
        requires: [.tokens], input: .optional
    ) { context in
        let layer = try CoopCommand.layer(&context)
        let documents = try CoopDocuments.selected(context)
        struct Pair: Hashable { let a: String, b: String }
        var passages: [Pair: Set<Span>] = [:]
        var areas: [Pair: [String: Int]] = [:]
        var dates: [Pair: [String]] = [:]
        for tag in try CoopCommand.filtered(layer, context: context) where documents?.contains(tag.document) ?? true {
            let names = tag.partners.sorted()
            for i in names.indices {
                for j in names.indices where j > i {
                    let pair = Pair(a: names[i], b: names[j])
                    passages[pair, default: []].insert(try Span(document: tag.document, start: tag.start, end: tag.end))
                    areas[pair, default: [:]][tag.area, default: 0] += 1
                    if let date = tag.date { dates[pair, default: []].append(date) }
                }
            }
        }
        var table = Table(name: "coop.partners", columns: [
            .init("partner_a"), .init("partner_b"), .init("passages", .int), .init("areas", .array), .init("first"), .init("last"),
        ])
        let order = layer.taxonomy.areas.map(\.id)
        let sorted = passages.keys.sorted { x, y in
            let (cx, cy) = (passages[x]?.count ?? 0, passages[y]?.count ?? 0)
            return cx != cy ? cx > cy : (x.a, x.b) < (y.a, y.b)
        }
        for pair in sorted {
            let counts = areas[pair] ?? [:]
            let list = counts.keys.sorted { (counts[$0] ?? 0, order.firstIndex(of: $1) ?? 0) > (counts[$1] ?? 0, order.firstIndex(of: $0) ?? 0) }
            let when = (dates[pair] ?? []).sorted()
            table.append([.string(pair.a), .string(pair.b), .int(passages[pair]?.count ?? 0), .array(list.map(Value.string)),
                          Value(when.first), Value(when.last)])
        }
        return table
    }
}
