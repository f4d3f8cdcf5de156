import Foundation
import Testing
import TestSupport
@testable import TimelinePlugin
@testable import Workbench

/// The seed pinned, the commands' JSON contracts, and the timeline's order and filters.
@Suite struct TimelineCommandTests {
    @Test func seedExpectations() throws {
        let (output, errors) = try runTimelineScript("load \(seedPath)\ntimes --format json")
        #expect(errors.isEmpty || !errors.contains("error"), "\(errors)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])
        func row(_ text: String) -> [String: Any]? { rows.first { $0["text"] as? String == text } }
        #expect(row("15 Nov. 2011")?["value"] as? String == "2011-11-15")
        #expect(row("22 Nov. 2011")?["value"] as? String == "2011-11-22")
        #expect(row("a couple of days")?["value"] as? String == "P2D")
        #expect(row("annually")?["type"] as? String == "SET")
        #expect(row("annually")?["value"] as? String == "P1Y")
        #expect(row("the past several years")?["value"] as? String == "PXY")
        #expect(row("beyond 2014")?["value"] as? String == "2014")
        #expect(row("beyond 2014")?["mod"] as? String == "AFTER")
        #expect(row("recently")?["value"] as? String == "PAST_REF")
        #expect(Set(rows.first?.keys.map { $0 } ?? []) == ["doc", "start", "end", "text", "type", "value", "mod"])
        #expect(rows.first { $0["text"] as? String == "recently" }?["mod"] is NSNull)
    }

    @Test func timelineJSONContractAndOrder() throws {
        let (output, _) = try runTimelineScript("load \(seedPath)\ntimeline --format json")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])
        #expect(Set(rows.first?.keys.map { $0 } ?? []) == ["doc", "start", "end", "value", "date_from", "date_to", "sentence", "entities"])
        let days = rows.compactMap { $0["date_from"] as? String }
        #expect(days == days.sorted())
        #expect(rows.contains { $0["value"] as? String == "2014" && $0["date_to"] as? String == "2014-12-31" })
    }

    @Test func publicationOnlyWhenAsked() throws {
        let text = "load \(seedPath)\ntimeline --format json | count\ntimeline --with-publication --format json | count"
        let (output, _) = try runTimelineScript(text)
        let counts = output.split(separator: "\n").compactMap { line -> Int? in
            guard let r = line.range(of: "\"count\": ") else { return nil }
            return Int(line[r.upperBound...].prefix { $0.isNumber })
        }
        #expect(counts.count == 2)
        if counts.count == 2 { #expect(counts[1] == counts[0] + 1) }
    }

    @Test func docDatesFromTheDateline() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wb-timeline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("releases.jsonl")
        let records = [
            #"{"id": "a", "date": "2013-01", "text": "2013-01-S-025\n\nKABUL, Afghanistan (Jan. 25, 2013)\nDuring a security operation in Andar district, Ghazni province, yesterday, a force killed a leader."}"#,
            #"{"id": "b", "date": "2013-01", "text": "KABUL, Afghanistan (Jan. 22, 2013)\nToday, forces confirmed a leader was arrested in Maiwand district Sunday."}"#,
            #"{"id": "c", "date": "2013-02", "text": "KABUL, Afghanistan (Feb. 2, 2013)\nA force detained two suspected insurgents."}"#,
        ]
        try records.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let (output, errors) = try runTimelineScript("load \(file.path)\ntimeline.doc-dates --format json")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]], "\(errors)")
        #expect(rows.map { $0["event_date"] as? String } == ["2013-01-24", "2013-01-20", "2013-02-02"])
        #expect(Set(rows.first?.keys.map { $0 } ?? []) == ["doc", "event_date", "sentence"])
    }

    @Test func filtersAndBuckets() throws {
        let script = """
        load \(seedPath)
        timeline --from 2011-11-20 --to 2011-12 --format csv
        timeline --granularity year --format csv
        timeline --chart
        """
        let (output, errors) = try runTimelineScript(script)
        #expect(!errors.contains("error"), "\(errors)")
        #expect(output.contains("2011-11-22"))
        #expect(!output.contains(",2011-11-15,"))
        #expect(output.contains("bucket,events,documents"))
        #expect(output.contains("█"))
    }

    @Test func entityFilterMatchesNamesAndAliases() throws {
        let (output, _) = try runTimelineScript("load \(seedPath)\ntimeline --entity NATO --format csv | select value entities")
        #expect(output.contains("2014,North Atlantic Treaty Organization"))
        let (none, _) = try runTimelineScript("load \(seedPath)\ntimeline --entity Nobody --format csv")
        #expect(none.split(separator: "\n").count == 1)
    }

    @Test func badBoundIsAUsageError() throws {
        let (_, errors) = try runTimelineScript("load \(seedPath)\ntimeline --from 15.11.2011")
        #expect(errors.contains("is not an ISO date"))
    }

    @Test func calendarArithmetic() {
        #expect(CalendarDay(2011, 11, 15).weekday == 2)
        #expect(CalendarDay(2011, 11, 15).isoWeek == (2011, 46))
        #expect(CalendarDay(2010, 1, 3).isoWeek == (2009, 53))
        #expect(CalendarDay(2011, 1, 31).adding(months: 1) == CalendarDay(2011, 2, 28))
        #expect(CalendarDay(dayNumber: CalendarDay(1999, 12, 31).dayNumber + 1) == CalendarDay(2000, 1, 1))
        #expect(DayInterval(value: "2011-W46")?.from == CalendarDay(2011, 11, 14))
        #expect(DayInterval(value: "201")?.to == CalendarDay(2019, 12, 31))
        #expect(DayInterval(value: "2011-Q4")?.from == CalendarDay(2011, 10, 1))
        #expect(DayInterval(value: "PRESENT_REF") == nil)
        #expect(DayInterval(value: "XXXX-11") == nil)
    }
}
