import Testing
@testable import TimelinePlugin
@testable import Workbench

/// The rules that pick a release's event date, on short releases of our own, the reference
/// month fixed and the day taken from the dateline.
@Suite struct DocDateRuleTests {
    private func eventDate(_ text: String, date: String = "2012-09") throws -> String? {
        let graph = try timeGraph(text, date: date)
        let layer = try #require(graph.payload(of: "timeline.times", as: TimexLayer.self))
        return DocDatesCommand.eventDate(layer.timexes(in: "t"))?.date
    }

    @Test func overnightSaidOfAnActionIsTheNightBefore() throws {
        #expect(try eventDate("KABUL, Afghanistan (Sept. 29, 2012)\nForces detained several insurgents in Khost province overnight, including a leader.")
                == "2012-09-28")
        #expect(try times("Forces detained two men overnight while in pursuit of a leader.").map(\.value) == ["2011-11-14TNI"])
        // Before a noun it describes the operation, not a day.
        #expect(try times("Forces detained two men during an overnight operation.").isEmpty)
    }

    @Test func aDateNamingAnotherEventIsNotTheReleasesEvent() throws {
        #expect(try eventDate("KABUL, Afghanistan (Sept. 19, 2012)\nForces today confirmed the death of a leader behind the Aug. 7 attack on a base, following an operation Monday.")
                == "2012-09-17")
        #expect(try eventDate("KABUL, Afghanistan (June 21, 2012)\nA force detained a leader responsible for Tuesday's attack in Zharay district today.",
                              date: "2012-06") == "2012-06-21")
        #expect(try eventDate("KABUL, Afghanistan (Dec. 4, 2012)\nForces have captured their 60th leader since Oct. 1.", date: "2012-12")
                == "2012-12-04")
    }
}
