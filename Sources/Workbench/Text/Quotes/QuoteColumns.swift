/// Quote nodes as columns: a 64-byte record a quote, its texts sliced out of the document's
/// text when the node is read. A stored `Node` a quote, with its attribute values, three
/// copies of text and an evidence array, took ~700 bytes (7 MB of BBC dev's 3.4 MB text).
///
/// Spans are kept both as Unicode scalar offsets (what the node reports) and as UTF-8
/// offsets (where the text is sliced: O(1) in a native `String`, where scalar offsets are
/// O(n)).
struct QuoteColumns: NodeColumns {
    /// A scalar span and the same span in UTF-8 bytes; `start == -1` when absent.
    struct Range32: Sendable {
        var start: Int32 = -1, end: Int32 = -1, utf8Start: Int32 = 0, utf8End: Int32 = 0
        var isPresent: Bool { start >= 0 }
    }

    struct Record: Sendable {
        var quote: Range32
        var cue: Range32
        var speaker: Range32
        var paragraph: Int32
        /// Into `strings`.
        var reason: Int32
        /// Into `strings`; -1 when the speaker has no canonical name.
        var speakerName: Int32
        var kind: AttributedQuote.Kind
    }

    // The attribute names in sorted order, with and without a cue and a speaker mention.
    static let names = ["kind", "paragraph", "reason", "speaker", "text"]
    static let namesWithCue = ["cue", "cue_end", "cue_start", "kind", "paragraph", "reason", "speaker", "text"]
    static let namesWithSpeaker = ["kind", "paragraph", "reason", "speaker", "speaker_end", "speaker_start", "speaker_text", "text"]
    static let namesWithBoth = ["cue", "cue_end", "cue_start", "kind", "paragraph", "reason", "speaker", "speaker_end",
                                "speaker_start", "speaker_text", "text"]

    let kind: Kind = "quote"
    let offsets: DocumentOffsets
    /// Each document's text (shared with the graph's documents, not copied).
    let texts: [String]
    let records: [Record]
    /// Reasons and speaker names, each once.
    let strings: [String]

    var count: Int { records.count }

    func span(at index: Int) -> Span {
        let document = offsets.locate(index).document
        let quote = records[index].quote
        return Span(unchecked: offsets.documents[document], Int(quote.start), Int(quote.end))
    }

    func attributes(at index: Int) -> (names: [String], values: [Value]) {
        let record = records[index]
        let names = switch (record.cue.isPresent, record.speaker.isPresent) {
        case (true, true): QuoteColumns.namesWithBoth
        case (true, false): QuoteColumns.namesWithCue
        case (false, true): QuoteColumns.namesWithSpeaker
        case (false, false): QuoteColumns.names
        }
        return (names, values(of: names, at: index))
    }

    /// Some attributes, slicing only the texts asked for (`count by speaker` slices none).
    func values(of names: [String], at index: Int) -> [Value] {
        let record = records[index]
        func text(_ range: Range32) -> Value {
            range.isPresent ? .string(QuoteColumns.slice(texts[offsets.locate(index).document], range)) : .null
        }
        func offset(_ value: Int32, _ range: Range32) -> Value { range.isPresent ? .int(Int(value)) : .null }
        return names.map { name in
            switch name {
            case "kind": return .string(record.kind.rawValue)
            case "paragraph": return .int(Int(record.paragraph))
            case "reason": return .string(strings[Int(record.reason)])
            case "speaker": return record.speakerName < 0 ? .null : .string(strings[Int(record.speakerName)])
            case "text": return .string(QuoteColumns.slice(texts[offsets.locate(index).document], record.quote))
            case "cue": return text(record.cue)
            case "cue_start": return offset(record.cue.start, record.cue)
            case "cue_end": return offset(record.cue.end, record.cue)
            case "speaker_text": return text(record.speaker)
            case "speaker_start": return offset(record.speaker.start, record.speaker)
            case "speaker_end": return offset(record.speaker.end, record.speaker)
            default: return .null
            }
        }
    }

    /// The cue and the speaker mention: what a reader checks to trust the attribution.
    func evidence(at index: Int) -> [Span] {
        let record = records[index]
        if !record.cue.isPresent && !record.speaker.isPresent { return [] }
        let document = offsets.documents[offsets.locate(index).document]
        var spans: [Span] = []
        for part in [record.cue, record.speaker] where part.isPresent {
            spans.append(Span(unchecked: document, Int(part.start), Int(part.end)))
        }
        return spans
    }

    /// The bytes `utf8Start ..< utf8End` of a document's text.
    private static func slice(_ text: String, _ range: Range32) -> String {
        let utf8 = text.utf8
        let lo = utf8.index(utf8.startIndex, offsetBy: Int(range.utf8Start))
        let hi = utf8.index(lo, offsetBy: Int(range.utf8End - range.utf8Start))
        return String(text[lo..<hi])
    }
}

/// `said-by` edges as columns: quote node → the speaker's entity node, with the quote's
/// evidence.
struct SaidByColumns: EdgeColumns {
    let kind: Kind = "said-by"
    let quotes: QuoteColumns
    let firstQuote: Int
    /// The quotes (indices into `quotes`) that have one, and the speaker's node.
    let edges: [(quote: Int32, speaker: NodeID)]

    var count: Int { edges.count }

    func endpoints(at index: Int) -> (from: NodeID, to: NodeID) {
        (NodeID(firstQuote + Int(edges[index].quote)), edges[index].speaker)
    }

    func evidence(at index: Int) -> [Span] { quotes.evidence(at: Int(edges[index].quote)) }
}

/// Collects quote records document by document for `QuoteColumns`.
struct QuoteColumnsBuilder {
    private var documents: [String] = []
    private var counts: [Int] = []
    private var texts: [String] = []
    private var records: [QuoteColumns.Record] = []
    private var strings: [String] = []
    private var stringIDs: [String: Int32] = [:]

    var count: Int { records.count }

    /// A document's quotes as records whose strings are not yet interned: made per document
    /// (in parallel), then added in document order (`add`). `doc` gives the scalars to
    /// measure UTF-8 offsets.
    struct Prepared: Sendable {
        var records: [QuoteColumns.Record] = []
        var reasons: [String] = []
        var speakerNames: [String?] = []
    }

    static func prepare(_ quotes: [AttributedQuote], doc: DocumentText) -> Prepared {
        var prepared = Prepared()
        if quotes.isEmpty { return prepared }
        // UTF-8 offset of each scalar offset (one more than the scalars, for the end).
        var utf8 = [Int32](repeating: 0, count: doc.scalars.count + 1)
        var offset: Int32 = 0
        for (i, scalar) in doc.scalars.enumerated() {
            utf8[i] = offset
            offset += Int32(UTF8.width(scalar))
        }
        utf8[doc.scalars.count] = offset
        func range(_ start: Int, _ end: Int) -> QuoteColumns.Range32 {
            // Clamped like `DocumentText.text`: an empty slice when out of bounds.
            let lo = max(0, start), hi = min(end, doc.scalars.count)
            let bytes = lo < hi ? (utf8[lo], utf8[hi]) : (0, 0)
            return QuoteColumns.Range32(start: Int32(start), end: Int32(end), utf8Start: bytes.0, utf8End: bytes.1)
        }
        for quote in quotes {
            prepared.records.append(QuoteColumns.Record(
                quote: range(quote.start, quote.end),
                cue: quote.cue.map { range($0.cueStart, $0.cueEnd) } ?? QuoteColumns.Range32(),
                speaker: quote.speaker.map { range($0.start, $0.end) } ?? QuoteColumns.Range32(),
                paragraph: Int32(quote.paragraph), reason: -1, speakerName: -1, kind: quote.kind))
            prepared.reasons.append(quote.reason)
            prepared.speakerNames.append(quote.speakerName)
        }
        return prepared
    }

    /// Adds a document's prepared quotes (possibly none), interning their strings.
    mutating func add(_ prepared: Prepared, document: Document) {
        documents.append(document.id)
        counts.append(prepared.records.count)
        texts.append(document.text)
        for (k, var record) in prepared.records.enumerated() {
            record.reason = intern(prepared.reasons[k])
            record.speakerName = prepared.speakerNames[k].map { intern($0) } ?? -1
            records.append(record)
        }
    }

    private mutating func intern(_ string: String) -> Int32 {
        if let id = stringIDs[string] { return id }
        let id = Int32(strings.count)
        strings.append(string)
        stringIDs[string] = id
        return id
    }

    func finish() -> QuoteColumns {
        QuoteColumns(offsets: DocumentOffsets(documents: documents, counts: counts), texts: texts,
                     records: records.exactlySized(), strings: strings)
    }
}
