import Foundation

/// How gazetteer phrases become the lowercased word sequences that lookups match.
///
/// Callers match on words they have lowercased themselves; `words(_:)` is the reference for
/// what a word is here: the phrase is lowercased, curly apostrophes become `'`, Unicode hyphens
/// become `-`, words are separated by whitespace, and a comma ending a word is a word of its own
/// (`Washington, D.C.` → `washington`, `,`, `d.c.`). Full stops and inner hyphens stay inside
/// their word (`u.s.`, `guinea-bissau`).
///
/// Because tokenisers differ, each data phrase is indexed under a few spellings (`variants`):
/// hyphenated words also split into `part`, `-`, `part`; possessives into `word`, `'s`
/// (`people's`); abbreviations also without their final
/// full stop (`dr.` and `dr`); accented letters also without accents (`são tomé`, `sao tome`).
public enum GazetteerText {
    /// The lowercased words of `phrase`, as the gazetteer indexes them.
    public static func words(_ phrase: String) -> [String] {
        var result: [String] = []
        var word = String.UnicodeScalarView()
        func finish() {
            guard !word.isEmpty else { return }
            if word.count > 1, word.last == "," {
                word.removeLast()
                result.append(String(word))
                result.append(",")
            } else {
                result.append(String(word))
            }
            word = String.UnicodeScalarView()
        }
        for scalar in phrase.unicodeScalars {
            let isWhitespace = scalar.isASCII ? (scalar == " " || ("\t"..."\r").contains(scalar)) : scalar.properties.isWhitespace
            if isWhitespace { finish() } else { appendNormalized(scalar, to: &word) }
        }
        finish()
        return result
    }

    /// One word lowercased with apostrophes and hyphens folded: the form lookups expect.
    public static func normalize(_ word: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in word.unicodeScalars { appendNormalized(scalar, to: &scalars) }
        return String(scalars)
    }

    /// Appends `scalar` lowercased, with curly apostrophes as `'` and Unicode hyphens as `-`.
    private static func appendNormalized(_ scalar: Unicode.Scalar, to scalars: inout String.UnicodeScalarView) {
        switch scalar.value {
        case 0x41...0x5A: scalars.append(Unicode.Scalar(UInt8(scalar.value + 0x20)))
        case 0...0x7F where scalar != "`": scalars.append(scalar)
        case 0x2019, 0x2018, 0x02BC, 0x60, 0xB4: scalars.append("'")
        case 0x2010...0x2013: scalars.append("-")
        default: scalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
        }
    }

    /// The spellings under which the phrase with these words is indexed, the given one first.
    static func variants(of words: [String]) -> [[String]] {
        // Most phrases have nothing any transform changes: no hyphen, possessive, final full
        // stop or non-ASCII letter. Then the phrase is its only spelling.
        let mayChange = words.contains { word in
            word.utf8.contains { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "'") || $0 >= 0x80 } || word.utf8.last == UInt8(ascii: ".")
        }
        if !mayChange { return [words] }
        var all: [[String]] = [words]
        var seen: Set<[String]> = [words]
        let transforms: [([String]) -> [String]] = [splitHyphens, splitPossessives, dropAbbreviationStops, foldDiacritics]
        for transform in transforms {
            for variant in all {
                let changed = transform(variant)
                if seen.insert(changed).inserted { all.append(changed) }
            }
        }
        return all
    }

    /// `mazar-e-sharif` → `mazar`, `-`, `e`, `-`, `sharif`.
    private static func splitHyphens(_ words: [String]) -> [String] {
        var result: [String] = []
        for word in words {
            let parts = word.split(separator: "-", omittingEmptySubsequences: false)
            if parts.count > 1, !parts.contains(where: \.isEmpty) {
                for (index, part) in parts.enumerated() {
                    if index > 0 { result.append("-") }
                    result.append(String(part))
                }
            } else {
                result.append(word)
            }
        }
        return result
    }

    /// `people's` → `people`, `'s`: the Penn Treebank convention most tokenisers follow.
    private static func splitPossessives(_ words: [String]) -> [String] {
        var result: [String] = []
        for word in words {
            if word.count > 2, word.hasSuffix("'s") {
                result.append(String(word.dropLast(2)))
                result.append("'s")
            } else {
                result.append(word)
            }
        }
        return result
    }

    /// `dr.` → `dr`, `u.s.` → `u.s`: tokenisers disagree on whether the stop belongs to the word.
    private static func dropAbbreviationStops(_ words: [String]) -> [String] {
        words.map { word in
            word.count > 1 && word.hasSuffix(".") ? String(word.dropLast()) : word
        }
    }

    /// `são` → `sao`, `łódź` → `lodz`: texts often drop accents.
    private static func foldDiacritics(_ words: [String]) -> [String] {
        words.map(foldDiacritics)
    }

    static func foldDiacritics(_ word: String) -> String {
        guard word.unicodeScalars.contains(where: { !$0.isASCII }) else { return word }
        var scalars = String.UnicodeScalarView()
        for scalar in word.decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            switch scalar {
            case "ł": scalars.append("l")
            case "ø": scalars.append("o")
            case "đ": scalars.append("d")
            case "ı": scalars.append("i")
            case "ß": scalars.append(contentsOf: "ss".unicodeScalars)
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}
