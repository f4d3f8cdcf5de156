import Workbench

/// `coop [--unit …] [--area ID]`: one row per tag.
enum CoopCommand {
    static let unitArgument = ArgumentSpec("unit", .option, type: .choice(CoopUnit.allCases.map(\.rawValue)),
                                           summary: "the passage to tag (default: the coop.unit setting, paragraph)")
    static let areaArgument = ArgumentSpec("area", .option, summary: "only this area (an id from coop.taxonomy)")

    static let spec = CommandSpec(
        "coop",
        summary: "cooperation areas of each passage: area, score, evidence, partners",
        discussion: """
        Tags every passage (a paragraph unless --unit says otherwise) with each area of the cooperation taxonomy \
        (coop.taxonomy) whose cooperation it talks about: cue phrases of the area (matched on stems) near a \
        cooperation cue or two actors named together, minus negative cues, reaching the threshold. A passage that \
        only mentions a topic (a disaster, an attack reported as news) gets no area. Columns: doc, start, end (the \
        passage), area, score, evidence (the cue phrases that counted), partners (countries, alliances and \
        organisations named in the passage, and the speaker's country when a speech says 'we'). \
        coop.explain N shows why row N was tagged.
        """,
        examples: ["coop", "coop --area missile-defence", "coop --unit sentence | where score >= 4", "coop | count by area"],
        arguments: [unitArgument, areaArgument],
        requires: [.tokens]
    ) { context in
        let layer = try CoopCommand.layer(&context)
        let tags = try CoopCommand.filtered(layer, context: context)
        var table = Table(name: "coop", columns: [
            .init("doc"), .init("start", .int), .init("end", .int), .init("area"), .init("score", .double),
            .init("evidence", .array), .init("partners", .array),
        ])
        for tag in tags {
            table.append([.string(tag.document), .int(tag.start), .int(tag.end), .string(tag.area), .double(tag.score),
                          .array(tag.evidence.map(Value.string)), .array(tag.partners.map(Value.string))],
                         span: try Span(document: tag.document, start: tag.start, end: tag.end))
        }
        return table
    }

    /// The tags at the unit asked for: `--unit` overrides the `coop.unit` setting for this
    /// command only.
    static func layer(_ context: inout CommandContext) throws -> CoopLayer {
        let saved = context.state.settings[CoopSettings.unit]
        if let unit = context.arguments.string("unit") { context.state.settings[CoopSettings.unit] = unit }
        defer { context.state.settings[CoopSettings.unit] = saved }
        try context.require([.coopTags])
        guard let layer = context.graph.payload(of: "coop.tags", as: CoopLayer.self) else {
            throw WorkbenchError(.analysisFailed, "the coop.tags analysis left no result")
        }
        return layer
    }

    /// The layer's tags, restricted to `--area` (checked against the taxonomy).
    static func filtered(_ layer: CoopLayer, context: CommandContext) throws -> [CoopTag] {
        guard let area = context.arguments.string("area") else { return layer.tags }
        guard layer.taxonomy.area(area) != nil else {
            throw WorkbenchError(.badValue, "unknown area '\(area)'",
                                 hint: "areas: " + layer.taxonomy.areas.map(\.id).joined(separator: ", "),
                                 at: context.arguments.location("area"))
        }
        return layer.tags.filter { $0.area == area }
    }
}
