import Workbench

/// Everything needed to score spans of one graph: its token layer, the terms compiled for
/// that layer's vocabulary, and each document's text for capitals. Made once per command or
/// analysis run (compiling the terms is one pass over the vocabulary); not shared.
final class SentimentRun {
    let graph: CorpusGraph
    let tokens: TokenLayer
    let scorer: SentimentScorer
    /// The reader of the document read last (units come in text order, one document after
    /// another, so one is enough and memory stays flat).
    private var current: (document: String, reader: TextReader)?

    /// The graph must have the token layer (require `.tokens` or anything built on it).
    /// `compiled`: the tables already compiled for that layer (see `SentimentCommand`), else
    /// read for the settings and compiled here.
    init(graph: CorpusGraph, settings: Settings, rules: ScoringRules = .standard, compiled: CompiledTerms? = nil) throws {
        guard let layer = graph.payload(of: "tokens", as: TokenLayer.self) else {
            throw WorkbenchError(.analysisFailed, "the sentiment scorer needs the token layer, which has not run")
        }
        self.graph = graph
        tokens = layer
        let terms = try compiled ?? CompiledTerms(SentimentResources.terms(domain: SentimentRun.domain(settings)), layer: layer)
        scorer = SentimentScorer(terms: terms, rules: rules)
    }

    /// The `sentiment.domain` setting's value.
    static func domain(_ settings: Settings) -> String {
        settings[QuoteSentimentPlugin.domainSetting] ?? SentimentResources.builtInDomain
    }

    /// The document's text reader.
    func reader(_ document: String) -> TextReader {
        if let current, current.document == document { return current.reader }
        let doc = graph.document(document)
        let reader = TextReader(text: doc?.text ?? "", length: doc?.length ?? 0)
        current = (document, reader)
        return reader
    }

    /// The tokens inside a span: from the first that ends after its start to the last that
    /// starts before its end.
    func tokenRange(of span: Span) -> Range<Int> {
        SentimentRun.tokenRange(of: span, in: tokens.tokens(in: span.document))
    }

    /// `tokenRange(of:)` in a document's tokens already at hand.
    static func tokenRange(of span: Span, in doc: DocumentTokens) -> Range<Int> {
        let lo = doc.firstIndex(endingAfter: span.start)
        var hi = lo
        while hi < doc.count && Int(doc.start(hi)) < span.end { hi += 1 }
        return lo..<hi
    }

    func score(_ span: Span) -> SentimentScore {
        score(document: span.document, tokens: tokenRange(of: span))
    }

    func score(document: String, tokens range: Range<Int>) -> SentimentScore {
        scorer.score(tokens.tokens(in: document), range, text: reader(document))
    }

    /// The text of a contribution's tokens as written.
    func text(of contribution: Contribution, in document: String) -> String {
        let doc = tokens.tokens(in: document)
        guard !contribution.tokens.isEmpty else { return "" }
        return reader(document).slice(Int(doc.starts[contribution.tokens.lowerBound]), Int(doc.ends[contribution.tokens.upperBound - 1]))
    }

    /// The text of one token.
    func text(ofToken index: Int, in document: String) -> String {
        let doc = tokens.tokens(in: document)
        return reader(document).slice(Int(doc.starts[index]), Int(doc.ends[index]))
    }

    /// `cooperation +1.60, welcome -0.84 (negated, hedged)`: the words that moved the score.
    /// Built as UTF-8 bytes, one string per unit: it is made for every row of a table.
    func words(_ score: SentimentScore, in document: String) -> String {
        SentimentRun.words(score, tokens: tokens.tokens(in: document), reader: reader(document))
    }

    /// `words` with the document's tokens and reader at hand (a loop over one document's units).
    static func words(_ score: SentimentScore, tokens doc: DocumentTokens, reader: TextReader) -> String {
        guard !score.contributions.isEmpty || score.emphasis != 0 else { return "" }
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for c in score.contributions where c.value != 0 {
            if !out.isEmpty { out.append(contentsOf: [44, 32]) }
            reader.appendBytes(Int(doc.starts[c.tokens.lowerBound]), Int(doc.ends[c.tokens.upperBound - 1]), to: &out)
            out.append(32)
            SentimentFormat.appendSigned(Double(c.value), to: &out)
            for (k, step) in c.steps.enumerated() {
                out.append(contentsOf: k == 0 ? [32, 40] : [44, 32])
                out.append(contentsOf: step.short.utf8)
            }
            if !c.steps.isEmpty { out.append(41) }
        }
        if score.emphasis != 0 {
            if !out.isEmpty { out.append(contentsOf: [44, 32]) }
            out.append(contentsOf: [33, 32])
            SentimentFormat.appendSigned(score.emphasis, to: &out)
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// Number formats shared by the commands.
enum SentimentFormat {
    /// Rounded to `places` decimals, as a table value.
    static func value(_ x: Double, _ places: Int = 4) -> Value {
        .double(rounded(x, places))
    }

    /// Rounded to `places` decimals.
    static func rounded(_ x: Double, _ places: Int = 4) -> Double {
        let scale = pow10(places)
        return (x * scale).rounded() / scale
    }

    /// `+1.60`, `-0.84`.
    static func signed(_ x: Double) -> String {
        var out: [UInt8] = []
        appendSigned(x, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `signed` into a byte buffer.
    static func appendSigned(_ x: Double, to out: inout [UInt8]) {
        let hundredths = Int((abs(x) * 100).rounded())
        out.append(x < 0 && hundredths > 0 ? 45 : 43)
        out.append(contentsOf: String(hundredths / 100).utf8)
        out.append(46)
        out.append(UInt8(48 + (hundredths / 10) % 10))
        out.append(UInt8(48 + hundredths % 10))
    }

    private static func pow10(_ n: Int) -> Double {
        var x = 1.0
        for _ in 0..<n { x *= 10 }
        return x
    }
}

extension Contribution.Step {
    /// The word `words` shows for it.
    var short: String {
        switch rule {
        case .intensifier: return factor >= 1 ? "intensified" : "dampened"
        case .negation: return "negated"
        case .negatedObject: return "negated object"
        case .hedge: return "hedged"
        case .capitals: return "capitals"
        case .contrastBefore: return "before but"
        case .contrastAfter: return "after but"
        case .concession: return "conceded"
        case .mainClause: return "main clause"
        case .question: return "question"
        case .reversal: return "turned around"
        case .elongation: return "elongated"
        }
    }
}
