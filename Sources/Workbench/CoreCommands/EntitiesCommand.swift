/// `entities [--kind person|organization|place|group] [--doc ID]`: the entity table.
enum EntitiesCommand {
    static let spec = CommandSpec(
        "entities",
        summary: "list people, organisations, places and groups: name, kind, mentions, documents, aliases",
        discussion: """
        One row per entity, most mentioned first (then by name); the row points at the \
        entity's first mention, so `context` shows it in its sentence. Mentions of one entity \
        are linked within a document (a surname after the full name, an acronym after its \
        expansion, `the Alliance` after NATO) and across documents by canonical name. With \
        --doc, only that document's entities and mentions are counted.
        """,
        examples: ["entities --kind person", "entities --kind organization | top 10", "entities --doc 000_4c1ae4e712800ec5"],
        arguments: [
            ArgumentSpec("kind", .option, type: .choice(EntityKind.allCases.map(\.rawValue)), summary: "only entities of this kind"),
            ArgumentSpec("doc", .option, type: .document, summary: "only this document"),
        ],
        requires: [.entities]
    ) { context in
        let layer = try EntitiesCommand.layer(context.graph)
        let kind = context.arguments.string("kind").flatMap(EntityKind.init(rawValue:))
        var table = Table(name: "entities", columns: [
            .init("name"), .init("kind"), .init("mentions", .int), .init("documents", .int), .init("aliases", .array),
        ])
        var rows: [(entity: Int, mentions: Int, documents: Int, span: Span?)] = []
        if let id = context.arguments.string("doc") {
            let document = try context.graph.requireDocument(id)
            var counts: [Int: (count: Int, first: MentionRecord)] = [:]
            for mention in layer.mentions(in: document.id) {
                counts[mention.entity, default: (0, mention)].count += 1
            }
            for (entity, found) in counts {
                rows.append((entity, found.count, 1, Span(unchecked: document.id, found.first.start, found.first.end)))
            }
        } else {
            var firstSpans: [Int: Span] = [:]
            for document in context.graph.documents {
                for mention in layer.mentions(in: document.id) where firstSpans[mention.entity] == nil {
                    firstSpans[mention.entity] = Span(unchecked: document.id, mention.start, mention.end)
                }
            }
            for (index, entity) in layer.entities.enumerated() {
                rows.append((index, entity.mentionCount, entity.documentCount, firstSpans[index]))
            }
        }
        rows = rows.filter { kind == nil || layer.entities[$0.entity].kind == kind }
        rows.sort { a, b in
            if a.mentions != b.mentions { return a.mentions > b.mentions }
            let x = layer.entities[a.entity], y = layer.entities[b.entity]
            return (x.name, x.kind) < (y.name, y.kind)
        }
        for row in rows {
            let entity = layer.entities[row.entity]
            table.append([.string(entity.name), .string(entity.kind.rawValue), .int(row.mentions), .int(row.documents),
                          .array(entity.aliases.map(Value.string))], span: row.span)
        }
        return table
    }

    /// The entity layer, made fresh by the engine before a command that requires `.entities`.
    static func layer(_ graph: CorpusGraph) throws -> EntityLayer {
        guard let layer = graph.payload(of: EntityAnalysis().id, as: EntityLayer.self) else {
            throw WorkbenchError(.analysisFailed, "no entity layer")
        }
        return layer
    }
}
