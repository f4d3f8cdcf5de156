import Foundation
import Testing
import TestSupport
@testable import Workbench

/// Quote attribution on short texts: `⟦…⟧` marks the quoted words the analysis must find;
/// each case also pins the speaker, the mention it used and the kind.
@Suite struct QuoteAttributionTests {
    struct Found: Equatable, CustomStringConvertible {
        var span: Range<Int>
        var speaker: String?
        var mention: String?
        var kind: String
        var description: String { "\(span) \(speaker ?? "nil") [\(mention ?? "nil")] \(kind)" }
    }

    private func quotes(_ marked: String) throws -> (found: [Found], expected: [Range<Int>]) {
        let (text, expected) = stripMarkers(marked)
        let graph = try analysed(text, [.quotes])
        let found = graph.nodes("quote", in: "t").map { node in
            Found(span: node.span.start..<node.span.end, speaker: node["speaker"].isNull ? nil : node["speaker"].text,
                  mention: node["speaker_text"].isNull ? nil : node["speaker_text"].text, kind: node["kind"].text)
        }
        return (found, expected)
    }

    @Test func cueAfterWithPronounResolvedToThePersonBefore() throws {
        let (found, expected) = try quotes("Michito Tsuruoka believes that ⟦ties matter a great deal⟧. “⟦There is room for more⟧,” he says.")
        #expect(found.map(\.span) == expected)
        #expect(found.map(\.speaker) == ["Michito Tsuruoka", "Michito Tsuruoka"])
        #expect(found.map(\.mention) == ["Michito Tsuruoka", "he"])
        #expect(found.map(\.kind) == ["indirect", "direct"])
    }

    @Test func invertedCueAndSurnameLinking() throws {
        let (found, expected) = try quotes("Talks went on, says Taku Ishikawa, a professor.\n\n“⟦Japan should try harder⟧,” adds Ishikawa.")
        #expect(found.map(\.span).last == expected.last)
        #expect(found.last?.speaker == "Taku Ishikawa")
        #expect(found.last?.mention == "Ishikawa")
    }

    @Test func cueBeforeWithColonAndApposition() throws {
        let (found, expected) = try quotes("Hugh Hill, a doctor at the clinic, said: “⟦We saw forty patients today.⟧”")
        #expect(found.map(\.span) == expected)
        #expect(found.first?.speaker == "Hugh Hill")
    }

    @Test func appositionEndingThePreviousParagraph() throws {
        let (found, expected) = try quotes("Hugh Hill, a doctor, said:\n\n“⟦We saw forty patients today.⟧”")
        #expect(found.map(\.span) == expected)
        #expect(found.first?.speaker == "Hugh Hill")
    }

    @Test func adjacentQuoteSharesTheSpeaker() throws {
        let (found, expected) = try quotes("“⟦We are ready⟧,” the minister said. “⟦We will not wait any longer for them.⟧”")
        #expect(found.map(\.span) == expected)
        #expect(found.map(\.mention) == ["the minister", "the minister"])
        #expect(found.map(\.speaker) == [nil, nil])
    }

    @Test func accordingTo() throws {
        let (found, _) = try quotes("“⟦The border will stay closed for a week⟧,” according to the ministry.")
        #expect(found.first?.mention == "the ministry")
    }

    @Test func missingOpeningMarkAndContinuationAcrossParagraphs() throws {
        let (found, expected) = try quotes("""
            Tsuruoka spoke.

            ⟦Afghanistan is a problem. It is for all of us⟧,” continues Tsuruoka.

            Smith said: “⟦The first part goes on here.⟧

            “⟦And the second part ends here.⟧”
            """)
        #expect(found.map(\.span) == expected)
        #expect(found.map(\.speaker) == ["Tsuruoka", "Smith", "Smith"])
    }

    @Test func mixedQuoteBelongsToTheReporter() throws {
        let (found, expected) = try quotes("Sims says he was “⟦completely undecided⟧” until Haley said she was backing him.")
        #expect(found.map(\.span) == expected)
        #expect(found.first?.mention == "Sims")
        #expect(found.first?.kind == "mixed")
    }

    @Test func participleTakesTheSubject() throws {
        let (found, _) = try quotes("The Vermont senator emailed supporters saying: “We will compete in every state until the end.”")
        #expect(found.first?.mention == "The Vermont senator")
    }

    @Test func scareQuotesAreNotQuotes() throws {
        let (found, _) = try quotes("The so-called “reset” failed, and the “Saturday Night Live” gig was a reward.")
        #expect(found.isEmpty)
    }

    @Test func unattributedQuoteKeepsNullSpeakerAndAReason() throws {
        let graph = try analysed("The sign on the wall read nothing else. “Trust in the force and always buckle up, everyone.”", [.quotes])
        let node = try #require(graph.nodes("quote", in: "t").first)
        #expect(node["speaker"] == .null)
        #expect(node["reason"] == "no cue found")
    }

    /// Quote nodes are columns over the text: attributes, evidence and `said-by` edges are
    /// made when read, sliced out of non-ASCII text at the right places.
    @Test func quoteNodesCarryEvidenceAndSaidByEdges() throws {
        let graph = try analysed("Zürich’s Maria Schmidt spoke. “Café culture is über important,” Schmidt said.", [.quotes])
        let node = try #require(graph.nodes("quote", in: "t").first)
        #expect(node["text"] == "Café culture is über important")
        #expect(node["speaker"] == "Maria Schmidt")
        #expect(node["speaker_text"] == "Schmidt")
        #expect(node["cue"] == "said")
        let cue = Span(unchecked: "t", node["cue_start"].number.map { Int($0) } ?? -1, node["cue_end"].number.map { Int($0) } ?? -1)
        let speaker = Span(unchecked: "t", node["speaker_start"].number.map { Int($0) } ?? -1, node["speaker_end"].number.map { Int($0) } ?? -1)
        #expect(node.provenance.evidence == [cue, speaker])
        let saidBy = graph.edges("said-by")
        #expect(saidBy.count == 1)
        #expect(saidBy.first?.from == node.id)
        #expect(saidBy.first?.provenance.evidence == [cue, speaker])
        #expect(graph.node(saidBy.first?.to ?? NodeID(0))?["name"] == "Maria Schmidt")
    }

    @Test func seedQuotesAndSpeakersArePinned() throws {
        let (output, errors) = try runTextScript("load '\(seedPath)'\nquotes --kind direct --format csv | select start end speaker speaker_text cue\n")
        #expect(errors.isEmpty)
        #expect(output == """
            start,end,speaker,speaker_text,cue\r
            559,629,Michito Tsuruoka,he,says\r
            642,790,Michito Tsuruoka,he,\r
            1432,1735,Michito Tsuruoka,Tsuruoka,continues\r
            2109,2456,Taku Ishikawa,he,says\r
            2470,2767,Taku Ishikawa,Ishikawa,adds\r
            2949,3066,Michito Tsuruoka,he,explains\r
            3083,3424,Michito Tsuruoka,he,\r
            3721,3804,Taku Ishikawa,Ishikawa,adds\r
            3891,4042,Taku Ishikawa,Ishikawa,\r

            """)
    }

    @Test func seedIndirectSpeech() throws {
        let (output, _) = try runTextScript("load '\(seedPath)'\nquotes --kind indirect --format tsv | select speaker cue text\n")
        #expect(output == """
            speaker\tcue\ttext
            Michito Tsuruoka\tbelieves\tfostering relations and understanding between the Alliance and his home country of Japan is vital
            Taku Ishikawa\tsays\tFaced with its own natural disasters and financial problems however, Japanese public opinion might not welcome further international engagement
            Taku Ishikawa\tagrees\tgreater cooperation would strengthen Japan’s political role
            Michito Tsuruoka\texplains\tFinancial limitations and establishing a post-Afghanistan relationship are the challenges for future NATO-Japan relations
            Michito Tsuruoka\tsays\tIn a world where there are global challenges, such as terrorism, this is increasingly important

            """)
    }
}
