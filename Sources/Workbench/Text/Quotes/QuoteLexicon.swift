/// What the quote analysis asks of a word, computed once per vocabulary entry for a whole
/// run: the token loops then test a bit instead of building and hashing a string per token.
struct QuoteLexicon: Sendable {
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt8
        static let cue = Flags(rawValue: 1 << 0)
        static let weakCue = Flags(rawValue: 1 << 1)
        static let determiner = Flags(rawValue: 1 << 2)
        static let according = Flags(rawValue: 1 << 3)
        static let to = Flags(rawValue: 1 << 4)
    }

    /// The normalised form of every vocabulary id.
    let words: [String]
    let flags: [Flags]

    init(_ layer: TokenLayer) {
        let vocabulary = layer.normalizedForms
        var words: [String] = []
        var flags: [Flags] = []
        words.reserveCapacity(vocabulary.count)
        flags.reserveCapacity(vocabulary.count)
        for id in 0..<vocabulary.count {
            let word = vocabulary.string(Int32(id))
            var f: Flags = []
            if SpeechCues.verbs.contains(word) { f.insert(.cue) }
            if SpeechCues.weak.contains(word) { f.insert(.weakCue) }
            if SpeechCues.determiners.contains(word) { f.insert(.determiner) }
            if word == "according" { f.insert(.according) }
            if word == "to" { f.insert(.to) }
            words.append(word)
            flags.append(f)
        }
        self.words = words
        self.flags = flags
    }
}
