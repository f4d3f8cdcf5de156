import Foundation
import Testing
@testable import Workbench

/// One test per one-document format: text exactly as read, titles, dates.
@Suite struct DocumentFormatTests {
    @Test func textFileIsStoredExactlyAsRead() throws {
        let outcome = try loadForTest([IngestFixtures.path("txt/report.txt")])
        let doc = try outcome.document("report")
        let bytes = try #require(FileManager.default.contents(atPath: IngestFixtures.path("txt/report.txt")))
        #expect(doc.text == String(decoding: bytes, as: UTF8.self))
        #expect(doc.text.hasPrefix("  Troops hand over Kabul checkpoint  \n"))
        #expect(doc.text.contains("over.\r\n"))
        #expect(doc.title == "Troops hand over Kabul checkpoint")
        #expect(doc.date == "2013-01-25")
        #expect(try doc.source == IngestFixtures.path("txt/report.txt"))
        #expect(doc.metadata.isEmpty)
        #expect(outcome.diagnostics.isEmpty)
        #expect(outcome.summary.line == "loaded 1 document, skipped none")
    }

    @Test func markdownTitleDropsHeadingMarks() throws {
        let outcome = try loadForTest([IngestFixtures.path("md/notes.md")])
        let doc = try outcome.document("notes")
        #expect(doc.title == "Alliance notes")
        #expect(doc.date == "2011-11-15")
        #expect(doc.text == "# Alliance notes #\n\nPublished 2011-11-15 in Brussels.\n\nBody text.\n")
    }

    @Test func seedGetsItsDatelineNotTheLastUpdatedDate() throws {
        let outcome = try loadForTest([IngestFixtures.path("seed/000_4c1ae4e712800ec5.txt")])
        let doc = try outcome.document("000_4c1ae4e712800ec5")
        #expect(doc.date == "2011-11-15")
        #expect(doc.title == "Opening the doors for future NATO-Japan cooperation")
        #expect(doc.text.utf8.count == 4102)
        #expect(outcome.diagnostics.isEmpty)
    }

    @Test func htmlKeepsVisibleTextAndParagraphs() throws {
        let outcome = try loadForTest([IngestFixtures.path("html/page.html")])
        let doc = try outcome.document("page")
        #expect(doc.text == """
            Partners in peace

            15 Nov. 2011

            Japan’s role ’grows’ — says Tsuruoka &unknown; & co.

            Line one
            Line two

            First
            Second <item>

            1 < 2 and a link.
            """)
        #expect(doc.title == "Japan & NATO")
        #expect(doc.date == "2011-11-15")
        #expect(ParagraphAnalysis.paragraphRanges(Array(doc.text.unicodeScalars)).count == 6)
        #expect(outcome.diagnostics.isEmpty)
    }

    @Test func htmlWithoutTitleUsesFirstHeading() throws {
        let outcome = try loadForTest([IngestFixtures.path("html/untitled.htm")])
        let doc = try outcome.document("untitled")
        #expect(doc.title == "Only a heading")
        #expect(doc.text == "Only a heading\n\nSome text.")
        #expect(doc.date == nil)
    }

    @Test func htmlEntities() {
        let page = HTMLTextExtractor.extract("<p>&#8217;&#x2019;&#X2019;&rsquo;&nbsp;&eacute;&#0;&#x110000;&#150;&amp</p>")
        #expect(page.text == "’’’’\u{A0}é\u{FFFD}\u{FFFD}–&amp")
    }
}
