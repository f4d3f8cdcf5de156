import Foundation
import Testing
@testable import Workbench

/// Bad input never stops a load: each case is a warning, a count, and the load goes on.
@Suite struct BadInputTests {
    @Test func binaryFileIsSkipped() throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let file = try temp.write("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x41])
        let outcome = try loadForTest([file], base: temp.path)
        #expect(outcome.graph.documents.isEmpty)
        #expect(outcome.diagnostics == ["image.txt: warning: binary file; skipped"])
        #expect(outcome.summary.line == "loaded 0 documents, skipped 1: 1 binary")
    }

    @Test func invalidUTF8IsReplacedAndReportedWithItsOffset() throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let file = try temp.write("latin1.txt", Array("Good line\nBad ".utf8) + [0xE9] + Array(" byte \u{2019}\n".utf8) + [0xFF])
        let outcome = try loadForTest([file], base: temp.path)
        let doc = try outcome.document("latin1")
        #expect(doc.text == "Good line\nBad \u{FFFD} byte \u{2019}\n\u{FFFD}")
        #expect(outcome.diagnostics == ["latin1.txt:2: warning: invalid UTF-8 at byte 14; replaced with U+FFFD"])
        #expect(outcome.summary.line == "loaded 1 document, skipped none")
    }

    @Test func invalidUTF8InJSONLinesReportsTheFileOffset() throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let file = try temp.write("r.jsonl", Array("{\"text\": \"ok\"}\n{\"text\": \"b".utf8) + [0xC3, 0x28] + Array("d\"}\n".utf8))
        let outcome = try loadForTest([file], base: temp.path)
        #expect(try outcome.document("r:2").text == "b\u{FFFD}(d")
        #expect(outcome.diagnostics == ["r.jsonl:2: warning: invalid UTF-8 at byte 26; replaced with U+FFFD"])
    }

    @Test func emptyFilesAreSkipped() throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        try temp.write("a.txt", "")
        try temp.write("b.md", " \n\t\n")
        try temp.write("c.jsonl", "\n\n")
        try temp.write("d.csv", "id,text\n")
        try temp.write("e.html", "<html><script>x()</script></html>")
        try temp.write("f.json", "[]")
        let outcome = try loadForTest([temp.path], base: temp.path)
        #expect(outcome.graph.documents.isEmpty)
        #expect(outcome.diagnostics == [
            "a.txt: warning: empty file; skipped",
            "b.md: warning: empty file; skipped",
            "c.jsonl: warning: empty file; skipped",
            "d.csv: warning: no rows after the header; skipped",
            "e.html: warning: no visible text; skipped",
            "f.json: warning: empty array; skipped",
        ])
        #expect(outcome.summary.line == "loaded 0 documents, skipped 6: 6 empty")
    }

    @Test func duplicatesKeepTheFirst() throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        try temp.write("a.txt", "Same text.\n")
        try temp.write("b.txt", "Same text.\n")
        let outcome = try loadForTest([temp.path, temp.path + "/a.txt"], base: temp.path)
        #expect(outcome.graph.documents.map(\.id) == ["a"])
        #expect(outcome.diagnostics == [
            "b.txt: warning: same text as document 'a'; skipped",
            "a.txt: warning: duplicate id 'a' (first loaded from a.txt); skipped",
        ])
        #expect(outcome.summary.line == "loaded 1 document, skipped 2: 1 duplicate content, 1 duplicate id")
    }

    @Test func duplicatesAgainstAnAlreadyLoadedCorpus() throws {
        var graph = CorpusGraph()
        try graph.add(Document(id: "old", source: "earlier.txt", text: "Kept.\n"))
        let temp = try TempFolder()
        defer { temp.remove() }
        let file = try temp.write("old.txt", "Other.\n")
        let again = try temp.write("new.txt", "Kept.\n")
        let outcome = try loadForTest([file, again], base: temp.path, into: graph)
        #expect(outcome.diagnostics == [
            "old.txt: warning: duplicate id 'old' (first loaded from earlier.txt); skipped",
            "new.txt: warning: same text as document 'old'; skipped",
        ])
        #expect(outcome.graph.documents.count == 1)
    }

    @Test func mixedProblemsMakeOneSummaryLine() throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        try temp.write("1.txt", "First.\n")
        try temp.write("2.txt", "Second.\n")
        try temp.write("3.txt", "Third.\n")
        try temp.write("4.txt", [0x00, 0x00])
        try temp.write("5.txt", "First.\n")
        try temp.write("6.txt", "")
        let outcome = try loadForTest([temp.path, temp.path + "/1.txt"], base: temp.path)
        #expect(outcome.summary.line == "loaded 3 documents, skipped 4: 1 binary, 1 duplicate content, 1 duplicate id, 1 empty")
    }

    @Test func missingPathsAndUnknownExtensions() throws {
        let outcome = try loadForTest([
            IngestFixtures.path("nope.txt"), IngestFixtures.path("mixed/b.pdf"), IngestFixtures.path("mixed/README"),
            IngestFixtures.path("mixed/*.xyz"),
        ])
        #expect(outcome.diagnostics == [
            "nope.txt: warning: no such file or folder",
            "mixed/b.pdf: warning: unsupported file type '.pdf' (supported: .txt .md .html .htm .json .jsonl .csv .tsv); skipped",
            "mixed/README: warning: unsupported file type (no extension) (supported: .txt .md .html .htm .json .jsonl .csv .tsv); skipped",
            "mixed/*.xyz: warning: no files match this pattern",
        ])
        #expect(outcome.summary.line == "loaded 0 documents, skipped 4: 2 missing, 2 unsupported")
    }

    @Test func manyBadRecordsAreThrottled() throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let lines = (1...14).map { "{\"id\": \"r\($0)\", \"title\": \"t\"}" }.joined(separator: "\n")
        try temp.write("many.jsonl", lines)
        let outcome = try loadForTest([temp.path + "/many.jsonl"], base: temp.path)
        #expect(outcome.diagnostics.count == 11)
        #expect(outcome.diagnostics.first == "many.jsonl:1: warning: record has no text field (looked for text, body, content); its fields: id, title; skipped")
        #expect(outcome.diagnostics.last == "many.jsonl: warning: 4 more no text warnings not shown")
        #expect(outcome.summary.line == "loaded 0 documents, skipped 14: 14 no text")
    }
}
