import Testing
@testable import Workbench

/// Each text marks every expected sentence with ⟦ ⟧.
@Suite struct SentenceSplittingTests {
    static let cases: [String] = [
        // Titles, months, dotted acronyms and company forms.
        "⟦Mr. Smith met Dr. Jones on Nov. 5 at the U.S. embassy.⟧ ⟦He left.⟧",
        "⟦The firm, Acme Corp., said so to Gen. Allen and Prof. Lee.⟧ ⟦They agreed.⟧",
        "⟦He lives in the U.S.⟧ ⟦The weather is fine there.⟧",
        "⟦Its shares rose at Acme Corp.⟧ ⟦But the market fell.⟧",
        "⟦The attack came at 4 a.m. local time, e.g. before dawn.⟧ ⟦Nobody was hurt.⟧",
        // Initials.
        "⟦J. R. R. Tolkien wrote it.⟧ ⟦George W. Bush read it.⟧",
        // No. before a number, and the word no.
        "⟦He went to No. 10 Downing Street.⟧ ⟦The answer was no.⟧ ⟦No.⟧ ⟦It was not.⟧",
        // Decimals and money.
        "⟦Growth was 3.5 per cent, or $3.5 billion.⟧ ⟦Costs rose to 2,014 at 12:03.⟧",
        // Ellipses.
        "⟦He paused … and went on.⟧ ⟦It was... a mistake.⟧ ⟦Wait...⟧ ⟦The end.⟧",
        // Quotes and brackets after the stop.
        "⟦“We agree,” he said.⟧ ⟦“It is vital.”⟧ ⟦She nodded.⟧",
        "⟦\"Fine.\"⟧ ⟦(This is an aside.)⟧ ⟦Next one.⟧",
        "⟦She spoke of ‘cumulative deterrence.’⟧ ⟦Then she left.⟧",
        // ? and !, and a question inside a sentence.
        "⟦“Why?” he asked.⟧ ⟦Nobody knew!⟧ ⟦Really?⟧ ⟦Yes.⟧",
        // A lower-case word after a stop goes on; a camel-case name starts anew.
        "⟦Prices rose approx. five per cent and fell wk. over wk.⟧ ⟦Sales rose.⟧ ⟦iPhone sales fell.⟧",
        // Addresses keep their dots.
        "⟦Details are at www.nato.int.⟧ ⟦Write to press@nato.int or see nato.int/cps now.⟧",
        // Bullet lines inside one paragraph, then a new paragraph.
        "  ⟦• 15 Nov. 2011 -⟧\n  ⟦• |⟧\n  ⟦• Last updated: 22 Nov. 2011 12:03⟧\n\n⟦Michito Tsuruoka believes it.⟧",
        "⟦Points:⟧\n⟦- first point⟧\n⟦- second point, which wraps\n  onto a new line⟧\n⟦Done.⟧",
        // A dateline line.
        "⟦LONDON, Nov. 15 -⟧\n⟦The talks began.⟧",
        // Paragraph boundaries end sentences, even without a stop.
        "⟦A heading without a stop⟧\n\n⟦Text follows here.⟧\n\n⟦“An open quote that runs on⟧\n\n⟦“and on.”⟧",
        // Hard-wrapped lines are one sentence.
        "⟦This sentence is\nwrapped over two lines.⟧ ⟦Next one.⟧",
    ]

    @Test(arguments: cases)
    func splitsAsMarked(_ marked: String) throws {
        let (found, expected) = try sentenceSpans(marked)
        #expect(found == expected, "\(marked)")
    }

    @Test func sentenceNodesCarryNumberAndParagraph() throws {
        let graph = try analysed("One. Two.\n\nThree.")
        let nodes = graph.nodes("sentence", in: "t")
        #expect(nodes.map { $0["number"] } == [1, 2, 3])
        #expect(nodes.map { $0["paragraph"] } == [1, 1, 2])
        let layer = try #require(graph.payload(of: "sentences", as: SentenceLayer.self))
        let sentences = layer.sentences(in: "t")
        #expect(sentences.count == 3)
        #expect(sentences.tokenRange(1) == 2..<4)
        #expect(sentences.index(atOrAfter: 4) == 1)
    }

    @Test func emptyAndBlankDocumentsHaveNoSentences() throws {
        #expect(try analysed("").nodes("sentence", in: "t").isEmpty)
        #expect(try analysed(" \n\n \n").nodes("sentence", in: "t").isEmpty)
    }
}
