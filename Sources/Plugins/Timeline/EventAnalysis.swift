import Workbench

/// Events (key `timeline.events`): a `timeline.event` node per dated time expression,
/// spanning its sentence, with the expression (`timex_start`, `timex_end`, `value`), the
/// days it covers (`date_from`, `date_to`), the sentence number and the entities the
/// sentence mentions (`entities`, canonical names joined by "; "; `entity_names` adds their
/// aliases, one a line, lower-cased, for `--entity NATO` to find the Alliance).
struct EventAnalysis: Analysis {
    let id = "timeline.events"
    let version = "2"
    let requires: [AnalysisKey] = [.timeExpressions, .entities]
    let provides: [AnalysisKey] = [.timelineEvents]

    func run(_ context: AnalysisContext, into output: inout AnalysisOutput) throws {
        let graph = context.graph
        guard let times = graph.payload(of: "timeline.times", as: TimexLayer.self),
              let sentences = graph.payload(of: "sentences", as: SentenceLayer.self),
              let entities = graph.payload(of: "entities", as: EntityLayer.self) else {
            throw WorkbenchError(.analysisFailed, "analysis 'timeline.events' found no time, sentence or entity layer")
        }
        for (index, document) in graph.documents.enumerated() {
            if index % 64 == 0 { try context.checkCancelled() }
            let found = times.timexes(in: document.id)
            guard found.timexes.contains(where: { $0.interval != nil }) else { continue }
            let docSentences = sentences.sentences(in: document.id)
            let mentions = entities.mentions(in: document.id)
            let text = ScalarText(document.text)
            for t in found.timexes {
                guard let interval = t.interval, t.sentence < docSentences.count else { continue }
                let start = Int(docSentences.starts[t.sentence]), end = Int(docSentences.ends[t.sentence])
                var names: [String] = []
                var keys: [String] = []
                for m in mentions where m.start >= start && m.end <= end {
                    let entity = entities.entity(of: m)
                    if !names.contains(entity.name) {
                        names.append(entity.name)
                        keys.append(([entity.name] + entity.aliases).joined(separator: "\n").lowercased())
                    }
                }
                try output.addNode("timeline.event", span: Span(document: document.id, start: start, end: end), attributes: [
                    "timex_start": .int(t.start), "timex_end": .int(t.end), "timex_text": .string(text.slice(t.start, t.end)),
                    "value": .string(t.value), "date_from": .string(interval.from.iso), "date_to": .string(interval.to.iso),
                    "sentence": .int(t.sentence + 1), "text": .string(text.slice(start, end)),
                    "entities": .string(names.joined(separator: "; ")),
                    "entity_names": .string(keys.joined(separator: "\n")),
                ])
            }
        }
    }
}
