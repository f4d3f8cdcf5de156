import Foundation
import Testing
@testable import Workbench

private func table(_ columns: [Table.Column], _ rows: [[Value]]) -> Table {
    Table(name: "t", columns: columns, rows: rows.map { Table.Row($0) })
}

@Suite struct TerminalTableTests {
    @Test func alignsColumnsAndRightAlignsNumbers() {
        let t = table([.init("name"), .init("n", .int), .init("x", .double)], [["alpha", 3, 1.5], ["b", 12345, nil]])
        #expect(OutputFormat.table.render(t) == """
            name   n      x
            ─────  ─────  ───
            alpha      3  1.5
            b      12345
            (2 rows)

            """)
    }

    @Test func footerCountsRows() {
        #expect(OutputFormat.table.render(table([.init("a")], [["x"]])) == "a\n─\nx\n(1 row)\n")
        #expect(OutputFormat.table.render(table([.init("abc")], [])) == "abc\n───\n(0 rows)\n")
        #expect(OutputFormat.table.render(.empty("set")) == "")
    }

    @Test func truncatesTheWidestColumnWithEllipsisToFitTheWidth() {
        let t = table([.init("id"), .init("text")], [["d1", "The quick brown fox jumps"]])
        #expect(OutputFormat.table.render(t, width: 20) == """
            id  text
            ──  ────────────────
            d1  The quick brown…
            (1 row)

            """)
        // No width: nothing is cut.
        #expect(OutputFormat.table.render(t).contains("The quick brown fox jumps\n"))
    }

    @Test func wideCharactersTakeTwoCells() {
        let t = table([.init("name"), .init("n", .int)], [["日本語", 1], ["ab", 22]])
        #expect(OutputFormat.table.render(t) == """
            name    n
            ──────  ──
            日本語   1
            ab      22
            (2 rows)

            """)
    }

    @Test func displayWidthAndTruncation() {
        #expect(DisplayWidth.of("日本語") == 6)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("ｱ") == 1)
        #expect(DisplayWidth.truncate("abcdef", to: 4) == "abc…")
        #expect(DisplayWidth.truncate("abcd", to: 4) == "abcd")
        #expect(DisplayWidth.truncate("日本語", to: 4) == "日…")
        #expect(DisplayWidth.truncate("日本語", to: 5) == "日本…")
        #expect(DisplayWidth.truncate("日本語", to: 6) == "日本語")
    }

    @Test func lineBreaksAndTabsInACellShowAsSpaces() {
        let t = table([.init("text")], [["a\nb"], ["c\r\nd\te"]])
        #expect(OutputFormat.table.render(t) == "text\n─────\na b\nc d e\n(2 rows)\n")
    }

    @Test func linesAndNumberedPresentations() {
        #expect(OutputFormat.table.render(.lines("help", ["one", "", "two"])) == "one\n\ntwo\n")
        let show = Table(name: "show", columns: [.init("paragraph", .int), .init("text")],
                         rows: [Table.Row([1, "First."]), Table.Row([2, "Second."])], presentation: .numbered)
        #expect(OutputFormat.table.render(show) == "[1] First.\n\n[2] Second.\n")
        // Structured formats ignore the presentation.
        #expect(OutputFormat.csv.render(show) == "paragraph,text\r\n1,First.\r\n2,Second.\r\n")
    }
}

@Suite struct StructuredFormatTests {
    private let sample = table(
        [.init("name"), .init("n", .int), .init("x", .double), .init("tags", .array), .init("ok", .bool)],
        [["a\"b\\c\n\u{1}é\u{1F600}/", 3, 1.5, .array(["x", 2]), .bool(true)], ["plain", -7, nil, .array([]), .bool(false)]])

    @Test func jsonSortsKeysAndKeepsTypes() {
        #expect(OutputFormat.json.render(sample) == #"""
            [
              {"n": 3, "name": "a\"b\\c\n\u0001é😀/", "ok": true, "tags": ["x", 2], "x": 1.5},
              {"n": -7, "name": "plain", "ok": false, "tags": [], "x": null}
            ]

            """#)
    }

    @Test func jsonIsValidAndReadsBack() throws {
        let data = Data(OutputFormat.json.render(sample).utf8)
        let parsed = try #require(JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        #expect(parsed.count == 2)
        #expect(parsed[0]["name"] as? String == "a\"b\\c\n\u{1}é\u{1F600}/")
        #expect(parsed[0]["n"] as? Int == 3)
        #expect(parsed[1]["x"] is NSNull)
    }

    @Test func jsonEscapesEveryControlCharacter() {
        let controls = String(String.UnicodeScalarView((0..<0x20).map { Unicode.Scalar($0)! }))
        let encoded = JSONRenderer.quote(controls + "\u{7F}")
        #expect(encoded.unicodeScalars.allSatisfy { $0.value >= 0x20 })
        #expect(encoded.hasPrefix(#""\u0000\u0001"#))
        #expect(encoded.contains(#"\u001f"#))
        #expect(encoded.contains(#"\b"#) || encoded.contains(#"\u0008"#))
        #expect(JSONRenderer.quote("\t\r\n") == #""\t\r\n""#)
    }

    @Test func jsonNumbers() {
        #expect(JSONRenderer.encode(.double(.infinity)) == "null")
        #expect(JSONRenderer.encode(.double(.nan)) == "null")
        #expect(JSONRenderer.encode(.double(2)) == "2.0")
        #expect(JSONRenderer.encode(.int(Int.min)) == "-9223372036854775808")
    }

    @Test func emptyTableIsAnEmptyArray() {
        #expect(OutputFormat.json.render(table([.init("a")], [])) == "[]\n")
        #expect(OutputFormat.jsonl.render(table([.init("a")], [])) == "")
    }

    @Test func missingCellsAreNull() {
        let t = Table(name: "t", columns: [.init("a"), .init("b")], rows: [Table.Row(["x"])])
        #expect(OutputFormat.json.render(t) == "[\n  {\"a\": \"x\", \"b\": null}\n]\n")
        #expect(OutputFormat.csv.render(t) == "a,b\r\nx,\r\n")
    }

    @Test func jsonLinesIsOneObjectPerLine() {
        #expect(OutputFormat.jsonl.render(sample) == #"""
            {"n": 3, "name": "a\"b\\c\n\u0001é😀/", "ok": true, "tags": ["x", 2], "x": 1.5}
            {"n": -7, "name": "plain", "ok": false, "tags": [], "x": null}

            """#)
    }

    @Test func csvQuotesPerRFC4180WithCRLF() {
        let t = table([.init("a"), .init("b,c")], [["x\"y", "1,2"], ["line\nbreak", "plain"], ["cr\r\nlf", " sp "], ["", nil]])
        #expect(OutputFormat.csv.render(t)
            == "a,\"b,c\"\r\n\"x\"\"y\",\"1,2\"\r\n\"line\nbreak\",plain\r\n\"cr\r\nlf\", sp \r\n,\r\n")
    }

    @Test func csvListsAndNumbers() {
        #expect(OutputFormat.csv.render(sample)
            == "name,n,x,tags,ok\r\n\"a\"\"b\\c\n\u{1}é\u{1F600}/\",3,1.5,\"x, 2\",true\r\nplain,-7,,,false\r\n")
    }

    @Test func tsvReplacesTabsAndLineBreaksWithSpaces() {
        let t = table([.init("a"), .init("b,c")], [["x\"y", "1,2"], ["line\nbreak", "t\tab"], ["cr\r\nlf", ""]])
        #expect(OutputFormat.tsv.render(t) == "a\tb,c\nx\"y\t1,2\nline break\tt ab\ncr lf\t\n")
    }

    @Test func markdownEscapesPipesAndAlignsNumbers() {
        let t = table([.init("name"), .init("n", .int), .init("x", .double)], [["a|b", 1, 0.5], ["x\ny", 22, nil]])
        #expect(OutputFormat.markdown.render(t) == """
            | name | n | x |
            | --- | ---: | ---: |
            | a\\|b | 1 | 0.5 |
            | x<br>y | 22 |  |

            """)
        #expect(OutputFormat.markdown.render(.empty("set")) == "")
    }

    @Test(arguments: [
        ("out.json", OutputFormat.json), ("a/b.JSONL", .jsonl), ("x.ndjson", .jsonl), ("t.csv", .csv),
        ("t.tsv", .tsv), ("t.tab", .tsv), ("r.md", .markdown), ("r.markdown", .markdown), ("r.txt", .table),
    ])
    func formatFromFileExtension(path: String, format: OutputFormat) {
        #expect(OutputFormat.forFile(path) == format)
    }

    @Test(arguments: ["out", "out.xyz", "dir.csv/out", "./out", ".csv/x"])
    func noFormatFromOtherNames(path: String) {
        #expect(OutputFormat.forFile(path) == nil)
    }
}
