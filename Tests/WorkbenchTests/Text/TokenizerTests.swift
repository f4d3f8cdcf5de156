import Testing
import TestSupport
@testable import Workbench

/// Each text marks every expected token with ⟦ ⟧.
@Suite struct TokenizerTests {
    static let cases: [String] = [
        "⟦Japan⟧⟦’s⟧ ⟦NATO⟧⟦-⟧⟦Japan⟧ ⟦don’t⟧ ⟦O'Brien⟧ ⟦Allies⟧⟦’⟧ ⟦plans⟧⟦.⟧",
        "⟦$⟧⟦3.5⟧ ⟦billion⟧⟦,⟧ ⟦2,014⟧ ⟦12:03⟧ ⟦9/11⟧ ⟦1990s⟧ ⟦£⟧⟦1.13bn⟧ ⟦50⟧⟦%⟧",
        "⟦U.S.⟧ ⟦Nov.⟧ ⟦Dr.⟧ ⟦J.⟧ ⟦No.⟧ ⟦10⟧ ⟦no⟧⟦.⟧ ⟦e.g.⟧ ⟦Ph.D.⟧ ⟦AT&T⟧ ⟦end⟧⟦.⟧⟦The⟧",
        "⟦…⟧ ⟦...⟧ ⟦wait⟧⟦....⟧ ⟦--⟧ ⟦—⟧ ⟦“⟧⟦Yes⟧⟦,⟧⟦”⟧ ⟦(⟧⟦a⟧⟦)⟧",
        "⟦https://www.nato.int/cps/en/natohq/news.htm⟧⟦.⟧ ⟦(⟧⟦www.bbc.co.uk⟧⟦)⟧ ⟦press@nato.int⟧⟦,⟧ ⟦nato.int⟧ ⟦said⟧⟦.⟧⟦In⟧",
        "⟦café⟧ ⟦Zürich⟧⟦’s⟧ ⟦naïve⟧ ⟦•⟧ ⟦|⟧",
    ]

    @Test(arguments: cases)
    func tokenizesAsMarked(_ marked: String) throws {
        let (text, expected) = stripMarkers(marked)
        let (_, tokens) = try tokenized(text)
        #expect(tokens.indices.map { Int(tokens.starts[$0])..<Int(tokens.ends[$0]) } == expected, "\(marked)")
    }

    /// Lengths are kept in a byte; a token of 255 scalars or more keeps its end apart.
    @Test func longTokensKeepTheirEnds() throws {
        let long = "https://example.org/" + String(repeating: "a", count: 300)
        let (_, tokens) = try tokenized("see \(long) and x\(String(repeating: "b", count: 254))")
        #expect(tokens.indices.map { Int(tokens.starts[$0])..<Int(tokens.ends[$0]) } == [0..<3, 4..<324, 325..<328, 329..<584])
        #expect(tokens.firstIndex(endingAfter: 323) == 1)
        #expect(tokens.firstIndex(endingAfter: 324) == 2)
    }

    /// Starts are kept in 16 bits until a token starts past 65,535 scalars; then in 32.
    @Test func startsPastSixteenBits() throws {
        let (_, tokens) = try tokenized(String(repeating: "ab ", count: 30_000))
        #expect(tokens.count == 30_000)
        #expect(tokens.starts[21_845] == 65_535 && tokens.starts[21_846] == 65_538)
        #expect(tokens.starts.last == 89_997 && tokens.ends.last == 89_999)
        #expect(tokens.indices.allSatisfy { tokens.start($0) == Int32(3 * $0) && tokens.end($0) == Int32(3 * $0 + 2) })
    }

    @Test func classes() throws {
        let (_, tokens) = try tokenized("Japan’s $3.5 U.S. , https://x.org a@b.com")
        #expect(tokens.classes == [.word, .possessive, .symbol, .number, .abbreviation, .punctuation, .url, .email])
    }

    @Test func normalisedFormsFoldCaseQuotesAndDashes() throws {
        let (layer, tokens) = try tokenized("Japan’s DON’T “Quote” non‑combat — … Zürich")
        #expect(tokens.normalized.map(layer.normalized) == ["japan", "'s", "don't", "\"", "quote", "\"", "non", "-", "combat", "-", "...", "zürich"])
    }

    @Test func stemsJoinWordFamilies() throws {
        let (layer, tokens) = try tokenized("cooperation cooperate cooperating Cooperates 3.5 U.S.")
        let stems = tokens.stems.map(layer.stem)
        #expect(stems == ["cooper", "cooper", "cooper", "cooper", "3.5", "u.s."])
        #expect(Set(tokens.stems).count == 3)
        #expect(layer.stemOfNormalized[Int(tokens.normalized[0])] == tokens.stems[0])
    }

    @Test func flagsRecordCaseSpacingAndLines() throws {
        let (_, tokens) = try tokenized("The U.S.\nDr. x")
        #expect(tokens.flags[0] == [.capitalized, .lineStart, .spaceBefore])
        #expect(tokens.flags[1] == [.capitalized, .spaceBefore, .mayEndSentence])
        #expect(tokens.flags[2] == [.capitalized, .lineStart, .spaceBefore])
        #expect(tokens.flags[3] == [.lowercase, .spaceBefore])
    }

    @Test func layerLooksUpFormsAndStems() throws {
        let (layer, tokens) = try tokenized("Defence defences")
        #expect(tokens.count == 2)
        #expect(layer.normalizedID(of: "defence") == tokens.normalized[0])
        #expect(layer.stemID(of: "defenc") == tokens.stems[1])
        #expect(layer.tokens(in: "missing").isEmpty)
        #expect(tokens[1] == TextToken(start: 8, end: 16, tokenClass: .word, flags: [.lowercase, .spaceBefore],
                                      normalized: tokens.normalized[1], stem: tokens.stems[0]))
    }

    @Test func vocabularyInternsAndGrows() {
        var vocabulary = Vocabulary()
        let ids = (0..<5000).map { vocabulary.intern(Array("w\($0)".utf8)) }
        #expect(ids == (0..<5000).map(Int32.init))
        #expect(vocabulary.intern(Array("w42".utf8)) == 42)
        #expect(vocabulary.string(4999) == "w4999")
        #expect(vocabulary.id(of: "w7") == 7 && vocabulary.id(of: "nope") == nil)
        #expect(vocabulary.string(-1) == "" && vocabulary.string(5000) == "")
    }

    @Test func stemmerCachesAndHandlesUTF8() throws {
        let stemmer = try Stemmer()
        #expect(stemmer.stem("cooperation") == "cooper")
        #expect(stemmer.stem("cooperation") == "cooper")
        #expect(stemmer.stem("") == "")
        #expect(throws: WorkbenchError.self) { try Stemmer(language: "klingon") }
    }
}

@Suite struct ScalarDecoderTests {
    @Test func roundTripsEveryUTF8Length() {
        let text = "a é ’ 日本 😀 e\u{301}\r\n"
        let scalars = ScalarDecoder.scalars(of: text)
        #expect(scalars == Array(text.unicodeScalars))
        #expect(ScalarDecoder.string(scalars[...]) == text)
        #expect(ScalarText(text).slice(2, 9) == "é ’ 日本 ")
        #expect(ScalarDecoder.scalars(of: "").isEmpty)
    }
}
