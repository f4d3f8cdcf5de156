import Foundation
import Testing
@testable import Workbench

/// Folders, globs, ids from paths, and the one-warning-per-extension rule.
@Suite struct PathTests {
    @Test func folderIsWalkedInSortedOrderWithRelativeIds() throws {
        let outcome = try loadForTest([IngestFixtures.path("mixed")])
        #expect(outcome.graph.documents.map(\.id) == ["a", "sub/e"])
        #expect(try outcome.document("sub/e").title == "E")
        #expect(try outcome.document("sub/e").source == IngestFixtures.path("mixed/sub/e.md"))
        #expect(outcome.diagnostics == [
            "mixed: warning: skipped 1 file without an extension",
            "mixed: warning: skipped 2 files with unsupported extension '.pdf'",
        ])
        #expect(outcome.summary.line == "loaded 2 documents, skipped 3: 3 unsupported")
    }

    @Test func scriptsBesideTheDataArePassedOverSilently() throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        try temp.write("article.txt", "Title\n\nBody.\n")
        try temp.write("tour.wb", "load .\n")
        let outcome = try loadForTest([temp.path], base: temp.path)
        #expect(outcome.graph.documents.map(\.id) == ["article"])
        #expect(outcome.diagnostics.isEmpty)
        #expect(outcome.summary.line == "loaded 1 document, skipped none")
    }

    @Test func globsMatchFilesAndDoubleStar() throws {
        let single = try loadForTest([IngestFixtures.path("mixed/*.txt")])
        #expect(single.graph.documents.map(\.id) == ["a"])
        let deep = try loadForTest([IngestFixtures.path("mixed/**/*.md")])
        #expect(deep.graph.documents.map(\.id) == ["sub/e"])
        let all = try loadForTest([IngestFixtures.path("[ct]sv/*.?sv")])
        #expect(all.graph.documents.map(\.id) == ["csv/speeches:2", "csv/speeches:3", "csv/speeches:6", "t1", "t2"])
    }

    @Test func wildcardMatching() {
        #expect(Wildcard.matches("*.txt", "a.txt"))
        #expect(!Wildcard.matches("*.txt", "a.txt.bak"))
        #expect(Wildcard.matches("a?c", "abc"))
        #expect(Wildcard.matches("[!a]*", "bcd"))
        #expect(!Wildcard.matches("[!a]*", "abc"))
        #expect(Wildcard.matches("[a-c]x", "bx"))
        #expect(Wildcard.matches("*a*b*", "xxaxxbxx"))
        #expect(Wildcard.matches("[", "["))
    }

    @Test func progressIsMonotonicAndEndsAtTheTotal() throws {
        let outcome = try loadForTest([IngestFixtures.path("json"), IngestFixtures.path("jsonl")])
        let last = try #require(outcome.progress.last)
        #expect(last.0 == last.1)
        #expect(last.1 > 0)
        #expect(outcome.progress.count <= 101)
        #expect(zip(outcome.progress, outcome.progress.dropFirst()).allSatisfy { $0.0 < $1.0 })
    }

    @Test func largeJSONLinesStreamsAcrossChunks() throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let filler = String(repeating: "x", count: 700)
        let text = (1...3000).map { "{\"id\": \($0), \"text\": \"record \($0) \(filler)\"}" }.joined(separator: "\n")
        try temp.write("big.jsonl", text)
        let outcome = try loadForTest([temp.path + "/big.jsonl"], base: temp.path)
        #expect(outcome.graph.documents.count == 3000)
        #expect(try outcome.document("3000").text == "record 3000 \(filler)")
        #expect(try outcome.document("1498").source == temp.path + "/big.jsonl:1498")
        #expect(outcome.diagnostics.isEmpty)
    }
}
