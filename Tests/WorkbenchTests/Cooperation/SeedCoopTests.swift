import Foundation
import Testing
import TestSupport
@testable import CooperationPlugin
@testable import Workbench

/// The seed article, tagged and pinned (issue 6: the paragraphs the issue names, and the
/// graph the tags make).
@Suite struct SeedCoopTests {
    func areas(_ harness: Harness, at start: Int) throws -> [String] {
        let layer = try #require(harness.session.state.graph.payload(of: "coop.tags", as: CoopLayer.self))
        return layer.tags.filter { $0.start == start }.map(\.area)
    }

    @Test func seedParagraphsPinned() throws {
        let harness = try coopHarness()
        let csv = try harness.output("coop | select start area score --format csv")
        #expect(csv == """
            start,area,score\r
            0,political-dialogue,3.0\r
            116,missile-defence,3.0\r
            116,political-dialogue,7.0\r
            558,political-dialogue,5.0\r
            793,peace-stabilisation,3.0\r
            821,peace-stabilisation,5.0\r
            821,development-reconstruction,7.0\r
            1432,peace-stabilisation,3.0\r
            2017,political-dialogue,6.0\r
            2469,political-dialogue,2.0\r
            2806,peace-stabilisation,8.0\r
            2806,defence-capabilities,3.0\r
            2806,political-dialogue,14.0\r
            3427,counter-terrorism,3.0\r
            3427,training-interoperability,5.0\r
            3427,political-dialogue,3.0\r
            3720,political-dialogue,7.0\r

            """)
        // "It is undeniable …", "Working alongside the Alliance …", "Faced with its own natural disasters …".
        #expect(try areas(harness, at: 2806) == ["peace-stabilisation", "defence-capabilities", "political-dialogue"])
        #expect(try Set(areas(harness, at: 3427)).isSuperset(of: ["training-interoperability", "counter-terrorism"]))
        #expect(try areas(harness, at: 1759) == [])
    }

    @Test func evidenceAndPartners() throws {
        let harness = try coopHarness()
        let csv = try harness.output("coop --area defence-capabilities | select evidence partners --format csv")
        #expect(csv == "evidence,partners\r\nSmart Defence,\"Afghanistan, North Atlantic Treaty Organization, Japan, International Security Assistance Force\"\r\n")
        let explain = try harness.output("coop --area counter-terrorism | coop.explain 1")
        #expect(explain.contains("In a world where there are global challenges, such as ⟦terrorism⟧, this is increasingly important"))
        #expect(explain.contains("cue +3.0: 'terrorism' at "))
        #expect(explain.contains("= 3.0 >= threshold 2.0 (taxonomy coop-areas 1.1.0)"))
    }

    @Test func graphHasAreasPassagesAndPartnerEdges() throws {
        let harness = try coopHarness()
        try harness.run("coop")
        let graph = harness.session.state.graph
        let areaIDs = graph.nodes("coop.area").map { $0["id"].text }
        #expect(areaIDs.sorted() == ["counter-terrorism", "defence-capabilities", "development-reconstruction", "missile-defence",
                                     "peace-stabilisation", "political-dialogue", "training-interoperability"])
        #expect(graph.nodes("coop.passage").count == 11)
        #expect(graph.edges("tagged").count == 17)
        let edges = graph.edges("cooperates-on")
        let names = Dictionary(uniqueKeysWithValues: (graph.nodes("place") + graph.nodes("organization")).map { ($0.id, $0["name"].text) })
        let missile = edges.filter { ($0.attributes["area"]?.text ?? "") == "missile-defence" }.map { [names[$0.from] ?? "?", names[$0.to] ?? "?"].sorted() }
        #expect(missile.contains(["Japan", "North Atlantic Treaty Organization"]))
        #expect(edges.allSatisfy { ($0.attributes["date"]?.text ?? "") == "2011-11-15" })
    }

    /// The pair edges are columns with shared attribute sets: a workspace gives them back
    /// with their attributes and evidence.
    @Test func partnerEdgesSurviveAWorkspace() throws {
        let harness = try coopHarness()
        let folder = NSTemporaryDirectory() + "wb-coop-edges-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try harness.run("coop | count; save '\(folder)/c.wbdb'; close")
        let before = harness.session.state.graph.edges("cooperates-on")
        #expect(!before.isEmpty && before.allSatisfy { $0.attributes["area"] != nil && $0.provenance.evidence.count == 1 })
        let reopened = try coopHarness("")
        try reopened.run("open '\(folder)/c.wbdb'; coop | count")
        #expect(!reopened.transcript.notes.contains { $0.contains("running coop") }, "\(reopened.transcript.notes)")
        #expect(reopened.session.state.graph.edges("cooperates-on") == before)
        reopened.session.closeWorkspace()
    }

    @Test func partnersAndAreasCommands() throws {
        let harness = try coopHarness()
        let partners = try harness.output("coop.partners | top 1 | select partner_a partner_b passages --format csv")
        #expect(partners == "partner_a,partner_b,passages\r\nJapan,North Atlantic Treaty Organization,7\r\n")
        let areas = try harness.output("coop.areas | select area passages share --format csv")
        #expect(areas.hasPrefix("area,passages,share\r\ncounter-terrorism,1,0.0714\r\nmissile-defence,1,0.0714\r\n"))
        let unknown = harness.failure("coop --area cyber")
        #expect(unknown?.message == "unknown area 'cyber'")
    }
}
