import Foundation
import Testing
import TestSupport
@testable import CooperationPlugin
@testable import Workbench

/// Tagging rules on short texts: cooperation against mere mention, negative cues, names,
/// partners and the implicit speaker; marker tests pin the evidence spans.
@Suite struct TaggingTests {
    /// The evidence spans of the tags of a marked text.
    func evidence(_ marked: String) throws -> (found: [Range<Int>], expected: [Range<Int>], areas: [String]) {
        let (text, expected) = stripMarkers(marked)
        let tags = try coopTags(text)
        let found = tags.flatMap { $0.rules.filter { $0.kind == .cue }.map { $0.start..<$0.end } }
        return (found.sorted { $0.lowerBound < $1.lowerBound }, expected, tags.map(\.area))
    }

    @Test func cooperationCueMakesATag() throws {
        let result = try evidence("Japan and NATO agreed to cooperate on ⟦missile defence⟧ and ⟦counter-terrorism⟧.")
        #expect(result.found == result.expected)
        #expect(result.areas == ["counter-terrorism", "missile-defence"])
    }

    @Test func aMentionIsNoCooperation() throws {
        #expect(try coopAreas("A terrorist attack killed 12 people in Kabul on Monday, police said.") == [])
        #expect(try coopAreas("The earthquake destroyed thousands of homes in the north of the country.") == [])
        #expect(try coopAreas("Oil prices rose on the world markets after the trade figures were published.") == [])
    }

    @Test func negativeCuesCancelTheArea() throws {
        let text = "Faced with its own natural disasters and financial problems, public opinion might not welcome further international engagement."
        #expect(try coopAreas(text) == [])
        // Without the negative phrase, the same disaster wording with a cooperation cue is relief.
        #expect(try coopAreas("Japan and the United States worked together on relief after the natural disasters.")
                == ["humanitarian-disaster", "political-dialogue"])
    }

    @Test func cueWordsInsideNamesDoNotCount() throws {
        #expect(try coopAreas("Taku Ishikawa is Associate Professor in the National Defense Academy’s Department of International Relations.") == [])
    }

    @Test func exactCuesDoNotMatchOtherFormsOfTheStem() throws {
        #expect(try coopAreas("The allies agreed that an intelligent approach was needed.") == [])
        #expect(try coopAreas("The allies agreed to share intelligence on the smuggling networks.") == ["intelligence-sharing"])
    }

    @Test func actorsOnBothSidesCountAsContext() throws {
        let tags = try coopTags("Afghan and coalition forces detained two suspects in Kandahar province.")
        #expect(tags.map(\.area) == ["peace-stabilisation"])
    }

    @Test func partnersAndTheImplicitSpeaker() throws {
        let speech = "We will continue to support the peacekeeping mission in South Sudan together with the African Union."
        let tags = try coopTags(speech, metadata: ["country": "Japan", "speaker": "Mr. ABE"])
        #expect(tags.map(\.area) == ["peace-stabilisation"])
        #expect(tags.first?.partners == ["Japan", "South Sudan", "African Union"])
        // Without speech metadata, "we" names nobody.
        #expect(try coopTags(speech).first?.partners == ["South Sudan", "African Union"])
        #expect(tags.first?.date == "2011-11-15")
    }

    @Test func unitsCutTheTextDifferently() throws {
        let text = "Japan and NATO cooperate closely.\n\nThe allies held joint exercises. Piracy is rising."
        // A paragraph is judged whole: "joint" puts the piracy of the next sentence in context too.
        #expect(try coopTags(text, unit: .paragraph).map { "\($0.start)-\($0.area)" }
                == ["0-political-dialogue", "35-training-interoperability", "35-maritime-security"])
        #expect(try coopTags(text, unit: .doc).map(\.area) == ["training-interoperability", "maritime-security", "political-dialogue"])
        #expect(try coopTags(text, unit: .sentence).map { "\($0.start)-\($0.area)" } == ["0-political-dialogue", "35-training-interoperability"])
    }

    @Test func hardWrappedSpeechLinesAreJoinedIntoParagraphs() {
        let line = "the representatives of the member states have worked on this question for a long"
        let text = (0..<9).map { $0 % 3 == 2 ? "end of it." : line }.joined(separator: "\n")
        let ranges = Passages.paragraphs(Array(text.unicodeScalars))
        #expect(ranges.count == 3)
        // Blank lines split as in the gold's rule; one-line records split at line breaks.
        #expect(Passages.paragraphs(Array("a b\n\n\n c\n".unicodeScalars)) == [0..<3, 7..<8])
        #expect(Passages.paragraphs(Array("first\nsecond".unicodeScalars)) == [0..<5, 6..<12])
    }
}
