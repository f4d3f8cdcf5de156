import Foundation

/// What a normalised form is to the recogniser, as bits: closed-class lists and name lists.
struct WordFacts: OptionSet, Sendable {
    let rawValue: UInt16
    static let connector = WordFacts(rawValue: 1 << 0)
    static let particle = WordFacts(rawValue: 1 << 1)
    /// A stop word or sentence adverb: never a name by itself.
    static let neverName = WordFacts(rawValue: 1 << 2)
    static let speechVerb = WordFacts(rawValue: 1 << 3)
    static let personPronoun = WordFacts(rawValue: 1 << 4)
    static let determiner = WordFacts(rawValue: 1 << 5)
    static let affiliation = WordFacts(rawValue: 1 << 6)
    static let roleModifier = WordFacts(rawValue: 1 << 7)
    /// Months, weekdays and other capitalised non-entities.
    static let nonEntity = WordFacts(rawValue: 1 << 8)
    static let givenName = WordFacts(rawValue: 1 << 9)
    /// Starts a gazetteer name, a title, an organisation cue, a place cue.
    static let startsName = WordFacts(rawValue: 1 << 10)
    static let startsTitle = WordFacts(rawValue: 1 << 11)
    static let startsCue = WordFacts(rawValue: 1 << 12)
    static let startsPlaceCue = WordFacts(rawValue: 1 << 13)
}

/// Facts about every normalised form of the corpus, computed once per run so that the
/// per-token work is array reads by id, never string comparisons or hashing.
///
/// Besides the word lists it counts, corpus-wide, how often each form is written lowercase
/// and how often capitalised in mid-sentence: a word mostly seen lowercase ("defence",
/// "time") is a common word even when capitalised, a word never seen lowercase
/// ("Tsuruoka") is name-like.
struct EntityVocabulary: Sendable {
    /// The normalised form of every id, made once: gazetteer lookups take strings.
    let forms: [String]
    let facts: [WordFacts]
    let lowercaseCount: [Int32]
    let capitalizedCount: [Int32]

    init(layer: TokenLayer, sentences: SentenceLayer, documents: [Document], givenNames: Set<String>, gazetteer: Gazetteer) {
        let count = layer.normalizedForms.count
        var forms: [String] = []
        forms.reserveCapacity(count)
        for id in 0..<count { forms.append(layer.normalized(Int32(id))) }
        var facts = [WordFacts](repeating: [], count: count)
        func mark(_ words: [String], _ fact: WordFacts) {
            for word in words { if let id = layer.normalizedID(of: word) { facts[Int(id)].insert(fact) } }
        }
        mark(EntityWords.connectors, .connector)
        mark(EntityWords.particles, .particle)
        mark(StopWords.english, .neverName)
        mark(EntityWords.sentenceWords, .neverName)
        mark(EntityWords.speechVerbs, .speechVerb)
        mark(EntityWords.personPronouns, .personPronoun)
        mark(EntityWords.determiners, .determiner)
        mark(EntityWords.affiliations, .affiliation)
        mark(EntityWords.roleModifiers, .roleModifier)
        mark(EntityWords.calendar, .nonEntity)
        mark(EntityWords.nonEntities, .nonEntity)
        mark(Array(givenNames), .givenName)
        // Which forms start a gazetteer phrase. Phrases start with a word or an abbreviation,
        // so punctuation and numbers are skipped. ASCII forms are marked from the gazetteer's
        // side (its first words are far fewer than the corpus' forms), by bytes; a first word
        // that is not ASCII can still equal an ASCII form as a `String` (canonical
        // equivalence), so it is looked up in its composed form. Other forms ask the
        // gazetteer one by one, as strings.
        func markStarts(_ words: [String], _ fact: WordFacts) {
            for word in words {
                let composed = word.utf8.allSatisfy { $0 < 0x80 } ? word : word.precomposedStringWithCanonicalMapping
                guard composed.utf8.allSatisfy({ $0 < 0x80 }), let first = composed.utf8.first, first >= 0x41 || first == 0x26 else { continue }
                if let id = layer.normalizedID(of: composed) { facts[Int(id)].insert(fact) }
            }
        }
        markStarts(gazetteer.nameFirstWords, .startsName)
        markStarts(gazetteer.titleFirstWords, .startsTitle)
        markStarts(gazetteer.organizationCueFirstWords, .startsCue)
        markStarts(gazetteer.placeCueFirstWords, .startsPlaceCue)
        for id in 0..<count {
            let form = forms[id]
            guard let first = form.utf8.first, first >= 0x41 || first == 0x26, form.utf8.contains(where: { $0 >= 0x80 }) else { continue }
            if gazetteer.startsName(form) { facts[id].insert(.startsName) }
            if gazetteer.startsTitle(form) { facts[id].insert(.startsTitle) }
            if gazetteer.startsOrganizationCue(form) { facts[id].insert(.startsCue) }
            if gazetteer.startsPlaceCue(form) { facts[id].insert(.startsPlaceCue) }
        }

        var lower = [Int32](repeating: 0, count: count)
        var upper = [Int32](repeating: 0, count: count)
        for document in documents {
            let tokens = layer.tokens(in: document.id)
            let split = sentences.sentences(in: document.id)
            for s in 0..<split.count {
                let range = split.tokenRange(s)
                var first = true
                for i in range where tokens.classes[i] == .word {
                    let id = Int(tokens.normalized[i]), flags = tokens.flags[i]
                    if flags.contains(.lowercase) {
                        lower[id] &+= 1
                    } else if flags.contains(.capitalized) && !first && !flags.contains(.lineStart) {
                        upper[id] &+= 1
                    }
                    first = false
                }
            }
        }
        self.forms = forms
        self.facts = facts
        self.lowercaseCount = lower
        self.capitalizedCount = upper
    }

    @inline(__always) func has(_ id: Int32, _ fact: WordFacts) -> Bool { facts[Int(id)].contains(fact) }

    /// Written lowercase in the corpus often enough to be a common word: at least once, and
    /// at least a tenth as often as capitalised in mid-sentence.
    @inline(__always) func isCommonWord(_ id: Int32) -> Bool {
        let lower = lowercaseCount[Int(id)]
        return lower > 0 && lower &* 10 >= capitalizedCount[Int(id)]
    }
}
