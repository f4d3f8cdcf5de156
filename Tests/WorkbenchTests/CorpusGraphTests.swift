import Testing
import TestSupport
@testable import Workbench

@Suite struct CorpusGraphTests {
    private func graph() throws -> CorpusGraph {
        var g = CorpusGraph()
        try g.add(Document(id: "z", text: "0123456789"))
        try g.add(Document(id: "a", text: "abcdef"))
        return g
    }

    @Test func nodeIDsAreUniqueAcrossLayers() throws {
        var g = try graph()
        var first = g.makeOutput(for: "one")
        let a = try first.addNode("word", span: Span(document: "z", start: 0, end: 1))
        let b = try first.addNode("word", span: Span(document: "z", start: 1, end: 2))
        g.replaceLayer(first, fingerprint: "one@1")
        var second = g.makeOutput(for: "two")
        let c = try second.addNode("word", span: Span(document: "a", start: 0, end: 1))
        g.replaceLayer(second, fingerprint: "two@1")
        #expect(Set([a, b, c]).count == 3)
        #expect(g.node(c)?.provenance.analysis == "two")
        // A rerun gets new ids, never the ones already handed out.
        var again = g.makeOutput(for: "one")
        let d = try again.addNode("word", span: Span(document: "z", start: 0, end: 1))
        g.replaceLayer(again, fingerprint: "one@1")
        #expect(![a, b, c].contains(d))
    }

    @Test func replacingALayerReplacesItsNodesWholesale() throws {
        var g = try graph()
        var first = g.makeOutput(for: "one")
        let old1 = try first.addNode("word", span: Span(document: "z", start: 0, end: 1))
        let old2 = try first.addNode("word", span: Span(document: "z", start: 2, end: 3))
        first.addEdge("next", from: old1, to: old2)
        g.replaceLayer(first, fingerprint: "one@1")
        #expect(g.edges("next").count == 1)
        var rerun = g.makeOutput(for: "one")
        let new = try rerun.addNode("word", span: Span(document: "a", start: 0, end: 6), attributes: ["n": 1])
        g.replaceLayer(rerun, fingerprint: "one@2")
        #expect(g.nodes("word").map(\.id) == [new])
        #expect(g.node(old1) == nil && g.node(old2) == nil)
        #expect(g.node(new)?["n"] == 1)
        #expect(g.node(new)?["missing"] == .null)
        #expect(g.edges("next").isEmpty)
        #expect(g.isFresh("one", fingerprint: "one@2") && !g.isFresh("one", fingerprint: "one@1"))
    }

    @Test func spanPastTheEndOfItsDocumentIsRejected() throws {
        let g = try graph()
        var output = g.makeOutput(for: "quotes")
        let past = capture { try output.addNode("quote", span: Span(document: "a", start: 2, end: 7)) }
        #expect(past?.code == .invalidSpan)
        #expect(past?.message == "analysis 'quotes' made a quote node at 2..<7, past the end of document 'a' (6 characters)")
        #expect(past?.span == (try Span(document: "a", start: 2, end: 7)))
        let unknown = capture { try output.addNode("quote", span: Span(document: "nope", start: 0, end: 1)) }
        #expect(unknown?.code == .unknownDocument)
        #expect(unknown?.message == "analysis 'quotes' made a quote node in unknown document 'nope'")
        // The whole text is fine; so is an empty span at the end.
        try output.addNode("quote", span: Span(document: "a", start: 0, end: 6))
        try output.addNode("quote", span: Span(document: "a", start: 6, end: 6))
        #expect(output.nodes.count == 2)
    }

    @Test func spanBoundsAreChecked() {
        let reversed = capture { _ = try Span(document: "d", start: 5, end: 3) }
        #expect(reversed?.code == .invalidSpan)
        #expect(reversed?.message == "invalid span 5..<3 in document 'd': start must be >= 0 and <= end")
        #expect(capture { _ = try Span(document: "d", start: -1, end: 3) }?.message
            == "invalid span -1..<3 in document 'd': start must be >= 0 and <= end")
    }

    @Test func nodesOfAKindComeInDocumentLoadOrderThenBySpan() throws {
        var g = try graph()
        var one = g.makeOutput(for: "one")
        try one.addNode("w", span: Span(document: "a", start: 3, end: 4))
        try one.addNode("w", span: Span(document: "z", start: 5, end: 9))
        try one.addNode("other", span: Span(document: "z", start: 0, end: 1))
        g.replaceLayer(one, fingerprint: "1")
        var two = g.makeOutput(for: "two")
        try two.addNode("w", span: Span(document: "a", start: 0, end: 2))
        try two.addNode("w", span: Span(document: "z", start: 5, end: 6))
        try two.addNode("w", span: Span(document: "z", start: 5, end: 7))
        g.replaceLayer(two, fingerprint: "1")
        // "z" was loaded before "a".
        #expect(g.nodes("w").map(\.span.description) == ["z[5..<6]", "z[5..<7]", "z[5..<9]", "a[0..<2]", "a[3..<4]"])
        #expect(g.nodes("w", in: "a").map(\.span.start) == [0, 3])
        let counts = g.kindCounts()
        #expect(counts.nodes.map { "\($0.0)=\($0.1)" } == ["other=1", "w=5"])
    }

    @Test func duplicateDocumentID() throws {
        var g = try graph()
        let version = g.version
        let error = capture { try g.add(Document(id: "a", text: "other text")) }
        #expect(error?.code == .duplicateDocument)
        #expect(error?.message == "a document with id 'a' is already loaded")
        #expect(g.documents.map(\.id) == ["z", "a"])
        #expect(g.version == version)
        #expect(g.document("a")?.text == "abcdef")
    }

    @Test func sameContentIsFoundByHash() throws {
        var g = try graph()
        try g.add(Document(id: "copy", text: "abcdef"))
        #expect(g.documentWithContent(hash: Document(id: "x", text: "abcdef").contentHash) == "a")
    }

    @Test func unknownDocumentSuggestsNearIDs() throws {
        let g = try graph()
        let error = capture { _ = try g.requireDocument("zz") }
        #expect(error?.code == .unknownDocument)
        #expect(error?.message == "no document 'zz'")
        #expect(error?.hint == "did you mean 'z' or 'a'?")
        #expect(capture { _ = try g.requireDocument("qqqqqq") }?.hint == "`docs` lists the loaded documents")
    }

    @Test func removeAllNeverReusesVersionsOrNodeIDs() throws {
        var g = try graph()
        var one = g.makeOutput(for: "one")
        let old = try one.addNode("w", span: Span(document: "a", start: 0, end: 1))
        g.replaceLayer(one, fingerprint: "1")
        let versionBefore = g.version
        g.removeAll()
        #expect(g.documents.isEmpty && g.layers.isEmpty && g.node(old) == nil)
        try g.add(Document(id: "a", text: "abcdef"))
        try g.add(Document(id: "b", text: "abcdef"))
        // A new corpus never shares a version number with the cleared one.
        #expect(g.version > versionBefore)
        var two = g.makeOutput(for: "one")
        let new = try two.addNode("w", span: Span(document: "a", start: 0, end: 1))
        #expect(new != old)
    }

    @Test func wordCountAndParagraphs() {
        #expect(Document(id: "d", text: "Alpha beta.\n\nGamma — delta, 42 “x”").wordCount == 6)
        #expect(Document(id: "d", text: "  ").wordCount == 0)
        let text = Array(" First line\n second line \n \t \n\n\nLast.\n".unicodeScalars)
        #expect(ParagraphAnalysis.paragraphRanges(text) == [1..<24, 32..<37])
        // Read from UTF-8: offsets count scalars (é, 😀 are one each), a line of no-break
        // spaces is blank, a text without a final line break ends its paragraph.
        #expect(ParagraphAnalysis.paragraphRanges(of: "é b\n\u{A0}\u{2003}\n\nx😀 \r\n\n \u{A0}y") == [0..<3, 8..<10, 16..<17])
        #expect(ParagraphAnalysis.paragraphRanges(of: "") == [])
        #expect(ParagraphAnalysis.paragraphRanges(of: "\n \n") == [])
    }
}

/// Nodes and edges kept as columns, compact attributes, and finding documents by content.
@Suite struct CompactGraphTests {
    private struct Words: NodeColumns {
        let kind: Kind = "word"
        let spans: [(String, Int, Int)]
        var count: Int { spans.count }
        func span(at index: Int) -> Span { Span(unchecked: spans[index].0, spans[index].1, spans[index].2) }
        func attributes(at index: Int) -> (names: [String], values: [Value]) { (["n"], [.int(index)]) }
    }

    private struct Links: EdgeColumns {
        let kind: Kind = "link"
        let first: Int
        var count: Int { 2 }
        func endpoints(at index: Int) -> (from: NodeID, to: NodeID) { (NodeID(first + index), NodeID(first + 2)) }
    }

    @Test func columnNodesReadLikeStoredOnes() throws {
        var g = CorpusGraph()
        try g.add(Document(id: "z", text: "0123456789"))
        try g.add(Document(id: "a", text: "abcdef"))
        var output = g.makeOutput(for: "words")
        let before = try output.addNode("word", span: Span(document: "a", start: 4, end: 6), fields: [("n", 9)])
        let first = try output.addNodes(Words(spans: [("z", 2, 3), ("a", 0, 1), ("z", 0, 1)]))
        let after = try output.addNode("word", span: Span(document: "z", start: 5, end: 6), attributes: ["n": 7, "b": "x"])
        output.addEdges(Links(first: first.raw))
        g.replaceLayer(output, fingerprint: "words@1")
        #expect(first.raw == before.raw + 1 && after.raw == first.raw + 3)
        // Document load order, then by span, wherever the node is kept.
        #expect(g.nodes("word").map { [$0.span.document, "\($0.span.start)", $0["n"].text] }
            == [["z", "0", "2"], ["z", "2", "0"], ["z", "5", "7"], ["a", "0", "1"], ["a", "4", "9"]])
        #expect(g.nodes("word", in: "a").map(\.id) == [NodeID(first.raw + 1), before])
        #expect(g.node(NodeID(first.raw + 2))?.span.start == 0)
        #expect(g.node(after)?.attributes == ["n": 7, "b": "x"])
        #expect(g.node(after)?.provenance.analysis == "words")
        #expect(g.edges("link").map(\.to) == [NodeID(first.raw + 2), NodeID(first.raw + 2)])
        let counts = g.kindCounts()
        #expect(counts.nodes.map { "\($0.0)=\($0.1)" } == ["word=5"])
        #expect(counts.edges.map { "\($0.0)=\($0.1)" } == ["link=2"])
    }

    @Test func columnSpansAreCheckedLikeAddedNodes() throws {
        var g = CorpusGraph()
        try g.add(Document(id: "a", text: "abc"))
        var output = g.makeOutput(for: "words")
        let error = capture { try output.addNodes(Words(spans: [("a", 0, 1), ("a", 2, 5)])) }
        #expect(error?.code == .invalidSpan)
    }

    @Test func nodesWithTheSameAttributesAreEqualHoweverMade() throws {
        let span = try Span(document: "a", start: 0, end: 1)
        let x = Node(id: NodeID(1), kind: "k", span: span, attributes: ["b": 2, "a": "1"], provenance: Provenance(analysis: "p"))
        let y = Node(id: NodeID(1), kind: "k", span: span, names: ["a", "b"], values: ["1", 2], provenance: Provenance(analysis: "p"))
        #expect(x == y)
        #expect(x["a"] == "1" && x["b"] == 2 && x["c"] == .null)
    }

    @Test func sameTextIsFoundWithoutHashingAndCopiesKeepTheirOwnIndex() throws {
        var g = CorpusGraph()
        try g.add(Document(id: "a", text: "same"))
        #expect(g.documentWithSameText(as: Document(id: "b", text: "same")) == "a")
        #expect(g.documentWithSameText(as: Document(id: "b", text: "other")) == nil)
        let hash = Document(id: "x", text: "later").contentHash
        #expect(g.documentWithContent(hash: hash) == nil)
        var copy = g
        try copy.add(Document(id: "c", text: "later"))
        #expect(copy.documentWithContent(hash: hash) == "c")
        #expect(g.documentWithContent(hash: hash) == nil)
        try g.add(Document(id: "d", text: "later"))
        #expect(g.documentWithContent(hash: hash) == "d")
        #expect(Document(id: "e", text: "abc").contentHash == "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}

@Suite struct DocumentLengthTests {
    @Test func lengthCountsScalarsAcrossEveryByteBoundary() {
        let texts = ["", "a", "Zürich “x” 😀", String(repeating: "é😀a“", count: 37), "abcdefgh" + "ü" + String(repeating: "x", count: 15)]
        for text in texts {
            #expect(Document(id: "t", text: text).length == text.unicodeScalars.count)
        }
        #expect(Document(id: "a", text: "same text").textKey == Document(id: "b", text: "same text").textKey)
    }
}
