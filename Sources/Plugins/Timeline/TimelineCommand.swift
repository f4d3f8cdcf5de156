import Workbench

/// `timeline`: dated events in time order across the corpus, or counts per day, month or
/// year, or a bar chart of them.
enum TimelineCommand {
    static let spec = CommandSpec(
        "timeline",
        summary: "events (sentences with a dated time expression) in time order, with the entities they mention",
        discussion: """
        One row per time expression that names a stretch of days (not durations, sets or 'recently'): start/end are \
        the expression's span, value its TIMEX3 value, date_from/date_to the ISO days it covers, sentence the \
        sentence it is in and entities the people, organisations and places that sentence mentions. Sorted by \
        date_from, then date_to, document and offset. --from/--to keep events that overlap those dates (ISO: 2011, \
        2011-11, 2011-11-15). --granularity counts events per day, month or year instead; --chart draws those \
        counts as bars (by month unless --granularity says otherwise). The documents' own publication dates are \
        events only with --with-publication.
        """,
        examples: ["timeline", "timeline --entity Japan --granularity year", "timeline --from 2011-01 --to 2011-12",
                   "timeline --chart", "timeline --doc 000_4c1ae4e712800ec5 --with-publication"],
        arguments: [
            ArgumentSpec("entity", .option, summary: "only events whose sentence mentions an entity whose name or alias contains this"),
            ArgumentSpec("doc", .option, type: .document, summary: "only this document"),
            ArgumentSpec("from", .option, summary: "only events on or after this ISO date"),
            ArgumentSpec("to", .option, summary: "only events on or before this ISO date"),
            ArgumentSpec("granularity", .option, type: .choice(["day", "month", "year"]), summary: "count events per bucket"),
            ArgumentSpec("chart", .flag, summary: "draw the counts per bucket as a bar chart"),
            ArgumentSpec("with-publication", .flag, summary: "add each document's publication date as an event"),
        ],
        requires: [.timelineEvents]
    ) { context in
        let from = try bound(context, "from", upper: false)
        let to = try bound(context, "to", upper: true)
        let entity = context.arguments.string("entity")?.lowercased()
        let only = context.arguments.string("doc")
        var events: [Event] = []
        let nodes = only.map { context.graph.nodes("timeline.event", in: $0) } ?? context.graph.nodes("timeline.event")
        for node in nodes {
            events.append(Event(doc: node.span.document, start: node["timex_start"].number.map { Int($0) } ?? node.span.start,
                                end: node["timex_end"].number.map { Int($0) } ?? node.span.end, value: node["value"].text,
                                from: node["date_from"].text, to: node["date_to"].text, sentence: node["text"].text,
                                entities: node["entities"].text, names: node["entity_names"].text, span: node.span))
        }
        if context.arguments.flag("with-publication") {
            for document in context.graph.documents where only == nil || document.id == only {
                guard let date = document.date, let interval = DayInterval(value: date) else { continue }
                events.append(Event(doc: document.id, start: 0, end: 0, value: date, from: interval.from.iso, to: interval.to.iso,
                                    sentence: "(publication date)", entities: "", names: "", span: try Span(document: document.id, start: 0, end: 0)))
            }
        }
        events = events.filter { e in
            if let from, e.to < from { return false }
            if let to, e.from > to { return false }
            if let entity, !e.names.contains(entity) { return false }
            return true
        }
        events.sort { ($0.from, $0.to, $0.doc, $0.start) < ($1.from, $1.to, $1.doc, $1.start) }
        let chart = context.arguments.flag("chart")
        if let granularity = context.arguments.string("granularity") ?? (chart ? "month" : nil) {
            let counts = buckets(events, granularity)
            return chart ? TimelineChart.table(counts) : countTable(counts)
        }
        var table = Table(name: "timeline", columns: [
            .init("doc"), .init("start", .int), .init("end", .int), .init("value"), .init("date_from"), .init("date_to"),
            .init("sentence"), .init("entities"),
        ])
        for e in events {
            table.append([.string(e.doc), .int(e.start), .int(e.end), .string(e.value), .string(e.from), .string(e.to),
                          .string(e.sentence), .string(e.entities)], span: e.span)
        }
        return table
    }

    struct Event {
        var doc: String
        var start: Int
        var end: Int
        var value: String
        var from: String
        var to: String
        var sentence: String
        var entities: String
        /// Names and aliases of the entities, lower-cased, one a line.
        var names: String
        var span: Span
    }

    /// An ISO bound as a day: `2011` is 2011-01-01 as a lower bound, 2011-12-31 as an upper.
    static func bound(_ context: CommandContext, _ name: String, upper: Bool) throws -> String? {
        guard let text = context.arguments.string(name) else { return nil }
        guard let interval = DayInterval(value: text), text.count == 4 || text.count == 7 || text.count == 10 else {
            throw WorkbenchError(.badValue, "--\(name) '\(text)' is not an ISO date", hint: "write 2011, 2011-11 or 2011-11-15",
                                 at: context.arguments.location(name))
        }
        return upper ? interval.to.iso : interval.from.iso
    }

    /// Events per bucket (the first day's year, month or day), with the documents they are in.
    static func buckets(_ events: [Event], _ granularity: String) -> [(bucket: String, events: Int, documents: Int)] {
        let length = granularity == "year" ? 4 : granularity == "month" ? 7 : 10
        var order: [String] = []
        var counts: [String: (Int, Set<String>)] = [:]
        for e in events {
            let key = String(e.from.prefix(length))
            if counts[key] == nil { order.append(key) }
            counts[key, default: (0, [])].0 += 1
            counts[key, default: (0, [])].1.insert(e.doc)
        }
        return order.sorted().map { ($0, counts[$0]?.0 ?? 0, counts[$0]?.1.count ?? 0) }
    }

    static func countTable(_ counts: [(bucket: String, events: Int, documents: Int)]) -> Table {
        var table = Table(name: "timeline", columns: [.init("bucket"), .init("events", .int), .init("documents", .int)])
        for c in counts { table.append([.string(c.bucket), .int(c.events), .int(c.documents)]) }
        return table
    }
}

/// `timeline --chart`: one bar per bucket, scaled to the largest count.
enum TimelineChart {
    static let width = 50

    static func table(_ counts: [(bucket: String, events: Int, documents: Int)]) -> Table {
        let largest = counts.map(\.events).max() ?? 0
        let label = counts.map(\.bucket.count).max() ?? 0
        var lines: [String] = []
        for c in counts {
            let length = largest == 0 ? 0 : max(1, (c.events * width + largest - 1) / largest)
            let pad = String(repeating: " ", count: label - c.bucket.count)
            lines.append(c.bucket + pad + "  " + String(repeating: "█", count: length) + " \(c.events)")
        }
        if lines.isEmpty { lines.append("(no dated events)") }
        return Table.lines("timeline", lines)
    }
}
