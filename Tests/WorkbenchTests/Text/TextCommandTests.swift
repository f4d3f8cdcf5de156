import Foundation
import Testing
import TestSupport
@testable import Workbench

/// Exact outputs of `sentences`, `kwic`, `freq` and `context` on the seed article.
@Suite struct TextCommandTests {
    let load = "load '\(seedPath)'\n"

    @Test func seedHasThirtySentences() throws {
        let (output, errors) = try runTextScript(load + "sentences | count --format csv\n")
        #expect(errors == "")
        #expect(output == "count\r\n30\r\n")
    }

    @Test func seedSentencesPinned() throws {
        let (output, errors) = try runTextScript(load + "sentences | where sentence <= 4 --format csv\nsentences | where sentence >= 22 | where sentence <= 23 | select sentence paragraph start end --format csv\n")
        #expect(errors == "")
        #expect(output == """
            doc,sentence,paragraph,start,end,text\r
            000_4c1ae4e712800ec5,1,1,0,51,Opening the doors for future NATO-Japan cooperation\r
            000_4c1ae4e712800ec5,2,2,55,71,• 15 Nov. 2011 -\r
            000_4c1ae4e712800ec5,3,2,74,77,• |\r
            000_4c1ae4e712800ec5,4,2,80,114,• Last updated: 22 Nov. 2011 12:03\r
            sentence,paragraph,start,end\r
            22,12,2948,3081\r
            23,12,3082,3176\r

            """)
        let graph = try analysedSeed()
        let text = ScalarText(try #require(graph.document("000_4c1ae4e712800ec5")).text)
        let sentences = graph.nodes("sentence", in: "000_4c1ae4e712800ec5").map { text.slice($0.span.start, $0.span.end) }
        #expect(sentences[6] == "“There is much more room for further cooperation between Japan and NATO,” he says.")
        #expect(sentences[7] == "“But we are still at an initial phase and what we have to do first is to understand better what we are doing respectively in areas of mutual concern.”")
        #expect(sentences[10] == "Along with contributing more than $3 billion in aid to Afghanistan, Japanese experts bring unparalleled experience of working in difficult areas and are valuable partners in the region.")
        #expect(sentences[29] == "“Although I personally have little influence in policy, I will try to suggest the possibility of cooperation with NATO whenever I get a fit opportunity.")
    }

    @Test func kwicDefence() throws {
        let (output, errors) = try runTextScript(load + "kwic defence --format csv\n")
        #expect(errors == "")
        #expect(output == """
            doc,start,end,left,match,right\r
            000_4c1ae4e712800ec5,305,312,ellow at Japan’s National Institute for ,Defence," Studies in Tokyo, he was part of a grou"\r
            000_4c1ae4e712800ec5,524,531,from increasing partnerships to missile ,defence, with Alliance officials.  “There is muc\r
            000_4c1ae4e712800ec5,2553,2560,increase the visibility of the Security ,Defence, Force engaging in international coopera\r
            000_4c1ae4e712800ec5,3320,3327,onal cooperation. What NATO calls Smart ,Defence, offers many interesting possibilities i\r

            """)
    }

    @Test func kwicByStemFindsTheWordFamilyAndPhrases() throws {
        let (output, errors) = try runTextScript(load + """
            kwic cooperate | count --format csv
            kwic cooperate --by word | count --format csv
            kwic "missile defence" --width 8 --format csv
            kwic non-combat | count --format csv
            kwic NATO | count --format csv

            """)
        #expect(errors == "")
        #expect(output == "count\r\n11\r\ncount\r\n0\r\ndoc,start,end,left,match,right\r\n000_4c1ae4e712800ec5,516,531,hips to ,missile defence, with Al\r\ncount\r\n2\r\ncount\r\n13\r\n")
    }

    @Test func freqTopFiveWithoutStopWords() throws {
        let (output, errors) = try runTextScript(load + "freq --top 5 --stopwords --format csv\nfreq --by word --top 3 --format csv\n")
        #expect(errors == "")
        #expect(output == """
            term,count,documents,forms\r
            japan,16,1,japan\r
            nato,13,1,nato\r
            cooper,11,1,"cooperation, cooperates"\r
            afghanistan,8,1,afghanistan\r
            increas,5,1,"increase, increasingly, increasing"\r
            term,count,documents\r
            and,21,1\r
            in,21,1\r
            the,20,1\r

            """)
    }

    @Test func contextMarksTheRowInItsSentences() throws {
        let (output, errors) = try runTextScript(load + "kwic 'missile defence' | context --format csv\nkwic Ishikawa | context 2 --sentences 1 | select row sentence start end --format csv\n")
        #expect(errors == "")
        #expect(output == """
            row,doc,sentence,start,end,text\r
            1,000_4c1ae4e712800ec5,6,246,556,"A Senior Research Fellow at Japan’s National Institute for Defence Studies in Tokyo, he was part of a group of fellow Japanese academics and think-tankers who recently spent a couple of days at NATO Headquarters discussing issues ranging from increasing partnerships to ⟦missile defence⟧ with Alliance officials."\r
            row,sentence,start,end\r
            2,15,1759,2208\r

            """)
    }

    @Test func contextErrorsNameTheRow() throws {
        let (_, outOfRange) = try runTextScript(load + "kwic defence | context 9\n")
        #expect(outOfRange.contains("error: no row 9 in table 'kwic'"))
        #expect(outOfRange.contains("hint: rows are numbered 1 to 4"))
        let (_, noSpan) = try runTextScript(load + "freq | context 1\n")
        #expect(noSpan.contains("error: row 1 of table 'freq' points at no text"))
        let (_, punctuation) = try runTextScript(load + "kwic ','\n")
        #expect(punctuation.contains("error: the term ',' has no word in it"))
    }

    private func analysedSeed() throws -> CorpusGraph {
        var graph = CorpusGraph()
        let text = try String(contentsOfFile: seedPath, encoding: .utf8)
        try graph.add(Document(id: "000_4c1ae4e712800ec5", text: text))
        let workbench = try Workbench(plugins: [])
        try workbench.engine.ensure([.sentences], in: &graph, settings: workbench.defaultSettings)
        return graph
    }
}
