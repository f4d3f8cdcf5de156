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
    init(graph: CorpusGraph, settings: Settings, rules: ScoringRules = .standard) throws {
        guard let layer = graph.payload(of: "tokens", as: TokenLayer.self) else {
            throw WorkbenchError(.analysisFailed, "the sentiment scorer needs the token layer, which has not run")
        }
        self.graph = graph
        tokens = layer
        let terms = try SentimentResources.terms(domain: settings[QuoteSentimentPlugin.domainSetting] ?? SentimentResources.builtInDomain)
        scorer = SentimentScorer(terms: CompiledTerms(terms, layer: layer), rules: rules)
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
        let doc = tokens.tokens(in: span.document)
        let lo = doc.firstIndex(endingAfter: span.start)
        var hi = lo
        while hi < doc.count && Int(doc.starts[hi]) < span.end { hi += 1 }
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
    func words(_ score: SentimentScore, in document: String) -> String {
        var out = ""
        for c in score.contributions where c.value != 0 {
            if !out.isEmpty { out += ", " }
            out += text(of: c, in: document)
            out += " "
            out += SentimentFormat.signed(Double(c.value))
            for (k, step) in c.steps.enumerated() {
                out += k == 0 ? " (" : ", "
                out += step.short
            }
            if !c.steps.isEmpty { out += ")" }
        }
        if score.emphasis != 0 {
            if !out.isEmpty { out += ", " }
            out += "! " + SentimentFormat.signed(score.emphasis)
        }
        return out
    }
}

/// Number formats shared by the commands.
enum SentimentFormat {
    /// Rounded to `places` decimals, as a table value.
    static func value(_ x: Double, _ places: Int = 4) -> Value {
        let scale = pow10(places)
        return .double((x * scale).rounded() / scale)
    }

    /// `+1.60`, `-0.84`.
    static func signed(_ x: Double) -> String {
        let rounded = (x * 100).rounded() / 100
        let magnitude = abs(rounded)
        let whole = Int(magnitude)
        let cents = Int((magnitude * 100).rounded()) - whole * 100
        return (rounded < 0 ? "-" : "+") + String(whole) + "." + (cents < 10 ? "0" : "") + String(cents)
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
