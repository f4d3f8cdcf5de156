import Workbench

/// What a topic groups: whole documents, paragraphs, sentences or quotes.
enum TopicUnitKind: String, CaseIterable, Sendable {
    case doc, paragraph, sentence, quote

    /// The analyses the units come from (tokens always: the features are their stems).
    var requires: [AnalysisKey] {
        switch self {
        case .doc: return [.tokens]
        case .paragraph: return [.tokens, .paragraphs]
        case .sentence: return [.tokens, .sentences]
        case .quote: return [.tokens, .quotes]
        }
    }

    /// The letter of a unit id after `#` (`business/001#p3`); none for documents.
    var letter: String {
        switch self {
        case .doc: return ""
        case .paragraph: return "p"
        case .sentence: return "s"
        case .quote: return "q"
        }
    }
}

/// The units of a corpus in document order, then text order, as parallel arrays: where each
/// lies in its document (scalar span and token range) and its number there.
struct TopicUnits: Sendable {
    let kind: TopicUnitKind
    /// Index into `graph.documents` of each unit's document.
    var document: [Int32] = []
    var start: [Int32] = []
    var end: [Int32] = []
    var firstToken: [Int32] = []
    var endToken: [Int32] = []
    /// The paragraph, sentence or quote number in its document, from 1 (1 for a document).
    var number: [Int32] = []
    /// For quotes: their speaker (canonical name, or empty) and kind, for `topics.by speaker`.
    var speaker: [String] = []
    var quoteKind: [String] = []

    var count: Int { start.count }

    /// The unit's id: the document id, with `#p3`, `#s12` or `#q2` for a part of it.
    func id(_ unit: Int, documents: [Document]) -> String {
        let doc = documents[Int(document[unit])].id
        return kind == .doc ? doc : "\(doc)#\(kind.letter)\(number[unit])"
    }

    /// Every unit of the corpus; the analyses in `kind.requires` must be fresh.
    static func collect(_ kind: TopicUnitKind, graph: CorpusGraph, layer: TokenLayer) throws -> TopicUnits {
        var units = TopicUnits(kind: kind)
        let sentenceLayer = kind == .sentence ? graph.payload(of: "sentences", as: SentenceLayer.self) : nil
        if kind == .sentence && sentenceLayer == nil {
            throw WorkbenchError(.analysisFailed, "topics found no sentence layer")
        }
        for (d, document) in graph.documents.enumerated() {
            let tokens = layer.tokens(in: document.id)
            func add(_ start: Int, _ end: Int, _ tokenRange: Range<Int>, _ number: Int) {
                units.document.append(Int32(d))
                units.start.append(Int32(start))
                units.end.append(Int32(end))
                units.firstToken.append(Int32(tokenRange.lowerBound))
                units.endToken.append(Int32(tokenRange.upperBound))
                units.number.append(Int32(number))
            }
            switch kind {
            case .doc:
                add(0, document.length, tokens.indices, 1)
            case .paragraph:
                for node in graph.nodes("paragraph", in: document.id) {
                    let number: Int
                    if case .int(let n) = node["number"] { number = n } else { number = units.count + 1 }
                    add(node.span.start, node.span.end, tokenRange(tokens, node.span.start, node.span.end), number)
                }
            case .sentence:
                let sentences = sentenceLayer?.sentences(in: document.id) ?? DocumentSentences()
                for i in 0..<sentences.count {
                    add(Int(sentences.starts[i]), Int(sentences.ends[i]), sentences.tokenRange(i), i + 1)
                }
            case .quote:
                for (i, node) in graph.nodes("quote", in: document.id).enumerated() {
                    add(node.span.start, node.span.end, tokenRange(tokens, node.span.start, node.span.end), i + 1)
                    units.speaker.append(node["speaker"].text)
                    units.quoteKind.append(node["kind"].text)
                }
            }
        }
        return units
    }

    /// The tokens that lie inside scalar offsets start..<end.
    static func tokenRange(_ tokens: DocumentTokens, _ start: Int, _ end: Int) -> Range<Int> {
        let lo = tokens.firstIndex(endingAfter: start)
        var l = lo, h = tokens.count
        while l < h {
            let mid = (l + h) / 2
            if Int(tokens.start(mid)) < end { l = mid + 1 } else { h = mid }
        }
        return lo..<max(lo, l)
    }

    /// The units at these positions, in that order.
    func subset(_ keep: [Int]) -> TopicUnits {
        var out = TopicUnits(kind: kind)
        for i in keep {
            out.document.append(document[i])
            out.start.append(start[i])
            out.end.append(end[i])
            out.firstToken.append(firstToken[i])
            out.endToken.append(endToken[i])
            out.number.append(number[i])
            if !speaker.isEmpty {
                out.speaker.append(speaker[i])
                out.quoteKind.append(quoteKind[i])
            }
        }
        return out
    }
}
