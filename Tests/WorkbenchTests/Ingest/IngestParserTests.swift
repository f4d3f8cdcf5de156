import Testing
@testable import Workbench

/// The JSON and CSV parsers and the date normaliser on their own.
@Suite struct IngestParserTests {
    private func parse(_ text: String) throws(JSONParseError) -> JSONValue {
        var parser = JSONParser(bytes: Array(text.utf8))
        return try parser.parseDocument()
    }

    private func error(_ text: String) -> JSONParseError? {
        do { _ = try parse(text); return nil } catch { return error }
    }

    @Test func jsonValuesKeepOrderAndNumberText() throws {
        let value = try parse(#"{"b": 1.50, "a": [true, false, null, -0, 1e-7], "s": "\u00e9\ud83d\ude00\n\/\"\\"}"#)
        guard case .object(let object) = value else { Issue.record("not an object"); return }
        #expect(object.keys == ["b", "a", "s"])
        #expect(object["b"] == .number("1.50"))
        #expect(object["a"] == .array([.bool(true), .bool(false), .null, .number("-0"), .number("1e-7")]))
        #expect(object["s"] == .string("é😀\n/\"\\"))
    }

    /// Strings are scanned eight bytes at a time: an escape, quote or control byte at any
    /// position of a word is found.
    @Test func jsonStringsWithEscapesAtEveryOffset() throws {
        for offset in 0..<20 {
            let plain = String(String(repeating: "é-x", count: 8).prefix(offset))
            for (escaped, text) in [(#"\n"#, "\n"), (#"\""#, "\""), (#"\\"#, "\\")] {
                #expect(try parse("\"" + plain + escaped + plain + "\"") == .string(plain + text + plain))
            }
            #expect(try parse("\"" + plain + "\"") == .string(plain))
            #expect(error("\"" + plain + "\u{1}\"")?.message == "control character character U+0001 in string (escape it)")
        }
    }

    @Test func jsonErrorsCarryLineAndColumn() {
        #expect(error("[1, 2,]") == JSONParseError(message: "unexpected character ']'", line: 1, column: 7))
        #expect(error("{\n  \"é\": 01}") == JSONParseError(message: "invalid number (leading zero)", line: 2, column: 9))
        #expect(error("\"a\\qb\"") == JSONParseError(message: "invalid escape '\\q'", line: 1, column: 3))
        #expect(error("\"\\ud800x\"") == JSONParseError(message: "unpaired surrogate in \\u escape", line: 1, column: 2))
        #expect(error("\"tab\there\"") == JSONParseError(message: "control character character U+0009 in string (escape it)", line: 1, column: 5))
        #expect(error("{} x") == JSONParseError(message: "unexpected text after the JSON value", line: 1, column: 4))
        #expect(error("\"open") == JSONParseError(message: "unterminated string", line: 1, column: 1))
        #expect(error("tru") == JSONParseError(message: "unexpected character 't'", line: 1, column: 1))
        #expect(error(String(repeating: "[", count: 600))?.message == "nesting deeper than 512 levels")
    }

    @Test func csvParserHandlesRFC4180() {
        var parser = DelimitedParser(bytes: Array("a,\"b \"\"c\"\"\",d\r\n\r\n\"x\ny\",,z\n\"q\"r,s\n".utf8), delimiter: UInt8(ascii: ","))
        #expect(parser.next() == .row(["a", "b \"c\"", "d"], line: 1))
        #expect(parser.next() == .row(["x\ny", "", "z"], line: 3))
        #expect(parser.next() == .malformed("unexpected text after a closing quote", line: 5))
        #expect(parser.next() == nil)
    }

    @Test func dateFieldForms() {
        let cases: [(String, DateNormalizer.Outcome?)] = [
            ("2011-11-15", .valid("2011-11-15")),
            ("2011-11-15T10:00:00Z", .valid("2011-11-15")),
            ("2011/11/5", .valid("2011-11-05")),
            ("15 Nov. 2011", .valid("2011-11-15")),
            ("November 15, 2011", .valid("2011-11-15")),
            ("Nov 15 2011", .valid("2011-11-15")),
            ("Tue, 15 Nov 2011 10:00:00 GMT", .valid("2011-11-15")),
            ("1st March 2012", .valid("2012-03-01")),
            ("November 2011", .valid("2011-11")),
            ("2011-11", .valid("2011-11")),
            ("2011", .valid("2011")),
            ("29 Feb 2012", .valid("2012-02-29")),
            ("31 Feb. 2011", .invalid("February 2011 has 28 days")),
            ("2011-13-01", .invalid("there is no month 13")),
            ("soon", nil),
            ("15/11/2011", nil),
        ]
        for (raw, expected) in cases {
            #expect(DateNormalizer.normalize(raw) == expected, "\(raw)")
        }
    }

    @Test func datelinesNearTheTop() {
        #expect(DateNormalizer.findDateline(in: "KABUL, Afghanistan (Jan. 25, 2013) – Troops")?.outcome == .valid("2013-01-25"))
        #expect(DateNormalizer.findDateline(in: "Title\n\n  • 15 Nov. 2011 -\n  • Last updated: 22 Nov. 2011")?.outcome == .valid("2011-11-15"))
        #expect(DateNormalizer.findDateline(in: "a\nb\nc\nd\ne\nNovember 15, 2011") == nil)
        #expect(DateNormalizer.findDateline(in: String(repeating: "word ", count: 90) + "2011-11-15") == nil)
        #expect(DateNormalizer.findDateline(in: "Report\n31 Feb. 2011\n")
                == DateNormalizer.Found(outcome: .invalid("February 2011 has 28 days"), text: "31 Feb. 2011", line: 1))
        #expect(DateNormalizer.findDateline(in: "Founded in 2011, the group") == nil)
    }

    @Test func invalidDatelineInATextFileIsWarnedWithItsLine() throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let file = try temp.write("memo.txt", "Memo\n\n31 Feb. 2011\n")
        let outcome = try loadForTest([file], base: temp.path)
        #expect(try outcome.document("memo").date == nil)
        #expect(outcome.diagnostics == [
            "memo.txt:3: warning: invalid date '31 Feb. 2011' near the top of the text (February 2011 has 28 days); left undated",
        ])
    }
}
