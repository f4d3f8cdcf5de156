/// Finds sentence boundaries in one document from its tokens and paragraphs.
///
/// Works on token classes, flags and normalised-form ids only (never the text), so it runs
/// at millions of words a second. Rules:
/// - A sentence never crosses a paragraph boundary; a paragraph's end ends its sentence.
/// - `.`, `?`, `!` end a sentence, together with closing quotes and brackets that touch
///   them (`… he said.”` ends after `”`), unless the next token is lower case (`“Why?” he
///   asked`) or continues it (`,` `;` `:` `)`).
/// - Abbreviations never end a sentence when they are titles (`Dr.`) or `No.` before a
///   number; dotted acronyms, initials, months and company forms (`U.S.`, `J.`, `Nov.`,
///   `Corp.`) and ellipses end one only before a typical sentence opener (`The`, `He`,
///   `But`, an opening quote …; see `Abbreviations.sentenceStarters`).
/// - Decimals and money (`$3.5 billion`) are single number tokens, so they never split.
/// - Lines: a line starting with a bullet (`•`, `-`, `*` …, then a space) starts a sentence,
///   and a bullet line or a dateline line (ending in ` -`) ends one at the line break.
///   Other single line breaks are plain spaces (hard-wrapped text).
struct SentenceSplitter {
    private let roles: [PunctuationRole]
    private let starters: Set<Int32>

    init(layer: TokenLayer) {
        roles = PunctuationRole.table(for: layer.normalizedForms)
        starters = Set(Abbreviations.sentenceStarters.compactMap { layer.normalizedID(of: $0) })
    }

    /// Sentences of a document whose paragraphs are given as scalar ranges with numbers.
    func split(_ tokens: DocumentTokens, paragraphs: [(range: Range<Int>, number: Int)]) -> DocumentSentences {
        var sentences = DocumentSentences()
        var k = 0
        for paragraph in paragraphs {
            while k < tokens.count && Int(tokens.start(k)) < paragraph.range.lowerBound { k += 1 }
            let first = k
            while k < tokens.count && Int(tokens.start(k)) < paragraph.range.upperBound { k += 1 }
            guard first < k else { continue }
            for range in splitParagraph(tokens, first..<k) {
                sentences.append(tokens: range, paragraph: paragraph.number, in: tokens)
            }
        }
        return sentences.compacted()
    }

    private func role(_ t: DocumentTokens, _ k: Int) -> PunctuationRole {
        let c = t.classes[k]
        return c == .punctuation || c == .symbol ? roles[Int(t.normalized[k])] : .none
    }

    private func splitParagraph(_ t: DocumentTokens, _ tokens: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        let hi = tokens.upperBound
        var begin = tokens.lowerBound
        var inBulletItem = isBullet(t, tokens.lowerBound, end: hi)
        var k = tokens.lowerBound
        while k < hi {
            if k > tokens.lowerBound && t.flags[k].contains(.lineStart) {
                if k > begin && breaksBeforeLine(t, k, inBulletItem: &inBulletItem, end: hi) {
                    result.append(begin..<k)
                    begin = k
                }
            }
            let r = role(t, k)
            let isStop = r == .fullStop || r == .strongStop || r == .ellipsis
                || (t.classes[k] == .abbreviation && t.flags[k].contains(.mayEndSentence))
            guard isStop else {
                k += 1
                continue
            }
            // Closing quotes, brackets and further stops that touch the stop belong to it.
            var e = k + 1
            while e < hi && !t.flags[e].contains(.spaceBefore) && Self.absorbs(role(t, e)) { e += 1 }
            if e < hi && endsSentence(t, stop: k, role: r, next: e, end: hi) {
                result.append(begin..<e)
                begin = e
            }
            k = e
        }
        if begin < hi { result.append(begin..<hi) }
        return result
    }

    private static func absorbs(_ role: PunctuationRole) -> Bool {
        role == .quote || role == .closer || role == .fullStop || role == .strongStop || role == .ellipsis
    }

    /// Whether the stop at `stop` (with closers up to `next`) ends the sentence before `next`.
    private func endsSentence(_ t: DocumentTokens, stop: Int, role r: PunctuationRole, next e: Int, end hi: Int) -> Bool {
        let strong = t.classes[stop] != .abbreviation && (r == .fullStop || r == .strongStop)
        let flags = t.flags[e]
        switch t.classes[e] {
        case .word, .abbreviation:
            if flags.contains(.lowercase) { return false }
            if strong { return true }
            return flags.contains(.capitalized) && starters.contains(t.normalized[e])
        case .number, .url, .email:
            return strong
        case .possessive:
            return false
        case .punctuation, .symbol:
            switch role(t, e) {
            case .continuer, .closer, .fullStop, .strongStop, .ellipsis:
                return false
            case .quote, .opener:
                // `he said. “But …`; after an abbreviation only before a capital: `U.S. “We …`
                return strong || (e + 1 < hi && t.flags[e + 1].contains(.capitalized))
            default:
                return strong
            }
        }
    }

    /// A line break inside a paragraph ends a sentence before a bullet line, after a bullet
    /// item (its lines that go on in lower case belong to it), and after a dateline (a line
    /// ending in ` -`). `inBulletItem` follows whether the lines so far are a bullet item.
    private func breaksBeforeLine(_ t: DocumentTokens, _ k: Int, inBulletItem: inout Bool, end hi: Int) -> Bool {
        if isBullet(t, k, end: hi) {
            inBulletItem = true
            return true
        }
        if inBulletItem {
            if t.flags[k].contains(.lowercase) { return false }
            inBulletItem = false
            return true
        }
        let last = k - 1
        return role(t, last) == .dash && t.flags[last].contains(.spaceBefore)
    }

    private func isBullet(_ t: DocumentTokens, _ k: Int, end hi: Int) -> Bool {
        let r = role(t, k)
        guard r == .bullet || r == .dash else { return false }
        return k + 1 >= hi || t.flags[k + 1].contains(.spaceBefore)
    }
}
