import Workbench

/// Time expressions (key `timeExpressions`): a `timeline.timex` node per expression
/// (attributes `text`, `type`, `value`, `mod`, `date_from`, `date_to`, `sentence`) and a
/// `timeline.problem` node per date that was recognised but not trusted (`31 Feb.`),
/// resolved against each document's date, or its dateline when the date is partial.
///
/// Incremental: a document's expressions depend on its own text, date and sentences only,
/// so documents appended later are scanned alone and added to the previous output.
struct TimeAnalysis: IncrementalAnalysis {
    let id = "timeline.times"
    let version = "1"
    let requires: [AnalysisKey] = [.sentences]
    let provides: [AnalysisKey] = [.timeExpressions]
    let settings = ["date-order"]

    /// How far into a text a dateline may be (Unicode scalars).
    static let datelineReach = 400

    func run(_ context: AnalysisContext, into output: inout AnalysisOutput) throws {
        let documents = try addTimes(context, of: 0..<context.graph.documents.count, into: &output)
        output.payload = TimexLayer(documents: documents)
    }

    func extend(_ context: AnalysisContext, newDocuments: Range<Int>, into output: inout AnalysisOutput) throws -> Bool {
        guard let previous = output.payload(as: TimexLayer.self) else { return false }
        var documents = previous.documents
        for (id, found) in try addTimes(context, of: newDocuments, into: &output) { documents[id] = found }
        output.payload = TimexLayer(documents: documents)
        return true
    }

    /// Scans the documents at `range` (in parallel) and adds their nodes in document order;
    /// returns their expressions by document.
    private func addTimes(_ context: AnalysisContext, of range: Range<Int>,
                          into output: inout AnalysisOutput) throws -> [String: DocumentTimexes] {
        let graph = context.graph
        guard let tokens = graph.payload(of: "tokens", as: TokenLayer.self),
              let sentences = graph.payload(of: "sentences", as: SentenceLayer.self) else {
            throw WorkbenchError(.analysisFailed, "analysis 'timeline.times' found no token or sentence layer")
        }
        let order = DateOrder(rawValue: context.settings["date-order"] ?? "auto") ?? .auto
        let lexicon = TimeLexicon(tokens)
        let scanned = try context.mapDocuments("times", in: range) { _, document in
            TimeAnalysis.scan(document: document, tokens: tokens.tokens(in: document.id), sentences: sentences.sentences(in: document.id),
                              layer: tokens, lexicon: lexicon, order: order)
        }
        var layer: [String: DocumentTimexes] = [:]
        layer.reserveCapacity(range.count)
        for (document, found) in zip(graph.documents[range], scanned) {
            if !found.timexes.isEmpty || !found.problems.isEmpty {
                let text = ScalarText(document.text)
                for t in found.timexes {
                    var attributes: [String: Value] = [
                        "text": .string(text.slice(t.start, t.end)), "type": .string(t.type.rawValue),
                        "value": .string(t.value), "mod": Value(t.mod), "sentence": .int(t.sentence + 1),
                    ]
                    if let interval = t.interval {
                        attributes["date_from"] = .string(interval.from.iso)
                        attributes["date_to"] = .string(interval.to.iso)
                    }
                    try output.addNode("timeline.timex", span: Span(document: document.id, start: t.start, end: t.end),
                                       attributes: attributes)
                }
                for p in found.problems {
                    try output.addNode("timeline.problem", span: Span(document: document.id, start: p.start, end: p.end),
                                       attributes: ["text": .string(text.slice(p.start, p.end)), "message": .string(p.message)])
                }
            }
            layer[document.id] = found
        }
        return layer
    }

    /// One document's expressions. When its date is partial (`2013-01`) or missing, the
    /// first full date near the top (the dateline) becomes the reference and the text is
    /// scanned again against it.
    static func scan(document: Document, tokens: DocumentTokens, sentences: DocumentSentences, layer: TokenLayer,
                     lexicon: TimeLexicon, order: DateOrder) -> DocumentTimexes {
        let reference = ReferenceDate(iso: document.date)
        var result = scan(tokens: tokens, sentences: sentences, layer: layer, lexicon: lexicon, order: order, reference: reference)
        result.reference = document.date
        result.referenceSource = document.date == nil ? nil : "date"
        if let dateline = result.timexes.first(where: { $0.start < datelineReach && $0.explicit && $0.interval?.from == $0.interval?.to && $0.interval != nil }),
           let day = dateline.interval?.from {
            // A partial date and a dateline that agree on the year (a release dated by its
            // reference number's month may carry the next month's dateline).
            let consistent = reference.full == nil && (reference.year == nil || reference.year == day.year)
            if consistent {
                let full = ReferenceDate(year: day.year, month: day.month, day: day.day)
                result = scan(tokens: tokens, sentences: sentences, layer: layer, lexicon: lexicon, order: order, reference: full)
                result.reference = day.iso
                result.referenceSource = "dateline"
            }
            result.datelineEnd = dateline.end
        }
        return result
    }

    static func scan(tokens: DocumentTokens, sentences: DocumentSentences, layer: TokenLayer, lexicon: TimeLexicon,
                     order: DateOrder, reference: ReferenceDate) -> DocumentTimexes {
        var scanner = TimexScanner(tokens: tokens, layer: layer, lexicon: lexicon, order: order, reference: reference)
        var result = DocumentTimexes()
        for s in 0..<sentences.count {
            for m in scanner.scan(sentences.tokenRange(s)) {
                let start = Int(tokens.starts[m.first]), end = Int(tokens.ends[m.end - 1])
                let interval = m.type == .date || m.type == .time ? DayInterval(value: m.value) : nil
                result.timexes.append(TimexRecord(start: start, end: end, type: m.type, value: m.value, mod: m.mod,
                                                  interval: interval, sentence: s, explicit: m.explicit,
                                                  attributive: scanner.attributive(m)))
            }
            for p in scanner.problems {
                result.problems.append((Int(tokens.starts[p.first]), Int(tokens.ends[p.end - 1]), p.message))
            }
            scanner.problems.removeAll()
        }
        return result
    }
}
