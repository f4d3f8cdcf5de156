import Workbench

/// `eval doc-dates`: the main event date against the ISAF press releases' gold start dates.
enum EvalDocDatesCommand {
    static let defaultGold = "../shared/corpora/isaf_press_releases/isaf_pr.dev.jsonl"

    static let spec = CommandSpec(
        "eval doc-dates",
        summary: "score timeline.doc-dates against ISAF press-release gold event dates (exact-day accuracy)",
        discussion: """
        Loads the releases (JSONL: id, date, text, gold.start_date) into a corpus of their own, with the record's date \
        (often only the month) as the document's date, and compares each release's event_date with the annotators' \
        start_date. Rows: event_date (timeline.doc-dates) and, for comparison, the reference date alone (the \
        dateline's day).
        """,
        examples: ["eval doc-dates", "eval doc-dates --format json"],
        arguments: [ArgumentSpec("gold", .option, type: .path, summary: "ISAF JSONL file", default: defaultGold)]
    ) { context in
        let path = context.arguments.string("gold") ?? defaultGold
        var graph = CorpusGraph()
        var expected: [(id: String, date: String)] = []
        for (line, object) in try GoldFile.records(path) {
            let id = try GoldFile.string(object, "id", path, line)
            let text = try GoldFile.string(object, "text", path, line)
            guard case .object(let gold)? = object["gold"], let start = gold["start_date"]?.scalarText else {
                throw WorkbenchError(.format, "\(path):\(line): gold record has no gold.start_date")
            }
            guard graph.document(id) == nil else { continue }
            try graph.add(Document(id: id, date: object["date"]?.scalarText, text: text))
            expected.append((id, start))
        }
        try context.workbench.engine.ensure([.timeExpressions], in: &graph, settings: context.settings)
        guard let times = graph.payload(of: "timeline.times", as: TimexLayer.self) else {
            throw WorkbenchError(.analysisFailed, "eval doc-dates found no time layer")
        }
        var right = 0, referenceRight = 0, dated = 0
        for e in expected {
            let found = times.timexes(in: e.id)
            if let pick = DocDatesCommand.eventDate(found) {
                dated += 1
                if pick.date == e.date { right += 1 }
            }
            if found.reference == e.date { referenceRight += 1 }
        }
        context.note("evaluated \(expected.count) releases from \(path)")
        var table = Table(name: "eval doc-dates", columns: [
            .init("measure"), .init("correct", .int), .init("total", .int), .init("accuracy", .double), .init("dated", .int),
        ])
        func r(_ x: Int) -> Value { .double(expected.isEmpty ? 0 : (Double(x) / Double(expected.count) * 1000).rounded() / 1000) }
        table.append(["event_date", .int(right), .int(expected.count), r(right), .int(dated)])
        table.append(["reference date", .int(referenceRight), .int(expected.count), r(referenceRight), .int(expected.count)])
        return table
    }
}
