import Workbench

/// `coop.explain ROW`: why row ROW of `coop` (same options) got its area.
enum CoopExplainCommand {
    static let spec = CommandSpec(
        "coop.explain",
        summary: "why a coop row was tagged: the passage with its evidence marked, and the rules that fired",
        discussion: """
        ROW counts from 1 in the result of coop with the same --unit and --area, or in a coop table piped in \
        (coop --area arms-control | where score > 4 | coop.explain 2). Shows the passage with every cue phrase that \
        counted between ⟦ ⟧, then one line per rule: cue (+weight), context (the cooperation cue or actors that \
        made it cooperation rather than a mention), negative (−weight), and the sum against the threshold.
        """,
        examples: ["coop.explain 1", "coop --area missile-defence | coop.explain 1"],
        arguments: [
            ArgumentSpec("row", type: .int, summary: "row number, from 1", required: true),
            CoopCommand.unitArgument, CoopCommand.areaArgument,
        ],
        requires: [.tokens], input: .optional
    ) { context in
        let layer = try CoopCommand.layer(&context)
        let number = context.arguments.int("row") ?? 0
        var tags = try CoopCommand.filtered(layer, context: context)
        if let input = context.input {
            let doc = try input.columnIndex("doc"), start = try input.columnIndex("start"), area = try input.columnIndex("area")
            tags = input.rows.compactMap { row in
                layer.tags.first { $0.document == row.values[doc].text && Value.int($0.start) == row.values[start]
                    && $0.area == row.values[area].text }
            }
        }
        guard number >= 1, number <= tags.count else {
            throw WorkbenchError(.badValue, "there is no row \(number): the coop result has \(tags.count) rows",
                                 hint: "rows count from 1", at: context.arguments.location("row"))
        }
        let tag = tags[number - 1]
        guard let document = context.graph.document(tag.document), let area = layer.taxonomy.area(tag.area) else {
            throw WorkbenchError(.unknownDocument, "document '\(tag.document)' is no longer loaded")
        }
        return .lines("coop.explain", explanation(tag, area: area, taxonomy: layer.taxonomy, text: Array(document.text.unicodeScalars)))
    }

    static func explanation(_ tag: CoopTag, area: Area, taxonomy: Taxonomy, text: [Unicode.Scalar]) -> [String] {
        let cues = tag.rules.filter { $0.kind == .cue }.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        var marked = String.UnicodeScalarView()
        var offset = tag.start
        for cue in cues where cue.start >= offset {
            marked.append(contentsOf: text[offset..<cue.start])
            marked.append("⟦")
            marked.append(contentsOf: text[cue.start..<cue.end])
            marked.append("⟧")
            offset = cue.end
        }
        marked.append(contentsOf: text[offset..<min(tag.end, text.count)])
        var lines = ["\(tag.document) [\(tag.start)..<\(tag.end)] \(area.id) (\(area.label)): score \(Value.double(tag.score).text)", ""]
        lines += String(marked).split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }
        lines.append("")
        for rule in tag.rules {
            let weight = rule.kind == .cue ? " +\(Value.double(rule.weight).text)" : rule.kind == .negative ? " \(Value.double(rule.weight).text)" : ""
            let name = rule.kind == .actors ? "actors" : rule.kind.rawValue
            lines.append("  \(name)\(weight): '\(rule.phrase)' at \(rule.start)..<\(rule.end)")
        }
        let threshold = area.threshold ?? taxonomy.threshold
        lines.append("  = \(Value.double(tag.score).text) >= threshold \(Value.double(threshold).text) (taxonomy \(taxonomy.name) \(taxonomy.version))")
        if !tag.partners.isEmpty { lines.append("  partners: " + tag.partners.joined(separator: ", ")) }
        return lines
    }
}
