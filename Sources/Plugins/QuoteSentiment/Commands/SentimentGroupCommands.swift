import Workbench

/// `sentiment.by-speaker`: how positive each speaker's quotes are.
enum SentimentBySpeakerCommand {
    static let spec = CommandSpec(
        "sentiment.by-speaker",
        summary: "per speaker: number of quotes, mean, min and max sentiment, most positive and most negative quote",
        discussion: """
        Alone, groups every attributed quote of the corpus by its speaker (quotes without a speaker are left \
        out, and counted in a note). With a table piped in (quotes, possibly filtered), groups its rows by their \
        speaker column, reading their sentiment column (or scoring their spans). Most quotes first.
        """,
        examples: ["sentiment.by-speaker", "quotes --kind direct | sentiment.by-speaker",
                   "quotes | where sentiment < 0 | sentiment.by-speaker"],
        requires: [],
        input: .optional
    ) { context in
        let scored = try ScoredRows.collect(&context)
        guard scored.columns.contains(where: { $0.name == "speaker" }) else {
            throw WorkbenchError(.unknownColumn, "the piped table has no 'speaker' column",
                                 hint: "pipe quotes into it: quotes | sentiment.by-speaker")
        }
        var groups: [String: SentimentSummary] = [:]
        var unattributed = 0
        for row in scored.rows {
            let speaker = row.values["speaker"] ?? .null
            guard !speaker.isNull, !speaker.text.isEmpty else {
                unattributed += 1
                continue
            }
            groups[speaker.text, default: SentimentSummary()].add(row)
        }
        if unattributed > 0 { context.note("\(unattributed) quote\(unattributed == 1 ? "" : "s") without a speaker left out") }
        var table = Table(name: "sentiment.by-speaker", columns: [
            .init("speaker"), .init("quotes", .int), .init("mean", .double), .init("min", .double), .init("max", .double),
            .init("most_positive"), .init("most_negative"),
        ])
        for (speaker, summary) in groups.sorted(by: { ($1.value.count, $0.key) < ($0.value.count, $1.key) }) {
            table.append([.string(speaker), .int(summary.count), SentimentFormat.value(summary.mean),
                          SentimentFormat.value(summary.min?.compound ?? 0), SentimentFormat.value(summary.max?.compound ?? 0),
                          .string(summary.max?.text ?? ""), .string(summary.min?.text ?? "")])
        }
        return table
    }
}

/// `sentiment.by COLUMN`: sentiment per value of a column (year, document, area …).
enum SentimentByCommand {
    static let spec = CommandSpec(
        "sentiment.by",
        summary: "sentiment per value of a column: year, month, doc, speaker, kind, or any column of a piped table (area …)",
        discussion: """
        Alone, groups every quote by COLUMN: speaker, kind, doc, date, year or month (from the document's date). \
        With a table piped in, groups its rows by any of its columns — e.g. an area column another plugin adds \
        to quotes — and doc, date, year and month are derived from each row's span when the table lacks them. \
        Rows: the value, how many rows, mean/min/max compound, and how many are positive, negative, neutral \
        (compound beyond ±0.05). Sorted by the value, so years read in order.
        """,
        examples: ["sentiment.by year", "sentiment.by speaker", "quotes --speaker Ishikawa | sentiment.by doc"],
        arguments: [ArgumentSpec("column", type: .column, summary: "the column to group by", required: true)],
        input: .optional
    ) { context in
        let name = context.arguments.string("column") ?? ""
        let scored = try ScoredRows.collect(&context)
        guard let column = scored.columns.first(where: { $0.name == name })
            ?? scored.columns.first(where: { $0.name.lowercased() == name.lowercased() }) else {
            let probe = Table(name: context.input?.name ?? "quotes", columns: scored.columns)
            _ = try context.at("column") { try probe.columnIndex(name) }
            throw WorkbenchError(.unknownColumn, "no column '\(name)'")
        }
        var groups: [Value: SentimentSummary] = [:]
        for row in scored.rows {
            let cell = row.values[column.name] ?? .null
            let keys: [Value]
            if case .array(let items) = cell { keys = items } else { keys = [cell] }
            for key in keys { groups[key, default: SentimentSummary()].add(row) }
        }
        var table = Table(name: "sentiment.by", columns: [
            column, .init("count", .int), .init("mean", .double), .init("min", .double), .init("max", .double),
            .init("positive", .int), .init("negative", .int), .init("neutral", .int),
        ])
        for (key, summary) in groups.sorted(by: { Value.ordered($0.key, $1.key) }) {
            table.append([key, .int(summary.count), SentimentFormat.value(summary.mean),
                          SentimentFormat.value(summary.min?.compound ?? 0), SentimentFormat.value(summary.max?.compound ?? 0),
                          .int(summary.positive), .int(summary.negative), .int(summary.neutral)])
        }
        return table
    }
}
