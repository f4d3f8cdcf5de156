/// `mentions NAME`: every mention of one entity, with its sentence.
enum MentionsCommand {
    static let spec = CommandSpec(
        "mentions",
        summary: "every mention of an entity (by name or alias): doc, start, end, text, sentence",
        discussion: """
        NAME is an entity's canonical name or any alias, in any case (`mentions NATO`, \
        `mentions "the alliance"`, `mentions Tsuruoka`); when several entities share it \
        (a place and a person), the mentions of all are listed. `sentence` is the sentence \
        number in the document, as `sentences` prints it.
        """,
        examples: ["mentions Tsuruoka", "mentions NATO | count", "mentions \"Taku Ishikawa\" | context"],
        arguments: [ArgumentSpec("name", summary: "an entity's name or alias", required: true)],
        requires: [.entities, .sentences]
    ) { context in
        let graph = context.graph
        let layer = try EntitiesCommand.layer(graph)
        var name = context.arguments.string("name") ?? ""
        var matches = layer.entities(named: name)
        if matches.isEmpty, name.lowercased().hasPrefix("the ") {
            name = String(name.dropFirst(4))
            matches = layer.entities(named: name)
        }
        guard !matches.isEmpty else {
            let known = Array(Set(layer.entities.flatMap { [$0.name] + $0.aliases }))
            let hint = Suggestions.didYouMean(name, in: known) ?? "`entities` lists the known names"
            throw WorkbenchError(.badValue, "no entity named '\(name)'", hint: hint, at: context.arguments.location("name"))
        }
        let wanted = Set(matches)
        let sentences = graph.payload(of: SentenceAnalysis().id, as: SentenceLayer.self)
        var table = Table(name: "mentions", columns: [
            .init("doc"), .init("start", .int), .init("end", .int), .init("text"), .init("sentence", .int),
        ])
        for document in graph.documents {
            try context.checkCancelled()
            let found = layer.mentions(in: document.id).filter { wanted.contains($0.entity) }
            guard !found.isEmpty else { continue }
            let text = ScalarText(document.text)
            let split = sentences?.sentences(in: document.id)
            for mention in found {
                let sentence = split.map { Value.int($0.index(atOrAfter: mention.start) + 1) } ?? .null
                table.append([.string(document.id), .int(mention.start), .int(mention.end), .string(text.slice(mention.start, mention.end)), sentence],
                             span: Span(unchecked: document.id, mention.start, mention.end))
            }
        }
        return table
    }
}
