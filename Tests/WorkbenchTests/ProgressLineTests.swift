import Testing
import Workbench

/// The progress line's text: bytes for a load, documents for an analysis, and a rate and
/// time left only once there is something to base them on.
@Suite struct ProgressLineTests {
    @Test func aLoadCountsMegabytesWithRateAndTimeLeft() {
        let line = ProgressLine.render(ProgressReport("load", done: 81_200_000, total: 193_000_000, unit: .bytes), elapsedSeconds: 4)
        #expect(line == "load 42% · 81.2 of 193.0 MB · 20.3 MB/s · 0:06 left")
    }

    @Test func anAnalysisCountsDocuments() {
        let line = ProgressLine.render(ProgressReport("entities", done: 4_210, total: 100_000), elapsedSeconds: 2)
        #expect(line == "entities 4% · 4,210 of 100,000 documents · 2,105 documents/s · 0:46 left")
    }

    @Test func noRateBeforeAQuarterSecondOrBeforeAnythingIsDone() {
        #expect(ProgressLine.render(ProgressReport("quotes", done: 10, total: 20), elapsedSeconds: 0.1) == "quotes 50% · 10 of 20 documents")
        #expect(ProgressLine.render(ProgressReport("quotes", done: 0, total: 20), elapsedSeconds: 3) == "quotes 0% · 0 of 20 documents")
    }

    @Test func finishedShowsNoTimeLeftAndLongWaitsShowHours() {
        #expect(ProgressLine.render(ProgressReport("times", done: 20, total: 20), elapsedSeconds: 1) == "times 100% · 20 of 20 documents · 20 documents/s")
        #expect(ProgressLine.render(ProgressReport("load", done: 1_000_000, total: 5_000_000_000, unit: .bytes), elapsedSeconds: 1) == "load 0% · 1.0 of 5000.0 MB · 1.0 MB/s · 1:23:19 left")
    }
}
