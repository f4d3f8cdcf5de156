import Testing
@testable import Workbench

/// One test per record format: field mapping, ids, metadata, dates, malformed records.
@Suite struct RecordFormatTests {
    @Test func jsonArrayOfObjects() throws {
        let outcome = try loadForTest([IngestFixtures.path("json/array.json")])
        let first = try outcome.document("7")
        #expect(first.title == "Budget passes")
        #expect(first.text == "The budget passed on Tuesday.")
        #expect(first.date == "2011-11-15")
        #expect(first.metadata == ["section": "politics", "pages": "2", "flag": "true"])
        #expect(try first.source == IngestFixtures.path("json/array.json") + ":2")
        let second = try outcome.document("array:3")
        #expect(second.title == "No id here")
        #expect(second.date == "2011-11-15")
        #expect(outcome.diagnostics == [
            "json/array.json:4: warning: expected a JSON object, found a string; record skipped",
            "json/array.json:5: warning: record has no text field (looked for text, body, content); its fields: id, title; skipped",
        ])
        #expect(outcome.summary.line == "loaded 2 documents, skipped 2: 1 malformed, 1 no text")
    }

    @Test func jsonSingleObjectTakesTheFileStem() throws {
        let outcome = try loadForTest([IngestFixtures.path("json/single.json")])
        let doc = try outcome.document("single")
        #expect(doc.text == "Just one.")
        #expect(doc.date == "2011-11-15")
        #expect(doc.metadata == ["author": "Ann"])
        #expect(try doc.source == IngestFixtures.path("json/single.json"))
        #expect(outcome.diagnostics.isEmpty)
    }

    @Test func jsonLinesSkipsBadLinesAndGoesOn() throws {
        let outcome = try loadForTest([IngestFixtures.path("jsonl/records.jsonl")])
        #expect(outcome.graph.documents.map(\.id) == ["a1", "2", "records:5", "a5", "a6", "a10"])
        #expect(try outcome.document("a1").date == "2011")
        let second = try outcome.document("2")
        #expect(second.date == "2011-11-15")
        #expect(second.metadata == ["category": "World"])
        #expect(try second.source == IngestFixtures.path("jsonl/records.jsonl") + ":2")
        #expect(try outcome.document("records:5").date == "2011-11-15")
        #expect(try outcome.document("a5").date == nil)
        #expect(try outcome.document("a6").date == nil)
        #expect(try outcome.document("a10").text == "Escapes: \"q\" é 😀 \n end")
        #expect(outcome.diagnostics == [
            "jsonl/records.jsonl:4: warning: invalid JSON: expected ',' or '}' in object at column 36; line skipped",
            "jsonl/records.jsonl:6: warning: invalid date '2011-02-31' in field 'date' (February 2011 has 28 days); left undated",
            "jsonl/records.jsonl:7: warning: unrecognised date 'soon' in field 'date'; left undated",
            "jsonl/records.jsonl:8: warning: expected a JSON object, found an array; line skipped",
            "jsonl/records.jsonl:9: warning: duplicate id 'a1' (first loaded from jsonl/records.jsonl:1); skipped",
            "jsonl/records.jsonl:10: warning: same text as document 'a1'; skipped",
        ])
        #expect(outcome.summary.line == "loaded 6 documents, skipped 4: 1 duplicate content, 1 duplicate id, 2 malformed")
    }

    @Test func csvWithQuotesAndNamedFields() throws {
        let outcome = try loadForTest([IngestFixtures.path("csv/speeches.csv")],
                                      options: LoadOptions(idField: "code", dateField: "year"))
        #expect(outcome.graph.documents.map(\.id) == ["s1", "s2", "s4"])
        let s1 = try outcome.document("s1")
        #expect(s1.text == "She said \"no\" twice.")
        #expect(s1.date == "2011")
        #expect(s1.metadata == ["speaker": "Smith, Ann"])
        let s2 = try outcome.document("s2")
        #expect(s2.text == "Line one\nLine two")
        #expect(try s2.source == IngestFixtures.path("csv/speeches.csv") + ":3")
        #expect(try outcome.document("s4").date == "2011-11-13")
        #expect(outcome.diagnostics == [
            "csv/speeches.csv:5: warning: row has 3 fields but the header has 4; row skipped",
        ])
        #expect(outcome.summary.line == "loaded 3 documents, skipped 1: 1 malformed")
    }

    @Test func tsvWithCRLF() throws {
        let outcome = try loadForTest([IngestFixtures.path("tsv/table.tsv")])
        #expect(try outcome.document("t1").text == "Tab separated body")
        #expect(try outcome.document("t1").title == "First")
        #expect(try outcome.document("t2").text == "Quoted\tbody")
        #expect(outcome.diagnostics.isEmpty)
    }

    @Test func unterminatedQuoteReportsWhereItOpened() throws {
        let outcome = try loadForTest([IngestFixtures.path("bad/unterminated.csv")])
        #expect(outcome.graph.documents.map(\.id) == ["u1"])
        #expect(outcome.diagnostics == [
            "bad/unterminated.csv:3: warning: unterminated quoted field starting here; skipped the rest of the file",
        ])
        #expect(outcome.summary.line == "loaded 1 document, skipped 1: 1 malformed")
    }

    @Test func malformedJSONReportsLineAndColumn() throws {
        let outcome = try loadForTest([IngestFixtures.path("bad/invalid.json")])
        #expect(outcome.graph.documents.isEmpty)
        #expect(outcome.diagnostics == [
            "bad/invalid.json:4: warning: invalid JSON: expected a string key in object at column 1; skipped the file",
        ])
        #expect(outcome.summary.line == "loaded 0 documents, skipped 1: 1 malformed")
    }

    @Test func namedFieldsMissingFromARecord() throws {
        let outcome = try loadForTest([IngestFixtures.path("fields/named.jsonl")],
                                      options: LoadOptions(textField: "body", titleField: "heading"))
        #expect(outcome.graph.documents.map(\.id) == ["n1"])
        #expect(try outcome.document("n1").metadata == ["kind": "memo"])
        #expect(outcome.diagnostics == [
            "fields/named.jsonl:1: warning: record has no field 'heading' (--title-field); its fields: id, body, kind",
            "fields/named.jsonl:2: warning: record has no field 'heading' (--title-field); its fields: id, text, kind",
            "fields/named.jsonl:2: warning: record has no field 'body' (--text-field); its fields: id, text, kind; skipped",
        ])
        #expect(outcome.summary.line == "loaded 1 document, skipped 1: 1 no text")
    }
}
