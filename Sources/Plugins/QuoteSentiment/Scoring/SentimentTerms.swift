import Foundation
import Workbench

/// The term tables the scorer reads, independent of any corpus: the VADER lexicon, our rule
/// words, and the domain layer on top (its valences win).
///
/// Terms are split into token forms the way the core tokenizer splits text (`cover-up` is
/// `cover` `-` `up`), so they can be matched on the token layer's normalised forms. Terms
/// of symbols only (`:)`, `<3`) are emoticons, matched on the text of adjacent tokens.
struct SentimentTerms: Sendable {
    /// Single-word terms by their bytes: the lexicon's, read straight in, then with the
    /// rules' and the domain layer's changes (`words`) once the tables are complete.
    var wordIndex = WordIndex(capacity: 8192)
    /// The words the rules and the domain layer set, each starting from its lexicon entry.
    var words: [String: TermEntry] = [:]
    /// The first three letters of the words that can be a base (`Inflections`).
    var inflectionBases = Inflections.Prefixes()
    /// Multi-token terms by their token forms.
    var phrases: [[String]: TermEntry] = [:]
    /// Emoticons, lower-cased, by their text.
    var emoticons: [String: Float] = [:]
    /// The domain layer's name (file name or `none`), for `explain`.
    var domainName = "none"
    init() {}

    /// Builds the tables from the lexicon text (VADER format) and an optional domain layer.
    init(lexicon: String, lexiconName: String = "vader_lexicon.txt", domain: DomainLayer?) throws {
        try self.init(lexiconBytes: Array(lexicon.utf8), lexiconName: lexiconName, domain: domain)
    }

    /// `init(lexicon:…)` from the lexicon file's bytes.
    init(lexiconBytes: [UInt8], lexiconName: String = "vader_lexicon.txt", domain: DomainLayer?) throws {
        try addLexicon(bytes: lexiconBytes, name: lexiconName)
        addRules()
        if let domain {
            domainName = domain.name
            for term in domain.terms { addValence(term.text, term.valence, source: .domain) }
        }
        for (word, entry) in words {
            let k = wordIndex.insert(word)
            wordIndex.entries[k] = entry
        }
        inflectionBases = Inflections.basePrefixes(wordIndex)
    }

    // MARK: Building

    /// VADER's format: `token TAB mean-valence TAB sd TAB ratings`; only the first two are
    /// read. Parsed on bytes: 7,500 lines, read at every start.
    mutating func addLexicon(_ text: String, name: String) throws {
        try addLexicon(bytes: Array(text.utf8), name: name)
    }

    /// `addLexicon` on the file's bytes.
    mutating func addLexicon(bytes: [UInt8], name: String) throws {
        var lineNumber = 0
        var i = 0
        while i < bytes.count {
            lineNumber += 1
            var end = i
            while end < bytes.count && bytes[end] != 10 { end += 1 }
            var lineEnd = end
            if lineEnd > i && bytes[lineEnd - 1] == 13 { lineEnd -= 1 }
            defer { i = end + 1 }
            if lineEnd == i { continue }
            var tab = i
            while tab < lineEnd && bytes[tab] != 9 { tab += 1 }
            var valueEnd = tab + 1
            while valueEnd < lineEnd && bytes[valueEnd] != 9 { valueEnd += 1 }
            guard tab > i, tab < lineEnd, let valence = SentimentTerms.number(bytes[(tab + 1)..<valueEnd]), abs(valence) <= 4 else {
                throw WorkbenchError(.format, "\(name):\(lineNumber): expected a term, a tab and a valence between -4 and 4")
            }
            let term = bytes[i..<tab]
            if term.allSatisfy({ $0 &- 97 < 26 || $0 &- 48 < 10 }) {
                // Lower-case letters and digits (most lines): the term is its one form.
                let k = wordIndex.insert(term)
                SentimentTerms.setValence(&wordIndex.entries[k], valence, source: .lexicon)
            } else {
                addValence(String(decoding: term, as: UTF8.self), valence, source: .lexicon)
            }
        }
    }

    /// A decimal number like `-1.5` or `2`, from bytes.
    static func number(_ bytes: ArraySlice<UInt8>) -> Float? {
        var value: Float = 0, scale: Float = 0
        var negative = false, digits = 0
        for (k, b) in bytes.enumerated() {
            if k == 0 && (b == 45 || b == 43) {
                negative = b == 45
            } else if b == 46 && scale == 0 {
                scale = 1
            } else if b &- 48 < 10 {
                value = value * 10 + Float(b - 48)
                if scale > 0 { scale *= 10 }
                digits += 1
            } else {
                return nil
            }
        }
        guard digits > 0 else { return nil }
        if scale > 0 { value /= scale }
        return negative ? -value : value
    }

    /// Sets a term's valence (a word, a phrase or an emoticon), keeping any rule it has.
    mutating func addValence(_ term: String, _ valence: Float, source: TermSource) {
        let forms = SentimentTerms.split(term)
        if forms.isEmpty || SentimentTerms.isEmoticon(term) {
            // Upper and lower case share a key (`:D`, `:d`): the lexicon's first wins.
            let key = term.lowercased()
            if source != .lexicon || emoticons[key] == nil { emoticons[key] = valence }
        } else if forms.count == 1 {
            if source == .lexicon {
                // The lexicon's words go straight to the index (read before any rule).
                let k = wordIndex.insert(forms[0])
                SentimentTerms.setValence(&wordIndex.entries[k], valence, source: source)
            } else {
                let lexicon = wordIndex.entry(forms[0]) ?? TermEntry()
                SentimentTerms.setValence(&words[forms[0], default: lexicon], valence, source: source)
            }
        } else {
            SentimentTerms.setValence(&phrases[forms, default: TermEntry()], valence, source: source)
        }
    }

    private static func setValence(_ entry: inout TermEntry, _ valence: Float, source: TermSource) {
        entry.valence = valence
        entry.source = source
    }

    private mutating func setRole(_ term: String, _ update: (inout TermEntry) -> Void) {
        let forms = SentimentTerms.split(term)
        if forms.count == 1 {
            let lexicon = wordIndex.entry(forms[0]) ?? TermEntry()
            update(&words[forms[0], default: lexicon])
        } else if forms.count > 1 {
            update(&phrases[forms, default: TermEntry()])
        }
    }

    /// Rule words are function words: their lexicon valence (`no` −1.2) is dropped, except
    /// for words that only intensify before a sentiment word (`pretty`).
    private mutating func addRules() {
        func functionWord(_ entry: inout TermEntry) {
            entry.valence = 0
            entry.source = .none
        }
        for word in RuleWords.negators + RuleWords.negatorPhrases + RuleWords.counterfactuals {
            setRole(word) { functionWord(&$0); $0.roles.insert(.negator) }
        }
        for phrase in RuleWords.nonNegatingPhrases {
            setRole(phrase) { functionWord(&$0); $0.roles.insert(.blocksNegation) }
        }
        for (word, intensity) in RuleWords.intensifiers + RuleWords.intensifierPhrases {
            setRole(word) { functionWord(&$0); $0.roles.insert(.intensifier); $0.intensity = intensity }
        }
        for (word, intensity) in RuleWords.intensifiersBeforeSentiment {
            setRole(word) { $0.roles.insert(.intensifierBeforeSentiment); $0.intensity = intensity }
        }
        for (word, factor) in RuleWords.hedges + RuleWords.hedgePhrases {
            setRole(word) { functionWord(&$0); $0.roles.insert(.hedge); $0.hedge = factor }
        }
        for word in RuleWords.contrasts + RuleWords.contrastPhrases {
            setRole(word) { functionWord(&$0); $0.roles.insert(.contrast) }
        }
        for word in RuleWords.clauseStartContrasts {
            setRole(word) { $0.roles.insert(.contrastAtClauseStart) }
        }
        for word in RuleWords.concessives + RuleWords.concessivePhrases {
            setRole(word) { functionWord(&$0); $0.roles.insert(.concessive) }
        }
        for word in RuleWords.clauseBreaks {
            setRole(word) { $0.roles.insert(.clauseBreak) }
        }
        for word in RuleWords.reversers + RuleWords.reverserPhrases {
            setRole(word) { $0.roles.insert(.reverser) }
        }
        for word in RuleWords.invertible {
            setRole(word) { $0.roles.insert(.invertible) }
        }
        for word in RuleWords.auxiliaries {
            setRole(word) { $0.roles.insert(.auxiliary) }
        }
        for word in RuleWords.greetings {
            setRole(word) { $0.roles.insert(.greeting) }
        }
        for word in RuleWords.functionWords {
            setRole(word) { $0.roles.insert(.functionWord) }
        }
        setRole("non") { $0.roles.insert(.prefixNegator) }
        for word in RuleWords.excess {
            setRole(word) { $0.roles.insert(.excess) }
        }
        for word in RuleWords.coordinators {
            setRole(word) { $0.roles.insert(.coordinator) }
        }
        for (phrase, valence) in RuleWords.idioms {
            setRole(phrase) {
                $0.valence = valence
                $0.source = .idiom
            }
        }
        for phrase in RuleWords.neutralPhrases {
            setRole(phrase) { $0 = TermEntry() }
        }
        setRole("nothing short of") { $0.roles = [.intensifier]; $0.intensity = 0.4 }
        setRole("like") { $0.roles.insert(.verbAfterSubject) }
        for word in RuleWords.likeSubjects {
            setRole(word) { $0.roles.insert(.subject) }
        }
    }

    // MARK: Term text

    /// Token forms of a term as the core tokenizer and normaliser would make them: runs of
    /// letters and digits (with apostrophes inside) are words; any other non-space scalar is
    /// a token of its own; lower case, typographic apostrophes and dashes folded.
    static func split(_ term: String) -> [String] {
        if term.utf8.allSatisfy({ $0 < 128 }) { return splitASCII(term) }
        var forms: [String] = []
        var word = ""
        let scalars = Array(term.unicodeScalars)
        func flush() {
            if !word.isEmpty { forms.append(word) }
            word = ""
        }
        for (index, scalar) in scalars.enumerated() {
            let folded = fold(scalar)
            if folded.properties.isAlphabetic || ("0"..."9").contains(folded) {
                word.unicodeScalars.append(contentsOf: folded.properties.lowercaseMapping.unicodeScalars)
            } else if folded == "'", !word.isEmpty, index + 1 < scalars.count, scalars[index + 1].properties.isAlphabetic {
                word.unicodeScalars.append(folded)
            } else if folded.properties.isWhitespace {
                flush()
            } else {
                flush()
                forms.append(String(folded))
            }
        }
        flush()
        return forms
    }

    /// `split` for ASCII terms (nearly all of the lexicon), on bytes.
    private static func splitASCII(_ term: String) -> [String] {
        var forms: [String] = []
        var word: [UInt8] = []
        let bytes = Array(term.utf8)
        func flush() {
            if !word.isEmpty { forms.append(String(decoding: word, as: UTF8.self)) }
            word.removeAll(keepingCapacity: true)
        }
        for (index, b) in bytes.enumerated() {
            if b &- 97 < 26 || b &- 48 < 10 {
                word.append(b)
            } else if b &- 65 < 26 {
                word.append(b + 32)
            } else if b == 39, !word.isEmpty, index + 1 < bytes.count, (bytes[index + 1] | 32) &- 97 < 26 {
                word.append(b)
            } else if b == 32 || b == 9 {
                flush()
            } else {
                flush()
                forms.append(String(UnicodeScalar(b)))
            }
        }
        flush()
        return forms
    }

    private static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x2018, 0x2019, 0x201B, 0x02BC: return "'"
        case 0x2010...0x2015, 0x2212: return "-"
        default: return scalar
        }
    }

    /// A term with a scalar that is neither a letter, a digit, an apostrophe, a hyphen nor a
    /// space: `:)`, `<3`, `:-d`.
    static func isEmoticon(_ term: String) -> Bool {
        if term.utf8.allSatisfy({ $0 < 128 }) {
            return term.utf8.contains { b in !((b | 32) &- 97 < 26 || b &- 48 < 10 || b == 39 || b == 45 || b == 32) }
        }
        return term.unicodeScalars.contains { s in
            !(s.properties.isAlphabetic || ("0"..."9").contains(s) || s == "'" || s == "-" || s == " " || s == "\u{2019}")
        }
    }
}
