import Testing
@testable import TimelinePlugin
@testable import Workbench

/// Marker tests per pattern family, the document dated Tuesday 15 Nov. 2011 unless said.
@Suite struct TimeExpressionTests {
    @Test func absoluteDates() throws {
        try expectTimes("It opened on ⟦15 Nov. 2011⟧ and closed on ⟦Nov. 22, 2011⟧.", ["2011-11-15", "2011-11-22"])
        try expectTimes("The summit is on ⟦November 15⟧, after talks in ⟦November 2011⟧.", ["2011-11-15", "2011-11"])
        try expectTimes("Filed ⟦2011-11-15⟧ and amended ⟦2011-11⟧.", ["2011-11-15", "2011-11"])
        try expectTimes("The editorial of ⟦Thursday, April 6⟧ said so.", ["2011-04-06"])
        try expectTimes("Rescued on ⟦the 15th of November⟧.".replacingOccurrences(of: "⟦the ", with: "the ⟦"), ["2011-11-15"])
    }

    @Test func monthsTakeTheYearThatFitsTheTense() throws {
        // Dated 15 Jan. 2012: a past December is 2011's, a coming March 2012's.
        try expectTimes("Prices fell in ⟦December⟧, and talks will resume in ⟦March⟧.", ["2011-12", "2012-03"], date: "2012-01-15")
        try expectTimes("The vote was held ⟦last November⟧.", ["2010-11"])
    }

    @Test func numericDatesFollowTheDateOrderSetting() throws {
        try expectTimes("Signed ⟦15/11/2011⟧.", ["2011-11-15"])
        try expectTimes("Signed ⟦11/15/2011⟧.", ["2011-11-15"])
        try expectTimes("Signed 03/04/2011.", [])
        try expectTimes("Signed ⟦03/04/2011⟧.", ["2011-04-03"], settings: ["date-order": "dmy"])
        try expectTimes("Signed ⟦03/04/2011⟧.", ["2011-03-04"], settings: ["date-order": "mdy"])
        let graph = try timeGraph("Signed 03/04/2011.", date: "2011-11-15")
        let problems = graph.nodes("timeline.problem", in: "t")
        #expect(problems.count == 1)
        #expect(problems.first?["message"].text.contains("ambiguous") == true)
    }

    @Test func impossibleDatesAreProblemsNotDates() throws {
        try expectTimes("It was dated 31 Feb. 2011 by mistake.", [])
        let graph = try timeGraph("It was dated 31 Feb. 2011 by mistake.", date: "2011-11-15")
        #expect(graph.nodes("timeline.problem", in: "t").first?["message"].text.contains("does not exist") == true)
    }

    @Test func yearsDecadesSeasonsQuartersFiscalYears() throws {
        try expectTimes("Troops arrived in ⟦2011⟧ and left by ⟦the 1990s⟧.", ["2011", "199"])
        try expectTimes("Fighting resumed in ⟦summer 2011⟧ and again ⟦last winter⟧.", ["2011-SU", "2010-WI"])
        try expectTimes("Profits rose in ⟦the third quarter⟧ and in ⟦fiscal 2010⟧.", ["2011-Q3", "2010"])
        try expectTimes("Sales grew in ⟦the fourth quarter of 2010⟧.", ["2010-Q4"])
    }

    @Test func timesOfDay() throws {
        try expectTimes("The blast came at ⟦10 p.m.⟧ and a second at ⟦10:30 p.m. Monday⟧.",
                        ["2011-11-15T22:00", "2011-11-14T22:30"])
        try expectTimes("Last updated: ⟦22 Nov. 2011⟧ ⟦12:03⟧", ["2011-11-22", "2011-11-22T12:03"])
        try expectTimes("Police arrived ⟦this morning⟧.", ["2011-11-15TMO"])
        // A score is not a time.
        try expectTimes("They won 3:1 in the final.", [])
    }

    @Test func relativeDates() throws {
        try expectTimes("It happened ⟦yesterday⟧; more is due ⟦tomorrow⟧.", ["2011-11-14", "2011-11-16"])
        try expectTimes("It happened ⟦last Tuesday⟧ and ⟦next month⟧ it resumes.", ["2011-11-08", "2011-12"])
        try expectTimes("They met ⟦two weeks ago⟧ and ⟦earlier this year⟧.", ["2011-W44", "2011"])
        try expectTimes("Voting began on ⟦12 March 2010⟧ and ended ⟦the following day⟧.", ["2010-03-12", "2010-03-13"])
        try expectTimes("The office opened ⟦last week⟧ and ⟦last year⟧.", ["2011-W45", "2010"])
    }

    @Test func weekdaysFollowTheTense() throws {
        // 15 Nov. 2011 is a Tuesday.
        try expectTimes("The talks ended ⟦Friday⟧.", ["2011-11-11"])
        try expectTimes("The talks will resume ⟦Friday⟧.", ["2011-11-18"])
        try expectTimes("Insurgents were detained ⟦Tuesday⟧.", ["2011-11-15"])
    }

    @Test func durations() throws {
        let found = try times("They spent a couple of days there over the past several years, in a five-year plan, "
                              + "for more than two years and the past 24 hours.")
        #expect(found.map(\.value) == ["P2D", "PXY", "P5Y", "P2Y", "PT24H"])
        #expect(found.map(\.type) == ["DURATION", "DURATION", "DURATION", "DURATION", "DURATION"])
        #expect(found[3].mod == "MORE_THAN")
    }

    @Test func sets() throws {
        let found = try times("Experts are deployed annually, inspected every week and paid twice a month.")
        #expect(found.map(\.type) == ["SET", "SET", "SET"])
        #expect(found.map(\.value) == ["P1Y", "P1W", "P1M"])
    }

    @Test func vagueReferences() throws {
        try expectTimes("⟦Now⟧ they ⟦recently⟧ said that ⟦the future⟧ matters.", ["PRESENT_REF", "PAST_REF", "FUTURE_REF"])
    }

    @Test func modifiers() throws {
        let found = try times("NATO looks beyond 2014, to early 2012 and the end of 2013.")
        #expect(found.map(\.value) == ["2014", "2012", "2013"])
        #expect(found.map(\.mod) == ["AFTER", "START", "END"])
    }

    @Test func holidays() throws {
        try expectTimes("Shops closed on ⟦Thanksgiving Day⟧ and ⟦Christmas⟧.", ["2011-11-24", "2011-12-25"])
    }

    /// Ages, numbers that only look like years, and May the name or verb are not dates.
    @Test func nonDates() throws {
        try expectTimes("A 40-year-old man and a woman, 35 years old, were hurt.", [])
        try expectTimes("Case 2882015 cost $2,014 and £1999; 2014 troops and No. 2012 remain.", [])
        try expectTimes("Theresa May said prices may rise. May I ask?", [])
        try expectTimes("The vote is in ⟦May⟧.", ["2012-05"])
    }

    /// Never the wall clock: without a document date, relative dates stay unresolved.
    @Test func noReferenceNoInvention() throws {
        let found = try times("It happened yesterday, on Tuesday, in March.", date: nil)
        #expect(found.map(\.value) == ["XXXX-XX-XX", "XXXX-WXX-2", "XXXX-03"])
        let graph = try timeGraph("It happened yesterday.", date: nil)
        #expect(graph.nodes("timeline.timex", in: "t").first?["date_from"].isNull == true)
    }

    /// A partial document date is completed by the dateline, and `yesterday` counts from it.
    @Test func datelineIsTheReference() throws {
        let text = "KABUL, Afghanistan (Jan. 25, 2013)\nDuring an operation yesterday, a force detained two insurgents."
        let found = try times(text, date: "2013-01")
        #expect(found.map(\.value) == ["2013-01-25", "2013-01-24"])
    }
}
