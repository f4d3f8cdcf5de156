import Testing
@testable import Workbench

@Suite struct CorpusTests {
    @Test func sha256MatchesStandardVectors() {
        #expect(SHA256.hexDigest(of: []) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hexDigest(of: Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let long = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        #expect(SHA256.hexDigest(of: long) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func spanRejectsReversedBounds() {
        #expect(throws: WorkbenchError.self) { try Span(document: "d", start: 5, end: 3) }
    }

    @Test func documentLengthCountsUnicodeScalars() {
        let doc = Document(id: "d", text: "Japan’s e\u{301}")
        #expect(doc.length == 10)
        #expect(ScalarText(doc.text).slice(5, 7) == "’s")
    }
}
