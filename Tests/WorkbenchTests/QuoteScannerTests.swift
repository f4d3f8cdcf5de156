import Testing
import TestSupport
@testable import Workbench

@Suite struct QuoteScannerTests {
    private func scan(_ marked: String) -> (expected: [Range<Int>], found: [QuoteScanner.Passage]) {
        let (text, spans) = stripMarkers(marked)
        let scalars = Array(text.unicodeScalars)
        let paragraphs = ParagraphAnalysis.paragraphRanges(scalars)
        return (spans, QuoteScanner(scalars: scalars).passages(paragraphs: paragraphs))
    }

    @Test func curlyAndStraightMarks() {
        let (expected, found) = scan("“⟦Curly words⟧,” he said. \"⟦Straight ones.⟧\" «⟦Guillemets⟧»")
        #expect(found.map { $0.start..<$0.end } == expected)
    }

    @Test func nestedSingleQuotesAndApostrophesStayInside() {
        let (expected, found) = scan("“⟦Japan’s own ‘selective engagement’ works⟧,” he says.")
        #expect(found.map { $0.start..<$0.end } == expected)
    }

    @Test func missingOpeningMarkStartsAtTheParagraph() {
        let (expected, found) = scan("First.\n\n⟦Afghanistan is not a problem. It is in Japan’s interest⟧,” continues Tsuruoka.")
        #expect(found.map { $0.start..<$0.end } == expected)
        #expect(found.first?.openMark == nil)
    }

    @Test func missingClosingMarkEndsWithTheParagraph() {
        let (expected, found) = scan("“⟦I’ve found the door open⟧,” adds Ishikawa. “⟦I will try whenever I can.⟧\n\nNext paragraph.")
        #expect(found.map { $0.start..<$0.end } == expected)
        #expect(found.last?.closeMark == nil && found.last?.continuesToNext == false)
    }

    @Test func quoteContinuesAcrossParagraphs() {
        let (expected, found) = scan("He said: “⟦First part.⟧\n\n“⟦Second part.⟧”\n\nAfter.")
        #expect(found.map { $0.start..<$0.end } == expected)
        #expect(found.map(\.continuesToNext) == [true, false])
        #expect(found.map(\.continuesFromPrevious) == [false, true])
    }

    @Test func newOpeningWhileOpenClosesThePrevious() {
        let (expected, found) = scan("“⟦One without end⟧ “⟦two with end⟧” said X.")
        #expect(found.map { $0.start..<$0.end } == expected)
    }

    @Test func seedArticleHasNineQuotedPassages() throws {
        let text = try String(contentsOf: DocsTests.root.appendingPathComponent("seeds/000_4c1ae4e712800ec5.txt"), encoding: .utf8)
        let scalars = Array(text.unicodeScalars)
        let found = QuoteScanner(scalars: scalars).passages(paragraphs: ParagraphAnalysis.paragraphRanges(scalars))
        let texts = found.map { ScalarText(text).slice($0.start, $0.end) }
        #expect(texts.count == 9)
        #expect(texts.first == "There is much more room for further cooperation between Japan and NATO")
        #expect(texts[2].hasPrefix("Afghanistan is not particularly seen as a security problem"))
        #expect(texts[2].hasSuffix("cooperates where possible"))
        #expect(texts.last == "Although I personally have little influence in policy, I will try to suggest the possibility of cooperation with NATO whenever I get a fit opportunity.")
    }
}
