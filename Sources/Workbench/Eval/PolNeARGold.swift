/// PolNeAR attribution gold (../shared/corpora/polnear_attribution): per article its text
/// and attributions, each with source, cue and content spans in Unicode scalar offsets.
struct PolNeARGold {
    struct Attribution {
        var source: [Range<Int>]
        var sourceText: String?
        var cue: [Range<Int>]
        var content: [Range<Int>]
        var hasQuoteMarks: Bool
    }

    struct Article {
        var id: String
        var text: String
        var attributions: [Attribution]
    }

    var articles: [Article]

    static func read(_ path: String) throws -> PolNeARGold {
        var articles: [Article] = []
        for (line, object) in try GoldFile.records(path) {
            let id = try GoldFile.string(object, "id", path, line)
            let text = try GoldFile.string(object, "text", path, line)
            var attributions: [Attribution] = []
            if case .array(let items)? = object["attributions"] {
                for item in items {
                    guard case .object(let a) = item else { continue }
                    var content: [Range<Int>] = []
                    if case .array(let parts)? = a["content"] {
                        for part in parts { if case .object(let p) = part { content += spans(p["spans"]) } }
                    }
                    var sourceText: String?
                    if case .object(let s)? = a["source"], case .string(let t)? = s["text"] { sourceText = t }
                    attributions.append(Attribution(
                        source: spans(member(a["source"])?["spans"]), sourceText: sourceText,
                        cue: spans(member(a["cue"])?["spans"]), content: content,
                        hasQuoteMarks: a["content_has_quote_marks"] == .bool(true)))
                }
            }
            articles.append(Article(id: id, text: text, attributions: attributions))
        }
        return PolNeARGold(articles: articles)
    }

    private static func member(_ value: JSONValue?) -> JSONObject? {
        if case .object(let o)? = value { return o }
        return nil
    }

    /// `[[start, end], …]` as ranges; malformed pairs are passed over.
    private static func spans(_ value: JSONValue?) -> [Range<Int>] {
        guard case .array(let pairs)? = value else { return [] }
        return pairs.compactMap { pair in
            guard case .array(let bounds) = pair, bounds.count == 2,
                  case .number(let a) = bounds[0], case .number(let b) = bounds[1],
                  let start = Int(a), let end = Int(b), start <= end else { return nil }
            return start..<end
        }
    }
}
