import Workbench

/// `timeline.doc-dates`: each document's main event date.
enum DocDatesCommand {
    static let spec = CommandSpec(
        "timeline.doc-dates",
        summary: "each document's main event date: the day of the first reported event after the dateline",
        discussion: """
        One row per document: event_date is the day of the first dated event after the dateline (a press release's \
        'yesterday' resolved against 'KABUL, Afghanistan (Jan. 25, 2013)' gives 2013-01-24); when that sentence names \
        several days, the earliest, since a report comes after what it reports. A date naming another event (the \
        Aug. 7 attack, Tuesday's attack, since Oct. 1) is skipped. Without a dated event, the \
        document's own date (or dateline) when it is a full day, else null. sentence is the sentence the date \
        comes from (empty when it is the document's date).
        """,
        examples: ["timeline.doc-dates", "timeline.doc-dates | count by event_date"],
        arguments: [ArgumentSpec("doc", .option, type: .document, summary: "only this document")],
        requires: [.timeExpressions]
    ) { context in
        let graph = context.graph
        guard let times = graph.payload(of: "timeline.times", as: TimexLayer.self),
              let sentences = graph.payload(of: "sentences", as: SentenceLayer.self) else {
            throw WorkbenchError(.analysisFailed, "timeline.doc-dates found no time or sentence layer")
        }
        let only = context.arguments.string("doc")
        var table = Table(name: "timeline.doc-dates", columns: [.init("doc"), .init("event_date"), .init("sentence")])
        for document in graph.documents where only == nil || document.id == only {
            let found = times.timexes(in: document.id)
            guard let pick = eventDate(found) else {
                table.append([.string(document.id), .null, .string("")], span: document.span)
                continue
            }
            guard let s = pick.sentence else {
                table.append([.string(document.id), .string(pick.date), .string("")], span: document.span)
                continue
            }
            let doc = sentences.sentences(in: document.id)
            let span = try Span(document: document.id, start: Int(doc.starts[s]), end: Int(doc.ends[s]))
            table.append([.string(document.id), .string(pick.date), .string(ScalarText(document.text).slice(span.start, span.end))],
                         span: span)
        }
        return table
    }

    /// The main event date and the sentence it comes from (nil for the reference date).
    static func eventDate(_ doc: DocumentTimexes) -> (date: String, sentence: Int?)? {
        let reference = ReferenceDate(iso: doc.reference).full
        let after = doc.datelineEnd ?? 0
        let days = doc.timexes.filter { t in
            guard let i = t.interval, i.from == i.to, t.type == .date || t.type == .time, t.start >= after, !t.attributive
            else { return false }
            // The dateline repeated in a header: not an event.
            if t.explicit && i.from == reference && t.start < TimeAnalysis.datelineReach { return false }
            if let reference, i.from > reference { return false }
            return true
        }
        if let first = days.first {
            let same = days.filter { $0.sentence == first.sentence }
            let earliest = same.min { ($0.interval?.from ?? CalendarDay(0, 1, 1)) < ($1.interval?.from ?? CalendarDay(0, 1, 1)) } ?? first
            if let day = earliest.interval?.from { return (day.iso, earliest.sentence) }
        }
        if let reference { return (reference.iso, nil) }
        return nil
    }
}
