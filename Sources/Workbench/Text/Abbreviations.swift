/// The abbreviations whose full stop belongs to the word, and the words that may start a
/// sentence after one. Kept as a documented table here (not a resource file) so that it is
/// compiled in, reviewed with the code, and needs no bundle lookup at run time.
///
/// Matching is case-sensitive: `Dr.` is a title, `dr.` is not; list each casing in use.
/// Dotted acronyms (`U.S.`, `e.g.`, `Ph.D.`) and single capital initials (`J.`) need no
/// entry: the tokenizer recognises their shape.
enum Abbreviations {
    /// How an abbreviation's full stop behaves at a possible sentence end.
    enum Kind: Sendable {
        /// Comes before a name and never ends a sentence: `Dr. Smith`, `Gen. Allen`.
        case title
        /// Keeps its stop only before a number, and then never ends a sentence: `No. 10`,
        /// `Art. 5`. Elsewhere `No.` is the word "no" and a full stop.
        case beforeNumber
        /// Ends a sentence only when a typical sentence opener follows (`in the U.S. The …`
        /// ends; `the U.S. Senate` and `15 Nov. 2011` do not).
        case mayEnd
    }

    /// Lookup by the word's letters (without the stop).
    static func kind(of word: String) -> Kind? { table[word] }

    /// Lookup by the scalars `s[start..<end]`, without making a string: every entry is ASCII
    /// and at most 8 letters, so a word packs into one integer key.
    static func kind(of s: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> Kind? {
        guard end - start <= 8, let key = packed(s, start, end) else { return nil }
        return packedTable[key]
    }

    @inline(__always)
    private static func packed(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> UInt64? {
        var key: UInt64 = 0
        var i = start
        while i < end {
            let v = s[i].value
            guard v < 128 else { return nil }
            key = key << 8 | UInt64(v)
            i += 1
        }
        return key
    }

    private static let packedTable: [UInt64: Kind] = {
        var packed: [UInt64: Kind] = [:]
        for (word, kind) in table {
            let scalars = Array(word.unicodeScalars)
            precondition(scalars.count <= 8 && scalars.allSatisfy(\.isASCII), "abbreviation '\(word)' must be ASCII, 8 letters at most")
            let key = scalars.withUnsafeBufferPointer { Abbreviations.packed($0, 0, $0.count) }
            packed[key!] = kind
        }
        return packed
    }()

    static let table: [String: Kind] = {
        var table: [String: Kind] = [:]
        for word in titles { table[word] = .title }
        for word in beforeNumber { table[word] = .beforeNumber }
        for word in mayEnd { table[word] = .mayEnd }
        return table
    }()

    /// Titles and honorifics, civil and military.
    static let titles: [String] = [
        "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Messrs", "Mme", "Mlle", "Rev", "Revd", "Fr", "Hon", "Rt",
        "Sen", "Rep", "Reps", "Gov", "Pres", "Amb", "Supt", "Insp", "Det", "Sgt", "Cpl", "Pte", "Pvt",
        "Lt", "Capt", "Cmdr", "Cdr", "Col", "Maj", "Gen", "Brig", "Adm", "Cmdt", "Lieut",
    ]

    /// Words abbreviated before a number.
    static let beforeNumber: [String] = [
        "No", "Nos", "no", "nos", "Art", "art", "Vol", "vol", "Vols", "p", "pp", "Ch", "ch", "Fig", "fig",
        "Sec", "sec", "Para", "para", "Nr", "nr", "Tel", "tel", "Ex", "Op",
    ]

    /// Months, company forms, places, and Latin and scholarly abbreviations.
    static let mayEnd: [String] = [
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Inc", "Corp", "Co", "Ltd", "Bros", "Plc", "Jr", "Sr", "Snr", "Jnr", "Esq",
        "St", "Ste", "Ave", "Rd", "Blvd", "Mt", "Ft", "Pt", "Dept", "Univ", "Assn", "Intl",
        "etc", "vs", "cf", "al", "approx", "est", "incl", "excl", "ca", "viz", "ibid",
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky",
        "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa",
        "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
    ]

    /// Lower-cased words that, capitalised, typically open a sentence: after a `mayEnd`
    /// abbreviation or an ellipsis, one of these (or an opening quote) means a new sentence.
    static let sentenceStarters: Set<String> = [
        "a", "an", "the", "this", "that", "these", "those", "there", "here",
        "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "my", "your",
        "but", "and", "or", "so", "yet", "however", "meanwhile", "moreover", "still", "also", "then",
        "now", "thus", "therefore", "instead", "indeed", "although", "though", "while", "when",
        "after", "before", "since", "if", "as", "in", "on", "at", "for", "from", "by", "with", "under",
        "what", "why", "how", "who", "where", "which", "some", "many", "most", "all", "one", "both",
        "each", "no", "not", "last", "earlier", "later", "yesterday", "today", "tomorrow", "officials",
    ]
}
